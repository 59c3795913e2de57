package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Streams the records of one Submission document: envelope fields are kept (small), each element of
 * {@code records} is read as a tree and handed out, so memory does not grow with the document.
 * Internal, not API.
 */
final class SubmissionJsonReader implements RecordReader {

    private final String source;
    private final ObjectMapper mapper;
    private final IssueCatalogue catalogue;
    private final SyntaxErrors errors;
    private final EnvelopeCheck envelopeCheck;
    private final JsonParser parser;
    private final ObjectNode envelope;
    private final List<Issue> documentIssues = new ArrayList<>();
    private JsonStreamContext recordsContext;
    private boolean started;
    private boolean sawRecords;
    private boolean done;
    private boolean completed;
    private long index;

    /** Decides whether an envelope field stops the reading (an unsupported spec version does). */
    interface EnvelopeCheck {
        Issue check(String field, JsonNode value, IssueLocation at);
    }

    SubmissionJsonReader(InputStream in, String source, ObjectMapper mapper, IssueCatalogue catalogue,
            SyntaxErrors errors, EnvelopeCheck envelopeCheck) throws IOException {
        this.source = source;
        this.mapper = mapper;
        this.catalogue = catalogue;
        this.errors = errors;
        this.envelopeCheck = envelopeCheck;
        boolean[] bom = new boolean[1];
        InputStream body = Bom.strip(in, bom);
        if (bom[0]) {
            documentIssues.add(catalogue.issue("SRDI-I1001", IssueLocation.ofDocument(source, 1, 1)));
        }
        this.parser = mapper.getFactory().createParser(body);
        this.envelope = mapper.createObjectNode();
    }

    @Override
    public RawRecord next() throws IOException {
        while (!done) {
            try {
                RawRecord record = step();
                if (record != null) {
                    return record;
                }
            } catch (JsonProcessingException e) {
                return fail(e);
            }
        }
        return null;
    }

    /** One step of the state machine; a record when one was read, else null (keep going). */
    private RawRecord step() throws IOException {
        if (!started) {
            started = true;
            JsonToken first = parser.nextToken();
            if (first == null) {
                stop(catalogue.issue("SRDI-F1006", IssueLocation.ofDocument(source, 1, 1)));
            } else if (first != JsonToken.START_OBJECT) {
                stop(catalogue.issue("SRDI-F1201", here(), "found", describe(first)));
            }
            return null;
        }
        if (recordsContext != null) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                recordsContext = null;
                return null;
            }
            if (token == null) {
                stop(catalogue.issue("SRDI-F1103", here(), "line", parser.currentLocation().getLineNr()));
                return null;
            }
            IssueLocation at = new IssueLocation(source, "", index++, parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr(), null);
            if (token != JsonToken.START_OBJECT) {
                try {
                    parser.skipChildren();
                } catch (JsonProcessingException e) {
                    done = true; // the FATAL issue is the record's, reported once with it
                    return RawRecord.broken(at, errors.documentIssue(e, at));
                }
                return RawRecord.broken(at, catalogue.issue("SRDI-E1202", at, "found", describe(token)));
            }
            try {
                JsonNode node = mapper.readTree(parser);
                return RawRecord.of(at, node, List.of());
            } catch (JsonProcessingException e) {
                String key = SyntaxErrors.duplicateKey(e);
                if (key == null) {
                    // Cannot resynchronise after malformed JSON or an exceeded limit: the record is
                    // broken and the document stops here.
                    done = true; // the FATAL issue is the record's, reported once with it
                    return RawRecord.broken(at, errors.documentIssue(e, at));
                }
                skipToRecordsLevel();
                return RawRecord.broken(at, catalogue.issue("SRDI-E1118", at, "key", key));
            }
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            if (parser.nextToken() != null) {
                stop(catalogue.issue("SRDI-F1101", here(), "detail", "content after the end of the document"));
                return null;
            }
            if (!sawRecords) {
                documentIssues.add(catalogue.issue("SRDI-F1201", IssueLocation.ofDocument(source, null, null),
                        "found", "an object without a records array"));
            } else {
                completed = true;
            }
            done = true;
            return null;
        }
        if (token == null) {
            stop(catalogue.issue("SRDI-F1103", here(), "line", parser.currentLocation().getLineNr()));
            return null;
        }
        String field = parser.currentName();
        IssueLocation fieldAt = IssueLocation.ofDocument(source, parser.currentTokenLocation().getLineNr(),
                parser.currentTokenLocation().getColumnNr()).withPointer("/" + field);
        JsonToken value = parser.nextToken();
        if ("records".equals(field)) {
            if (value != JsonToken.START_ARRAY) {
                stop(catalogue.issue("SRDI-F1201", fieldAt, "found", "records that is " + describe(value)));
                return null;
            }
            if (sawRecords) {
                stop(catalogue.issue("SRDI-F1108", fieldAt, "key", field));
                return null;
            }
            sawRecords = true;
            recordsContext = parser.getParsingContext();
            return null;
        }
        if (envelope.has(field)) {
            stop(catalogue.issue("SRDI-F1108", fieldAt, "key", field));
            return null;
        }
        JsonNode node = mapper.readTree(parser);
        envelope.set(field, node);
        Issue stopping = envelopeCheck.check(field, node, fieldAt);
        if (stopping != null) {
            stop(stopping);
        }
        return null;
    }

    private RawRecord fail(JsonProcessingException e) {
        stop(errors.documentIssue(e, IssueLocation.ofDocument(source, null, null)));
        return null;
    }

    private void skipToRecordsLevel() throws IOException {
        while (parser.getParsingContext() != recordsContext) {
            if (parser.nextToken() == null) {
                return;
            }
        }
    }

    private void stop(Issue issue) {
        documentIssues.add(issue);
        done = true;
    }

    private IssueLocation here() {
        return IssueLocation.ofDocument(source, parser.currentLocation().getLineNr(),
                parser.currentLocation().getColumnNr());
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }

    @Override
    public List<Issue> documentIssues() {
        return documentIssues;
    }

    @Override
    public ObjectNode envelope() {
        return envelope;
    }

    @Override
    public boolean completed() {
        return completed;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
