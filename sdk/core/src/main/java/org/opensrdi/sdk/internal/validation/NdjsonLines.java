package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Reads one NDJSON line into a record tree: NUL bytes, UTF-8, JSON syntax and limits, the top-level
 * shape, and a bare Enterprise object read as {@code {"enterprise": line}}. Runs on the worker that
 * checks the record, so that the reader thread only splits lines. Thread-safe. Internal, not API.
 */
final class NdjsonLines {

    private static final String[] RECORD_KEYS = {"enterprise", "designation", "event", "countedItem"};

    private final ObjectMapper mapper;
    private final IssueCatalogue catalogue;
    private final SyntaxErrors errors;

    NdjsonLines(ObjectMapper mapper, IssueCatalogue catalogue, SyntaxErrors errors) {
        this.mapper = mapper;
        this.catalogue = catalogue;
        this.errors = errors;
    }

    /**
     * Reads a line that {@link NdjsonReader} split off.
     *
     * @param raw a record made by {@link RawRecord#unread}
     * @return the record read, or broken with the reason
     */
    RawRecord read(RawRecord raw) {
        IssueLocation at = raw.location();
        byte[] line = raw.line();
        switch (Utf8.check(line, line.length)) {
            case Utf8.NUL:
                return RawRecord.broken(at, catalogue.issue("SRDI-E1005", at));
            case Utf8.MALFORMED:
                return RawRecord.broken(at, catalogue.issue("SRDI-E1003", at));
            default:
                break;
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return RawRecord.broken(at, errors.recordIssue(e, at));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a byte array
        }
        if (!node.isObject()) {
            return RawRecord.broken(at, catalogue.issue("SRDI-E1202", at, "found",
                    node.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        return RawRecord.of(at, wrapBareEnterprise((ObjectNode) node), List.of());
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
}
