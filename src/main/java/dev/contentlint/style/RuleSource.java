package dev.contentlint.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.config.ConfigException;
import dev.contentlint.document.Span;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.ValueKinds;
import dev.contentlint.yaml.YamlLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One Vale rule file as read: its keys, with the line and column of each for error messages, and
 * the warnings found while reading it. Extension points read their settings through it, so that
 * every mistake names the file, the line and the key.
 */
public final class RuleSource {

    private final Path file;
    private final String id;
    private final ParsedYaml yaml;
    private final ObjectNode root;
    private final List<String> warnings = new ArrayList<>();

    public RuleSource(Path file, String id, ParsedYaml yaml, ObjectNode root) {
        this.file = file;
        this.id = id;
        this.yaml = yaml;
        this.root = root;
    }

    public Path file() {
        return file;
    }

    /** The rule's id, {@code Style.Rule}. */
    public String id() {
        return id;
    }

    public boolean has(String key) {
        return root.has(key) && !root.get(key).isNull();
    }

    public JsonNode node(String key) {
        return root.get(key);
    }

    /** Text, or empty where the key is absent. Numbers are read as text. */
    public Optional<String> optionalString(String key) throws ConfigException {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode value = root.get(key);
        if (!value.isValueNode()) {
            throw error(key, "must be text, not " + ValueKinds.of(value));
        }
        return Optional.of(value.asText());
    }

    public String string(String key) throws ConfigException {
        return optionalString(key).orElseThrow(() -> error(key, "is required"));
    }

    /** A list of text values; one text value is a list of one; absent is empty. */
    public List<String> strings(String key) throws ConfigException {
        if (!has(key)) {
            return List.of();
        }
        JsonNode value = root.get(key);
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw error(key, "must be a list of text values, not " + ValueKinds.of(value));
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isValueNode() || item.isNull()) {
                throw errorAt("/" + ParsedYaml.escape(key) + "/" + i, key,
                        "item " + (i + 1) + " must be text, not " + ValueKinds.of(item));
            }
            result.add(item.asText());
        }
        return result;
    }

    public boolean bool(String key, boolean fallback) throws ConfigException {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = root.get(key);
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw error(key, "'" + value.asText() + "' is not true or false");
    }

    public int integer(String key, int fallback) throws ConfigException {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = root.get(key);
        if (value.canConvertToInt() && value.isIntegralNumber()) {
            return value.asInt();
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error(key, "'" + value.asText() + "' is not a whole number");
    }

    /** A mapping of text to text ({@code swap}, {@code either}), in the file's order. */
    public Map<String, String> mapping(String key) throws ConfigException {
        if (!has(key)) {
            return Map.of();
        }
        JsonNode value = root.get(key);
        if (!(value instanceof ObjectNode object)) {
            throw error(key, "must be a mapping of text to text, not " + ValueKinds.of(value));
        }
        Map<String, String> result = new LinkedHashMap<>();
        var fields = object.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().isValueNode()) {
                throw errorAt("/" + ParsedYaml.escape(key) + "/" + ParsedYaml.escape(field.getKey()),
                        key, "the value of '" + field.getKey() + "' must be text, not "
                        + ValueKinds.of(field.getValue()));
            }
            result.put(field.getKey(), field.getValue().isNull() ? "" : field.getValue().asText());
        }
        return result;
    }

    /**
     * Compiles a Vale regex (see {@link ValeRegex}) found under a key.
     *
     * @param flags {@link Pattern} flags to add, such as {@link Pattern#CASE_INSENSITIVE}
     */
    public Pattern pattern(String key, String regex, int flags) throws ConfigException {
        try {
            return ValeRegex.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw error(key, "invalid regex: " + e.getDescription() + " near index "
                    + e.getIndex() + " of '" + regex + "'");
        }
    }

    /**
     * Compiles one item of a list of Vale regexes ({@code tokens}, {@code exceptions}), so that a
     * mistake names the line of the item rather than of the list.
     *
     * @param item the 0-based index of the item in the list under the key; where the key holds
     *     one text value rather than a list, the key's own place is named
     */
    public Pattern pattern(String key, int item, String regex, int flags) throws ConfigException {
        try {
            return ValeRegex.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            String pointer = "/" + ParsedYaml.escape(key) + (root.path(key).isArray() ? "/" + item : "");
            throw errorAt(pointer, key, "invalid regex: " + e.getDescription() + " near index "
                    + e.getIndex() + " of '" + regex + "'");
        }
    }

    /** The keys of the rule file, in its order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Records a warning about a key; the rule still loads. */
    public void warn(String key, String problem) {
        warnAt("/" + ParsedYaml.escape(key), key, problem);
    }

    /** Records a warning about a value inside a key, such as one entry of {@code swap}. */
    public void warnAt(String pointer, String key, String problem) {
        Span span = place(pointer);
        warnings.add(file + ":" + span.line() + ":" + span.column() + ": " + id
                + (key.isEmpty() ? "" : ": " + key) + ": " + problem);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public ConfigException error(String key, String problem) {
        return errorAt("/" + ParsedYaml.escape(key), key, problem);
    }

    /**
     * An error about a value inside a key, such as one entry of {@code swap}.
     *
     * @param pointer the JSON Pointer of the value, such as {@code /swap/foo}
     */
    public ConfigException errorAt(String pointer, String key, String problem) {
        Span span = place(pointer);
        return new ConfigException(file, span.line(), span.column(), key, problem);
    }

    private Span place(String pointer) {
        return yaml.location(pointer).or(() -> yaml.location(""))
                .map(YamlLocation::valueOrKey).orElse(Span.at(1, 1));
    }
}
