package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Reads NDJSON line by line as bytes, so that a line with broken encoding, bad JSON or an exceeded
 * limit is reported and skipped while the rest is still read. A line that is a bare Enterprise object
 * is read as {@code {"enterprise": line}}. Internal, not API.
 */
final class NdjsonReader implements RecordReader {

    private static final String[] RECORD_KEYS = {"enterprise", "designation", "event", "countedItem"};

    private final String source;
    private final ObjectMapper mapper;
    private final IssueCatalogue catalogue;
    private final SyntaxErrors errors;
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

    NdjsonReader(InputStream in, String source, ObjectMapper mapper, IssueCatalogue catalogue, SyntaxErrors errors,
            int maxLineBytes) throws IOException {
        this.source = source;
        this.mapper = mapper;
        this.catalogue = catalogue;
        this.errors = errors;
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
            int length = readLine();
            lineNumber++;
            if (length == -1) {
                // Line longer than the limit: already consumed to its end.
                IssueLocation at = at();
                return RawRecord.broken(at, catalogue.issue("SRDI-E1117", at, "limit", maxLineBytes));
            }
            if (isBlank(length)) {
                continue;
            }
            IssueLocation at = at();
            for (int i = 0; i < length; i++) {
                if (buffer[i] == 0) {
                    return RawRecord.broken(at, catalogue.issue("SRDI-E1005", at));
                }
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buffer, 0, length));
            } catch (CharacterCodingException e) {
                return RawRecord.broken(at, catalogue.issue("SRDI-E1003", at));
            }
            JsonNode node;
            try {
                node = mapper.readTree(buffer, 0, length);
            } catch (JsonProcessingException e) {
                return RawRecord.broken(at, errors.recordIssue(e, at));
            }
            if (!node.isObject()) {
                return RawRecord.broken(at, catalogue.issue("SRDI-E1202", at, "found", node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
            }
            return RawRecord.of(at, wrapBareEnterprise((ObjectNode) node), List.of());
        }
        if (index == 0 && documentIssues.stream().noneMatch(i -> i.code().equals("SRDI-F1006"))) {
            documentIssues.add(catalogue.issue("SRDI-F1006", IssueLocation.ofDocument(source, 1, 1)));
        }
        return null;
    }

    private JsonNode wrapBareEnterprise(ObjectNode node) {
        for (String key : RECORD_KEYS) {
            if (node.has(key)) {
                return node;
            }
        }
        if (node.has("uscc") && node.has("name")) {
            ObjectNode wrapped = mapper.createObjectNode();
            wrapped.set("enterprise", node);
            return wrapped;
        }
        return node;
    }

    private IssueLocation at() {
        return new IssueLocation(source, "", index++, (int) Math.min(lineNumber, Integer.MAX_VALUE), 1, null);
    }

    /** Reads one line into the buffer; returns its length without the line end, or -1 if too long. */
    private int readLine() throws IOException {
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
            int newline = -1;
            for (int i = chunkPosition; i < chunkLimit; i++) {
                if (chunk[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? chunkLimit : newline;
            int count = end - chunkPosition;
            if (!tooLong) {
                if (length + count > maxLineBytes) {
                    tooLong = true;
                } else {
                    if (length + count > buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, Math.min(Math.max(buffer.length * 2, length + count), maxLineBytes));
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
            return -1;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        return length;
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
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
    public ObjectNode envelope() {
        return null;
    }

    @Override
    public boolean completed() {
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
