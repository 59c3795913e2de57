package org.opensrdi.buildtools;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bundles the OpenSRDI OpenAPI 3.1 document and the JSON Schema files it references into one
 * self-contained OpenAPI document whose only schema references are {@code #/components/schemas/X}.
 *
 * <p>Why: OpenAPI Generator, given external JSON Schema files, inlines them under invented names and
 * resolves references inside a schema that carries {@code $id} against that URL, on the network.
 * With internal references only, it generates one shared class per component. So the bundler:
 * <ul>
 *   <li>replaces every {@code components.schemas} entry of the form
 *       {@code $ref: '<file>.schema.json'} or {@code $ref: '<file>.schema.json#/$defs/<Name>'}
 *       with the content it refers to, without {@code $id}, {@code $schema} and {@code $comment};</li>
 *   <li>lifts every {@code $defs/<Name>} of every schema file reached into
 *       {@code components.schemas.<Name>} (unless an entry above already names it), and fails on
 *       two different schemas wanting the same name;</li>
 *   <li>rewrites every {@code $ref} to a schema file, to a {@code $defs} entry of a schema file, or
 *       to a local {@code #/$defs/<Name>} into {@code #/components/schemas/<component name>}.</li>
 * </ul>
 * The output is deterministic: components are sorted by name, everything else keeps the source
 * order, and the JSON is indented with {@code \n} line ends on every platform.
 *
 * <p>With {@value #FOR_OPENAPI_GENERATOR}, the bundle is meant only as OpenAPI Generator input and
 * drops {@code additionalProperties: false}: for an OpenAPI 3.1 document, OpenAPI Generator 7.25
 * ({@code jaxrs-spec}) turns it into "additional properties" code that does not compile. The
 * generated classes stay closed anyway, because the SDK's mapper fails on unknown properties.
 *
 * <p>Internal, not API.
 */
public final class OpenApiBundler {

    /** The option that asks for a bundle meant only as OpenAPI Generator input. */
    public static final String FOR_OPENAPI_GENERATOR = "--for-openapi-generator";

    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
    private static final String DEFS = "$defs";
    private static final String DEFS_FRAGMENT = "/" + DEFS + "/";

    /** Dropped from inlined schemas: {@code $id} would make the generator resolve against a URL. */
    private static final Set<String> DROPPED_KEYWORDS = Set.of("$id", "$schema", "$comment");

    /** Keywords whose value maps names to subschemas (so the names are not keywords). */
    private static final Set<String> SCHEMA_MAP_KEYWORDS =
            Set.of("properties", "patternProperties", "dependentSchemas");

    /** Keywords whose value is instance data, never a schema; copied as they are. */
    private static final Set<String> DATA_KEYWORDS = Set.of("const", "default", "enum", "examples", "example");

    private static final ObjectMapper JSON = exactMapper(JsonMapper.builder());
    private static final ObjectMapper YAML = exactMapper(YAMLMapper.builder());

    private final Path openApiFile;
    private final boolean forOpenApiGenerator;

    /** Schema files read so far, by normalised absolute path, in the order they were reached. */
    private final Map<Path, SchemaFile> schemaFiles = new LinkedHashMap<>();
    /** Component names given to whole schema files by {@code components.schemas}. */
    private final Map<Path, String> fileComponentNames = new HashMap<>();
    /** Component names given to {@code $defs} entries by {@code components.schemas}. */
    private final Map<DefinitionKey, String> definitionComponentNames = new HashMap<>();

    private OpenApiBundler(Path openApiFile, boolean forOpenApiGenerator) {
        this.openApiFile = openApiFile.toAbsolutePath().normalize();
        this.forOpenApiGenerator = forOpenApiGenerator;
    }

    /**
     * Bundles an OpenAPI document and writes the result.
     *
     * @param args optionally {@value #FOR_OPENAPI_GENERATOR}, then the OpenAPI document to read
     *     (YAML or JSON) and the JSON file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        boolean forOpenApiGenerator = args.length == 3 && args[0].equals(FOR_OPENAPI_GENERATOR);
        if (args.length != (forOpenApiGenerator ? 3 : 2)) {
            throw new IllegalArgumentException(
                    "usage: OpenApiBundler [" + FOR_OPENAPI_GENERATOR + "] <openapi.yaml> <bundled.json>");
        }
        int first = forOpenApiGenerator ? 1 : 0;
        Path output = Path.of(args[first + 1]);
        String json = toJson(new OpenApiBundler(Path.of(args[first]), forOpenApiGenerator).bundle());
        Path directory = output.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        Files.writeString(output, json, StandardCharsets.UTF_8);
    }

    /**
     * Reads an OpenAPI document and the schema files it references and returns the bundled document.
     *
     * @param openApiFile the OpenAPI 3.1 document, YAML or JSON
     * @return the self-contained document
     * @throws IOException if a file cannot be read
     * @throws BundlingException if the document cannot be bundled (the message names the file)
     */
    public static ObjectNode bundle(Path openApiFile) throws IOException {
        return new OpenApiBundler(openApiFile, false).bundle();
    }

    /**
     * Like {@link #bundle(Path)}, for OpenAPI Generator input only (see the class comment).
     *
     * @param openApiFile the OpenAPI 3.1 document, YAML or JSON
     * @return the self-contained document without {@code additionalProperties: false}
     * @throws IOException if a file cannot be read
     * @throws BundlingException if the document cannot be bundled (the message names the file)
     */
    public static ObjectNode bundleForOpenApiGenerator(Path openApiFile) throws IOException {
        return new OpenApiBundler(openApiFile, true).bundle();
    }

    /**
     * Serialises a bundled document the way {@link #main} writes it: indented with two spaces,
     * {@code \n} line ends and a final line end, numbers exactly as written in the sources.
     *
     * @param document the document
     * @return the JSON text
     * @throws IOException if serialisation fails
     */
    public static String toJson(JsonNode document) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JSON.writer(printer).writeValueAsString(document) + "\n";
    }

    private ObjectNode bundle() throws IOException {
        JsonNode read = YAML.readTree(openApiFile.toFile());
        if (!(read instanceof ObjectNode document)) {
            throw new BundlingException(openApiFile + ": not an OpenAPI document (no top-level object)");
        }
        JsonNode schemas = document.path("components").path("schemas");
        if (!(schemas instanceof ObjectNode componentSchemas)) {
            throw new BundlingException(openApiFile + ": no components.schemas to bundle");
        }
        Source openApi = new Source(openApiFile, null);

        // 1. Names the document gives, and the schema files it reaches directly.
        Map<String, Target> externalComponents = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : componentSchemas.properties()) {
            Target target = externalTarget(entry.getValue(), openApi);
            if (target != null) {
                externalComponents.put(entry.getKey(), target);
                name(entry.getKey(), target);
            }
        }
        // 2. Every schema file reached, transitively.
        Deque<Path> toRead = new ArrayDeque<>();
        collectReferencedFiles(document, openApi, toRead);
        while (!toRead.isEmpty()) {
            Path file = toRead.pop();
            if (!schemaFiles.containsKey(file)) {
                SchemaFile schemaFile = read(file);
                schemaFiles.put(file, schemaFile);
                collectReferencedFiles(schemaFile.root(), schemaFile.source(), toRead);
            }
        }
        // 3. The components, rewritten.
        Map<String, JsonNode> components = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : componentSchemas.properties()) {
            Target target = externalComponents.get(entry.getKey());
            JsonNode component = target == null
                    ? rewrite(entry.getValue(), openApi, false)
                    : rewrite(content(target), schemaFiles.get(target.file()).source(), true);
            components.put(entry.getKey(), component);
        }
        for (SchemaFile schemaFile : schemaFiles.values()) {
            for (Map.Entry<String, JsonNode> definition : schemaFile.definitions().properties()) {
                DefinitionKey key = new DefinitionKey(schemaFile.path(), definition.getKey());
                if (!definitionComponentNames.containsKey(key)) {
                    JsonNode component = rewrite(definition.getValue(), schemaFile.source(), true);
                    addLifted(components, definition.getKey(), component, schemaFile);
                }
            }
        }
        ObjectNode sorted = document.objectNode();
        components.forEach(sorted::set);

        // 4. The rest of the document, with its own references rewritten.
        ObjectNode rest = document.deepCopy();
        ((ObjectNode) rest.get("components")).remove("schemas");
        ObjectNode bundled = (ObjectNode) rewrite(rest, openApi, false);
        ((ObjectNode) bundled.get("components")).set("schemas", sorted);
        return bundled;
    }

    private void name(String componentName, Target target) {
        String previous = target.definition() == null
                ? fileComponentNames.putIfAbsent(target.file(), componentName)
                : definitionComponentNames.putIfAbsent(
                        new DefinitionKey(target.file(), target.definition()), componentName);
        if (previous != null) {
            throw new BundlingException(openApiFile + ": components.schemas." + componentName + " and ."
                    + previous + " refer to the same schema " + target);
        }
    }

    private static void addLifted(Map<String, JsonNode> components, String name, JsonNode component,
            SchemaFile from) {
        JsonNode existing = components.putIfAbsent(name, component);
        if (existing != null && !existing.equals(component)) {
            throw new BundlingException(from.path() + ": $defs/" + name
                    + " clashes with a different schema already bundled as components.schemas." + name);
        }
    }

    /** The schema a bundled component is made of: a whole file without its $defs, or one $defs entry. */
    private JsonNode content(Target target) {
        SchemaFile file = schemaFiles.get(target.file());
        if (target.definition() == null) {
            ObjectNode copy = file.root().deepCopy();
            copy.remove(DEFS);
            return copy;
        }
        return definition(file, target.definition());
    }

    private static JsonNode definition(SchemaFile file, String name) {
        JsonNode definition = file.definitions().get(name);
        if (definition == null) {
            throw new BundlingException(file.path() + ": has no $defs/" + name);
        }
        return definition;
    }

    private SchemaFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BundlingException(file + ": referenced schema file does not exist");
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (!(root instanceof ObjectNode object)) {
            throw new BundlingException(file + ": not a JSON Schema object");
        }
        JsonNode id = object.get("$id");
        URI base = null;
        if (id != null) {
            try {
                base = new URI(id.asText());
            } catch (URISyntaxException e) {
                throw new BundlingException(file + ": $id is not a URI: " + id.asText(), e);
            }
        }
        JsonNode definitions = object.path(DEFS);
        ObjectNode definitionsObject = definitions instanceof ObjectNode o ? o : object.objectNode();
        return new SchemaFile(file, object, definitionsObject, new Source(file, base));
    }

    private void collectReferencedFiles(JsonNode node, Source source, Deque<Path> toRead) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    Target target = resolve(field.getValue().asText(), source);
                    if (target != null) {
                        toRead.add(target.file());
                    }
                } else if (!DATA_KEYWORDS.contains(field.getKey()) && !field.getKey().startsWith("x-")) {
                    collectReferencedFiles(field.getValue(), source, toRead);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> collectReferencedFiles(element, source, toRead));
        }
    }

    /** The target of a components.schemas entry that is only a $ref to a schema file, else null. */
    private Target externalTarget(JsonNode component, Source openApi) {
        JsonNode ref = component.get("$ref");
        if (ref == null || !ref.isTextual() || ref.asText().startsWith("#")) {
            return null;
        }
        if (component.size() != 1) {
            throw new BundlingException(openApiFile + ": a components.schemas entry that refers to "
                    + ref.asText() + " must have no other keywords");
        }
        return resolve(ref.asText(), openApi);
    }

    /**
     * A deep copy of {@code node} with every {@code $ref} pointing into the bundle. With
     * {@code inlined}, the node is a copy of a schema file's content: {@code $id}, {@code $schema}
     * and {@code $comment} are dropped and nested {@code $defs} are refused.
     */
    private JsonNode rewrite(JsonNode node, Source source, boolean inlined) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (dropped(key, value, inlined)) {
                    continue;
                }
                if (inlined && key.equals(DEFS)) {
                    throw new BundlingException(source.file() + ": $defs is supported at the top of a"
                            + " schema file only");
                }
                if (key.equals("$ref") && value.isTextual()) {
                    copy.set(key, rewriteReference(value.asText(), source));
                } else if (DATA_KEYWORDS.contains(key) || key.startsWith("x-")) {
                    copy.set(key, value.deepCopy());
                } else if (inlined && SCHEMA_MAP_KEYWORDS.contains(key) && value instanceof ObjectNode map) {
                    ObjectNode mapCopy = copy.putObject(key);
                    for (Map.Entry<String, JsonNode> named : map.properties()) {
                        mapCopy.set(named.getKey(), rewrite(named.getValue(), source, true));
                    }
                } else {
                    copy.set(key, rewrite(value, source, inlined));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(element -> copy.add(rewrite(element, source, inlined)));
            return copy;
        }
        return node.deepCopy();
    }

    private boolean dropped(String key, JsonNode value, boolean inlined) {
        if (inlined && DROPPED_KEYWORDS.contains(key)) {
            return true;
        }
        return forOpenApiGenerator && key.equals("additionalProperties") && value.isBoolean()
                && !value.booleanValue();
    }

    private JsonNode rewriteReference(String ref, Source source) {
        Target target = resolve(ref, source);
        if (target == null) {
            return TextNode.valueOf(ref);
        }
        String name;
        if (target.definition() == null) {
            name = fileComponentNames.get(target.file());
            if (name == null) {
                throw new BundlingException(source.file() + ": refers to " + target.file().getFileName()
                        + ", which is not listed in components.schemas of " + openApiFile.getFileName());
            }
        } else {
            definition(schemaFiles.get(target.file()), target.definition());
            name = definitionComponentNames.getOrDefault(
                    new DefinitionKey(target.file(), target.definition()), target.definition());
        }
        return TextNode.valueOf(COMPONENT_SCHEMAS + name);
    }

    /**
     * What a reference points at, or null for a reference the bundle keeps as it is (a local
     * reference inside the OpenAPI document, such as {@code #/components/schemas/X}).
     */
    private Target resolve(String ref, Source source) {
        int hash = ref.indexOf('#');
        String document = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        Path file;
        if (document.isEmpty()) {
            if (source.file().equals(openApiFile)) {
                return null;
            }
            file = source.file();
        } else {
            file = source.file().resolveSibling(relativePath(document, source)).normalize();
        }
        if (fragment.isEmpty()) {
            return new Target(file, null);
        }
        if (fragment.startsWith(DEFS_FRAGMENT) && fragment.indexOf('/', DEFS_FRAGMENT.length()) < 0) {
            String name = fragment.substring(DEFS_FRAGMENT.length()).replace("~1", "/").replace("~0", "~");
            return new Target(file, name);
        }
        throw new BundlingException(source.file() + ": unsupported $ref " + ref
                + " (use a schema file, optionally with #/$defs/<Name>)");
    }

    /** A reference's document part as a path relative to the referring file. */
    private static String relativePath(String document, Source source) {
        URI uri;
        try {
            uri = new URI(document);
        } catch (URISyntaxException e) {
            throw new BundlingException(source.file() + ": $ref is not a URI reference: " + document, e);
        }
        if (!uri.isAbsolute()) {
            return uri.getPath();
        }
        // An absolute reference must name a sibling of the referring schema's own $id.
        URI relative = source.base() == null ? uri : source.base().resolve(".").relativize(uri);
        if (relative.isAbsolute()) {
            throw new BundlingException(source.file() + ": cannot bundle $ref to " + uri
                    + " (not beside the schema's $id " + source.base() + ")");
        }
        return relative.getPath();
    }

    /** A mapper that keeps numbers exactly as written (e.g. {@code "minimum": 0.10}). */
    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M exactMapper(B builder) {
        return builder.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** Where references are resolved from: a file and, for a schema file, its {@code $id}. */
    private record Source(Path file, URI base) {
    }

    /** A whole schema file ({@code definition} null) or one of its {@code $defs} entries. */
    private record Target(Path file, String definition) {
        @Override
        public String toString() {
            return definition == null ? file.toString() : file + "#/$defs/" + definition;
        }
    }

    private record DefinitionKey(Path file, String name) {
    }

    private record SchemaFile(Path path, ObjectNode root, ObjectNode definitions, Source source) {
    }

    /** The inputs cannot be bundled; the message names the file and the reason. */
    public static final class BundlingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BundlingException(String message) {
            super(message);
        }

        BundlingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
