package org.opensrdi.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SchemaViolation;
import org.opensrdi.sdk.SpecResources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opensrdi schema FILE...}: checks any OpenSRDI JSON document (a policy pack, an enterprise,
 * a report) against one JSON Schema of the specification, and nothing more. Submissions get the
 * full five-layer check from {@code opensrdi validate}. Exit code 0 if every document is valid, 1 if
 * any is not, 2 for a usage mistake or a file that cannot be read.
 */
@Command(name = "schema",
        description = {
            "Checks OpenSRDI JSON documents against one JSON Schema of the specification only.",
            "A document with specVersion and records is taken as a submission; use --schema for anything else.",
            "For the full validation of submissions use: opensrdi validate.",
            "Exit code: 0 all valid, 1 some invalid, 2 usage or I/O error."},
        sortOptions = false)
final class SchemaCommand implements Callable<Integer> {

    private static final String SUBMISSION_SCHEMA = "submission.schema.json";

    /** How the results are printed; lower case, as typed on the command line. */
    enum Format { text, json }

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "JSON documents, or directories to search for *.json files.")
    private List<Path> files;

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Validate every document against this schema, e.g. enterprise.schema.json.")
    private String schema;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Spec
    private CommandSpec spec;

    /**
     * The outcome for one file. {@code problem} says why a file is malformed JSON (status INVALID) or
     * could not be checked at all ({@code inputError}, status ERROR).
     */
    private record Result(String file, String schema, List<SchemaViolation> violations, String problem,
            boolean inputError) {

        String status() {
            if (inputError) {
                return "ERROR";
            }
            return problem == null && violations.isEmpty() ? "OK" : "INVALID";
        }
    }

    @Override
    public Integer call() {
        if (schema != null && !SpecResources.schemaFileNames().contains(schema)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown schema " + schema + "; the specification has " + SpecResources.schemaFileNames());
        }
        SchemaValidator validator = SchemaValidator.create();
        List<Result> results = new ArrayList<>();
        for (Path argument : files) {
            for (Path file : documents(argument, results)) {
                results.add(check(file, validator));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        results.stream().filter(Result::inputError)
                .forEach(result -> err.println("opensrdi: " + result.file() + ": " + result.problem()));
        if (format == Format.json) {
            printJson(results);
        } else {
            printText(results);
        }
        spec.commandLine().getOut().flush();
        if (results.stream().anyMatch(Result::inputError)) {
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        return results.stream().allMatch(result -> result.status().equals("OK")) ? 0 : 1;
    }

    /** The argument itself, or the *.json files below it if it is a directory, in name order. */
    private static List<Path> documents(Path argument, List<Result> results) {
        if (!Files.isDirectory(argument)) {
            return List.of(argument);
        }
        try (Stream<Path> found = Files.walk(argument)) {
            return found.filter(path -> path.toString().endsWith(".json") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            results.add(inputError(argument, "cannot list the directory (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    private Result check(Path file, SchemaValidator validator) {
        JsonNode document;
        try {
            document = OpenSrdi.jsonMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Result(file.toString(), null, List.of(),
                    "malformed JSON" + where + ": " + e.getOriginalMessage(), false);
        } catch (NoSuchFileException e) {
            return inputError(file, "no such file");
        } catch (IOException e) {
            return inputError(file, Files.exists(file) ? "cannot read (" + e.getMessage() + ")" : "no such file");
        }
        String schemaFile = schema != null ? schema : schemaOf(document);
        if (schemaFile == null) {
            return inputError(file, "cannot tell which schema this document follows; use --schema NAME");
        }
        return new Result(file.toString(), schemaFile, validator.validate(document, schemaFile), null, false);
    }

    /** The schema a document says it follows, by its shape; null if it does not say. */
    private static String schemaOf(JsonNode document) {
        return document.isObject() && document.has("specVersion") && document.has("records") ? SUBMISSION_SCHEMA : null;
    }

    private static Result inputError(Path file, String problem) {
        return new Result(file.toString(), null, List.of(), problem, true);
    }

    private void printText(List<Result> results) {
        PrintWriter out = spec.commandLine().getOut();
        for (Result result : results) {
            if (result.inputError()) {
                continue;
            }
            out.println(result.file() + ": " + result.status()
                    + (result.schema() == null ? "" : " (" + result.schema() + ")"));
            if (result.problem() != null) {
                out.println("  " + result.problem());
            }
            for (SchemaViolation violation : result.violations()) {
                String pointer = violation.instanceLocation().isEmpty() ? "(document)" : violation.instanceLocation();
                out.println("  " + pointer + " [" + violation.keyword() + "] " + violation.message());
            }
        }
    }

    private void printJson(List<Result> results) {
        ObjectNode report = OpenSrdi.jsonMapper().createObjectNode();
        ArrayNode entries = report.putArray("files");
        for (Result result : results) {
            ObjectNode entry = entries.addObject()
                    .put("file", result.file())
                    .put("status", result.status());
            if (result.schema() != null) {
                entry.put("schema", result.schema());
            }
            if (result.problem() != null) {
                entry.put("problem", result.problem());
            }
            ArrayNode violations = entry.putArray("violations");
            for (SchemaViolation violation : result.violations()) {
                violations.addObject()
                        .put("pointer", violation.instanceLocation())
                        .put("keyword", violation.keyword())
                        .put("message", violation.message());
            }
        }
        try {
            spec.commandLine().getOut().println(
                    OpenSrdi.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }
}
