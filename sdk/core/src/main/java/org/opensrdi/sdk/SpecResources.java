package org.opensrdi.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.opensrdi.sdk.internal.spec.SpecClasspath;

/**
 * The files of the OpenSRDI specification — schemas, code lists, examples and the rest — read from
 * the classpath, where the {@code opensrdi-spec} jar ships them. Paths are relative to the
 * specification root and use {@code /}, for example {@code schema/enterprise.schema.json} or
 * {@code codelists/tier.csv}.
 *
 * @since 0.1.0
 */
public final class SpecResources {

    private static final String SCHEMA_DIRECTORY = "schema/";
    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final String CODE_LIST_DIRECTORY = "codelists/";

    private static final ObjectReader CSV_ROWS = new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader());

    private SpecResources() {
    }

    /**
     * Every file the specification ships.
     *
     * @return paths such as {@code schema/enterprise.schema.json}, sorted
     * @throws OpenSrdiException if the {@code opensrdi-spec} jar is not on the classpath
     * @since 0.1.0
     */
    public static List<String> paths() {
        try {
            return SpecClasspath.paths();
        } catch (IOException e) {
            throw new OpenSrdiException("Cannot list the OpenSRDI specification: " + e.getMessage()
                    + " (is opensrdi-spec on the classpath?)", e);
        }
    }

    /**
     * The file names of the JSON Schemas of the specification.
     *
     * @return names such as {@code enterprise.schema.json}, sorted
     * @throws OpenSrdiException if the {@code opensrdi-spec} jar is not on the classpath
     * @since 0.1.0
     */
    public static List<String> schemaFileNames() {
        List<String> names = new ArrayList<>();
        for (String path : paths()) {
            if (path.startsWith(SCHEMA_DIRECTORY) && path.endsWith(SCHEMA_SUFFIX)
                    && path.indexOf('/', SCHEMA_DIRECTORY.length()) < 0) {
                names.add(path.substring(SCHEMA_DIRECTORY.length()));
            }
        }
        return List.copyOf(names);
    }

    /**
     * A JSON Schema of the specification.
     *
     * @param fileName for example {@code enterprise.schema.json}
     * @return the schema, a new tree on every call
     * @throws OpenSrdiException if there is no such schema or it is not JSON
     * @since 0.1.0
     */
    public static JsonNode schema(String fileName) {
        return json(SCHEMA_DIRECTORY + fileName);
    }

    /**
     * A JSON file of the specification, such as an example.
     *
     * @param path for example {@code examples/submissions/minimal.json}
     * @return the document, read with {@link OpenSrdi#jsonMapper()}, a new tree on every call
     * @throws OpenSrdiException if there is no such file or it is not JSON
     * @since 0.1.0
     */
    public static JsonNode json(String path) {
        try (InputStream stream = SpecClasspath.open(path)) {
            return OpenSrdi.jsonMapper().readTree(stream);
        } catch (IOException e) {
            throw new OpenSrdiException(SpecClasspath.ROOT + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows of a code list, each a map from column name to value in column order. Every code
     * list's first column is {@code code}; empty cells are empty strings.
     *
     * @param fileName for example {@code tier.csv}
     * @return the rows in file order, unmodifiable
     * @throws OpenSrdiException if there is no such code list or it is not CSV with a header
     * @since 0.1.0
     */
    public static List<Map<String, String>> codeListRows(String fileName) {
        String path = CODE_LIST_DIRECTORY + fileName;
        List<Map<String, String>> rows = new ArrayList<>();
        try (InputStream stream = SpecClasspath.open(path);
                MappingIterator<Map<String, String>> iterator = CSV_ROWS.readValues(stream)) {
            while (iterator.hasNextValue()) {
                rows.add(Collections.unmodifiableMap(iterator.nextValue()));
            }
        } catch (IOException e) {
            throw new OpenSrdiException(SpecClasspath.ROOT + path + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Opens any file of the specification.
     *
     * @param path for example {@code openapi/opensrdi-api.yaml}
     * @return the stream, to be closed by the caller
     * @throws OpenSrdiException if there is no such file
     * @since 0.1.0
     */
    public static InputStream open(String path) {
        try {
            return SpecClasspath.open(path);
        } catch (IOException e) {
            throw new OpenSrdiException(e.getMessage(), e);
        }
    }
}
