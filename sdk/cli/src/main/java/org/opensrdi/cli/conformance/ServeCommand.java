package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code opensrdi conformance serve}: the Java SDK's adapter. Reads one request per line on stdin
 * and answers each on one line of stdout, as {@code conformance-tests/README.md} specifies; stdout
 * carries nothing else (anything a library prints goes to stderr). Ends on {@code stop} or at the
 * end of stdin, with exit code 0.
 */
@Command(name = "serve",
        description = {
            "Serves the Java SDK to a conformance runner over stdin/stdout (NDJSON, protocol "
                    + Protocol.VERSION + ").",
            "Run it through the runner: opensrdi conformance run --impl \"opensrdi conformance serve\"."})
public final class ServeCommand implements Callable<Integer> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SdkAdapter adapter = new SdkAdapter();

    @Override
    public Integer call() throws IOException {
        PrintStream protocolOut = System.out;
        // Keep the protocol channel clean: a stray print of any library lands on stderr instead.
        System.setOut(System.err);
        try {
            serve(System.in, protocolOut);
        } finally {
            System.setOut(protocolOut);
        }
        return 0;
    }

    /**
     * Answers requests until {@code stop} or the end of the input.
     *
     * @param in the requests, UTF-8, one JSON object per line
     * @param out where the responses go, UTF-8, one per line, flushed after each
     * @throws IOException if a stream fails
     */
    public void serve(InputStream in, OutputStream out) throws IOException {
        BufferedReader requests = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer responses = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String line;
        while ((line = requests.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode request;
            try {
                request = ConformanceJson.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                send(responses, error(null, "the request is not JSON: " + e.getOriginalMessage()));
                continue;
            }
            String command = request.path("cmd").asText("");
            if ("stop".equals(command)) {
                return;
            }
            send(responses, switch (command) {
                case "start" -> start(request);
                case "run" -> run(request);
                default -> error(request.get("id"), "unknown cmd: " + request.get("cmd"));
            });
        }
    }

    private ObjectNode start(JsonNode request) {
        if (request.path("protocol").asInt() != Protocol.VERSION) {
            return error(null, "this adapter speaks protocol " + Protocol.VERSION + ", not " + request.get("protocol"));
        }
        ObjectNode response = NODES.objectNode().put("protocol", Protocol.VERSION);
        response.set("implementation", SdkAdapter.implementation(ConformanceCommand.toolVersion()));
        ObjectNode capabilities = response.putObject("capabilities");
        for (Map.Entry<String, List<String>> entry : new TreeMap<>(SdkAdapter.CAPABILITIES).entrySet()) {
            entry.getValue().forEach(capabilities.putArray(entry.getKey())::add);
        }
        return response;
    }

    private ObjectNode run(JsonNode request) {
        JsonNode id = request.get("id");
        try {
            JsonNode asOf = request.get("asOf");
            JsonNode output = adapter.run(request.path("capability").asText(""), request.path("input"),
                    asOf == null || asOf.isNull() ? null : asOf.asText());
            ObjectNode response = NODES.objectNode();
            response.set("id", id);
            response.set("output", output);
            return response;
        } catch (RuntimeException e) {
            // An answer the SDK cannot give is an error, never a made-up output.
            return error(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static ObjectNode error(JsonNode id, String message) {
        ObjectNode response = NODES.objectNode();
        if (id != null) {
            response.set("id", id);
        }
        response.putObject("error").put("message", message);
        return response;
    }

    private static void send(Writer out, JsonNode response) throws IOException {
        out.write(ConformanceJson.line(response));
        out.write('\n');
        out.flush();
    }
}
