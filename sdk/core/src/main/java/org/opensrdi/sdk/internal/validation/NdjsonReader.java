package org.opensrdi.sdk.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Splits NDJSON into lines as bytes, so that a line with broken encoding, bad JSON or an exceeded
 * limit is reported and skipped while the rest is still read. Only the splitting happens here, on
 * the reading thread; each line is read into a tree by the worker that checks it
 * ({@link NdjsonLines}). Internal, not API.
 */
final class NdjsonReader implements RecordReader {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final String source;
    private final IssueCatalogue catalogue;
    private final InputStream in;
    private final int maxLineBytes;
    private final List<Issue> documentIssues = new ArrayList<>();
    private byte[] buffer = new byte[8192];
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPosition;
    private int chunkLimit;
    private long lineNumber;
    private long index;
    private boolean eof;

    NdjsonReader(InputStream in, String source, IssueCatalogue catalogue, int maxLineBytes) throws IOException {
        this.source = source;
        this.catalogue = catalogue;
        this.maxLineBytes = maxLineBytes;
        boolean[] bom = new boolean[1];
        this.in = Bom.strip(in, bom);
        if (bom[0]) {
            documentIssues.add(catalogue.issue("SRDI-I1001", IssueLocation.ofDocument(source, 1, 1)));
        }
    }

    @Override
    public RawRecord next() throws IOException {
        while (!eof) {
            byte[] line = readLine();
            lineNumber++;
            if (line == null) {
                // Line longer than the limit: already consumed to its end.
                IssueLocation at = at();
                return RawRecord.broken(at, catalogue.issue("SRDI-E1117", at, "limit", maxLineBytes));
            }
            if (isBlank(line)) {
                continue;
            }
            return RawRecord.unread(at(), line);
        }
        if (index == 0 && documentIssues.stream().noneMatch(i -> i.code().equals("SRDI-F1006"))) {
            documentIssues.add(catalogue.issue("SRDI-F1006", IssueLocation.ofDocument(source, 1, 1)));
        }
        return null;
    }

    private IssueLocation at() {
        return new IssueLocation(source, "", index++, (int) Math.min(lineNumber, Integer.MAX_VALUE), 1, null);
    }

    /**
     * Reads one line; returns its bytes without the line end (and without a CR before it), or
     * {@code null} if it is longer than the limit.
     */
    private byte[] readLine() throws IOException {
        if (chunkPosition < chunkLimit) {
            // Most lines lie inside the chunk: copy them out once.
            int newline = indexOfNewline(chunkPosition, chunkLimit);
            if (newline >= 0 && newline - chunkPosition <= maxLineBytes) {
                int end = newline > chunkPosition && chunk[newline - 1] == '\r' ? newline - 1 : newline;
                byte[] line = Arrays.copyOfRange(chunk, chunkPosition, end);
                chunkPosition = newline + 1;
                return line;
            }
        }
        int length = 0;
        boolean tooLong = false;
        while (true) {
            if (chunkPosition == chunkLimit) {
                chunkLimit = in.read(chunk, 0, chunk.length);
                chunkPosition = 0;
                if (chunkLimit <= 0) {
                    chunkLimit = 0;
                    eof = true;
                    break;
                }
            }
            int newline = indexOfNewline(chunkPosition, chunkLimit);
            int end = newline < 0 ? chunkLimit : newline;
            int count = end - chunkPosition;
            if (!tooLong) {
                if (length + count > maxLineBytes) {
                    tooLong = true;
                } else {
                    if (length + count > buffer.length) {
                        buffer = Arrays.copyOf(buffer, Math.min(Math.max(buffer.length * 2, length + count), maxLineBytes));
                    }
                    System.arraycopy(chunk, chunkPosition, buffer, length, count);
                    length += count;
                }
            }
            chunkPosition = newline < 0 ? chunkLimit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        if (tooLong) {
            return null;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        return Arrays.copyOf(buffer, length);
    }

    private int indexOfNewline(int from, int to) {
        int i = from;
        // Eight bytes at a time: a byte equal to \n becomes 0 after the XOR, and a zero byte sets
        // its high bit in (x - 0x01…) & ~x.
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(chunk, i) ^ 0x0A0A0A0A0A0A0A0AL;
            if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < to; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Issue> documentIssues() {
        return documentIssues;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
