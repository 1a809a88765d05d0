package dev.contentlint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import dev.contentlint.document.Span;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlLocation;
import dev.contentlint.yaml.YamlParser;
import dev.contentlint.yaml.YamlProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads front-matter schemas (JSON Schema 2020-12 unless the schema's {@code $schema} says
 * otherwise), written as YAML or JSON, checks each against its meta-schema, and compiles it.
 *
 * <p>{@code $ref} is resolved to local files only, YAML or JSON; the standard meta-schemas come
 * from the validator's own copies; nothing is ever fetched from the network. {@code format} is
 * asserted, not only annotated.
 */
final class SchemaCompiler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final YamlParser yamlParser;
    /** Built on the first schema: a configuration without one never loads the validator. */
    private SchemaRegistry registry;
    private final Map<Path, FrontMatterSchema> compiled = new HashMap<>();

    SchemaCompiler(YamlParser yamlParser) {
        this.yamlParser = yamlParser;
    }

    private SchemaRegistry registry() {
        if (registry == null) {
            registry = newRegistry();
        }
        return registry;
    }

    private SchemaRegistry newRegistry() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaLoader(loader -> loader.resourceLoaders(
                                loaders -> loaders.add(this::localFile)))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .pathType(PathType.JSON_POINTER)
                                .preloadSchema(true)
                                .build()));
    }

    /**
     * Compiles the schema in a file; the same file is compiled once however many types use it.
     *
     * @param where the configuration's place that names the file, for the error messages
     */
    FrontMatterSchema compile(Path file, ConfigPlace where) throws ConfigException {
        Path normalized = file.toAbsolutePath().normalize();
        FrontMatterSchema known = compiled.get(normalized);
        if (known != null) {
            return known;
        }
        existing(normalized, where);
        ParsedYaml parsed = read(normalized, where);
        JsonNode node = parsed.json();
        if (node == null || !(node.isObject() || node.isBoolean())) {
            throw where.error("schema file " + normalized + " must hold a JSON Schema object");
        }
        checkAgainstMetaSchema(normalized, node, parsed, where);
        Schema schema;
        try {
            schema = registry().getSchema(SchemaLocation.of(normalized.toUri().toString()), node);
            // Resolves every $ref now, so that a missing file fails the configuration, not a file.
            schema.initializeValidators();
        } catch (SchemaException | IllegalArgumentException | IllegalStateException e) {
            String why = explain(e);
            Optional<String> ref = refIn(node, why, "");
            if (ref.isPresent()) {
                // The $ref that cannot be followed, where it is written in this schema file.
                Span at = parsed.location(ref.get()).map(YamlLocation::valueOrKey)
                        .orElse(Span.at(1, 1));
                throw new ConfigException(normalized, at.line(), at.column(),
                        ref.get().substring(1).replace('/', '.'),
                        why + " (in the schema named at " + where + ")");
            }
            throw where.error("schema file " + normalized + " cannot be used: " + why);
        }
        FrontMatterSchema result = new FrontMatterSchema(normalized, schema);
        compiled.put(normalized, result);
        return result;
    }

    /** A schema file's path, absolute and normalised, where the file exists. */
    static Path existing(Path file, ConfigPlace where) throws ConfigException {
        Path normalized = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(normalized)) {
            throw where.error("schema file not found: " + normalized
                    + " (paths are relative to the configuration file's folder)");
        }
        return normalized;
    }

    private ParsedYaml read(Path file, ConfigPlace where) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw where.error("schema file " + file + " cannot be read: " + e.getMessage());
        }
        try {
            return parse(file, text);
        } catch (SchemaSyntaxException e) {
            throw new ConfigException(file, e.span.line(), e.span.column(), null,
                    e.getMessage() + " (in the schema named at " + where + ")");
        }
    }

    /**
     * Reads a schema text. JSON is YAML too, and the YAML reader gives positions for both; JSON
     * that YAML refuses (tabs used for indentation) is read by a JSON reader, without positions.
     */
    private ParsedYaml parse(Path file, String text) throws SchemaSyntaxException {
        ParsedYaml parsed = yamlParser.parse(text, 1);
        if (parsed.problems().isEmpty()) {
            return parsed;
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                return new ParsedYaml(JSON.readTree(text), Map.of(), List.of());
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                throw new SchemaSyntaxException(at == null ? Span.at(1, 1)
                        : Span.at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())),
                        "JSON syntax error: " + e.getOriginalMessage());
            }
        }
        YamlProblem problem = parsed.problems().get(0);
        throw new SchemaSyntaxException(problem.span(), problem.message());
    }

    /** A schema file that is neither YAML nor JSON. */
    private static final class SchemaSyntaxException extends Exception {
        private final transient Span span;

        SchemaSyntaxException(Span span, String message) {
            super(message, null, false, false);
            this.span = span;
        }
    }

    private void checkAgainstMetaSchema(Path file, JsonNode node, ParsedYaml parsed,
            ConfigPlace where) throws ConfigException {
        String dialect = node.path("$schema").asText(SpecificationVersion.DRAFT_2020_12.getDialectId());
        Schema meta;
        try {
            meta = registry().getSchema(SchemaLocation.of(dialect));
        } catch (SchemaException e) {
            Span at = parsed.location("/$schema").map(l -> l.value()).orElse(Span.at(1, 1));
            throw new ConfigException(file, at.line(), at.column(), "$schema",
                    "unknown dialect " + dialect + "; use https://json-schema.org/draft/2020-12/schema"
                            + " or leave $schema out");
        }
        List<Error> errors = meta.validate(node);
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            String pointer = first.getInstanceLocation().toString();
            Span at = parsed.location(pointer).map(l -> l.valueOrKey()).orElse(Span.at(1, 1));
            String key = pointer.isEmpty() ? null : pointer.substring(1).replace('/', '.');
            throw new ConfigException(file, at.line(), at.column(), key,
                    "not valid JSON Schema: " + first.getMessage() + " (in the schema named at "
                            + where + ")");
        }
    }

    /**
     * The JSON Pointer of the first {@code $ref} in the schema whose value the message names,
     * if the schema file itself holds it (a $ref inside another file it names is not found).
     */
    private static Optional<String> refIn(JsonNode node, String message, String pointer) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().isEmpty()
                    && message.contains(ref.asText())) {
                return Optional.of(pointer + "/$ref");
            }
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                Optional<String> found = refIn(field.getValue(), message,
                        pointer + "/" + ParsedYaml.escape(field.getKey()));
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = refIn(node.get(i), message, pointer + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String explain(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (cause instanceof java.io.FileNotFoundException) {
            String target = message;
            if (!target.startsWith("file:")) {
                return "$ref " + target + " is not fetched: contentlint resolves $ref to local"
                        + " files only (copy the schema next to this one)";
            }
            return "$ref target not found: " + target;
        }
        return message;
    }

    /** Loads a {@code file:} IRI, turning YAML into JSON; every other scheme is refused. */
    private InputStreamSource localFile(AbsoluteIri iri) {
        String uri = iri.toString();
        if (!uri.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return null;
        }
        Path file = Path.of(URI.create(uri));
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return () -> {
            ParsedYaml parsed;
            try {
                parsed = parse(file, Files.readString(file, StandardCharsets.UTF_8));
            } catch (SchemaSyntaxException e) {
                throw new IOException(file + ":" + e.span.line() + ": " + e.getMessage());
            }
            if (parsed.json() == null) {
                throw new IOException(file + ": empty");
            }
            return new ByteArrayInputStream(JSON.writeValueAsBytes(parsed.json()));
        };
    }
}
