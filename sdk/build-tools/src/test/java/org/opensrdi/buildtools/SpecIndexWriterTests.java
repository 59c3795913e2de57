package org.opensrdi.buildtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecIndexWriterTests {

    @TempDir
    Path directory;

    @Test
    void mainListsEveryFileSortedWithSlashesAndLeavesItselfOut() throws IOException {
        Files.createDirectories(directory.resolve("schema"));
        Files.createDirectories(directory.resolve("examples/submissions"));
        Files.writeString(directory.resolve("schema/b.schema.json"), "{}");
        Files.writeString(directory.resolve("schema/a.schema.json"), "{}");
        Files.writeString(directory.resolve("examples/submissions/one.json"), "{}");

        SpecIndexWriter.main(new String[] {directory.toString()});
        SpecIndexWriter.main(new String[] {directory.toString()});

        assertThat(Files.readString(directory.resolve(SpecIndexWriter.INDEX_FILE))).isEqualTo("""
                examples/submissions/one.json
                schema/a.schema.json
                schema/b.schema.json
                """);
    }
}
