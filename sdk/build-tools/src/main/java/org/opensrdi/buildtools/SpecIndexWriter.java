package org.opensrdi.buildtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code spec-index.txt} into a directory of spec resources: the path of every file below
 * it, relative and with {@code /} separators, one a line, sorted. A jar on the classpath cannot be
 * listed portably, so the SDK reads this index to find, for example, every schema file.
 *
 * <p>Internal, not API.
 */
public final class SpecIndexWriter {

    /** The name of the index file, written at the top of the indexed directory. */
    public static final String INDEX_FILE = "spec-index.txt";

    private SpecIndexWriter() {
    }

    /**
     * Indexes a directory.
     *
     * @param args the directory to index (for example {@code target/classes/org/opensrdi/spec})
     * @throws IOException if the directory cannot be read or the index written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SpecIndexWriter <directory>");
        }
        Path directory = Path.of(args[0]);
        Files.writeString(directory.resolve(INDEX_FILE), index(directory), StandardCharsets.UTF_8);
    }

    /**
     * The index of a directory, as written by {@link #main}.
     *
     * @param directory the directory
     * @return one relative path a line, sorted, each line ended by {@code \n}
     * @throws IOException if the directory cannot be read
     */
    public static String index(Path directory) throws IOException {
        List<String> paths;
        try (Stream<Path> files = Files.walk(directory)) {
            paths = files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.equals(INDEX_FILE))
                    .sorted()
                    .collect(Collectors.toList());
        }
        return paths.stream().map(path -> path + "\n").collect(Collectors.joining());
    }
}
