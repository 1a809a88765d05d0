package dev.contentlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.document.Span;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.ValueKinds;
import dev.contentlint.yaml.YamlLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The typed values of contentlint.yaml (true or false, text, lists of text, globs, mappings with
 * known keys), each read with its place in the file, so that a wrong value is an error that
 * names the file, line and column and says what was expected.
 *
 * @param file the configuration file
 * @param yaml its parsed text, with the place of every value
 */
record ConfigValues(Path file, ParsedYaml yaml) {

    boolean bool(ObjectNode parent, String parentPointer, String key, boolean otherwise)
            throws ConfigException {
        String name = lastSegment(key);
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw place(parentPointer + "/" + ParsedYaml.escape(name), key)
                    .error("'" + value.asText() + "' is not true or false");
        }
        return value.asBoolean();
    }

    List<Glob> globs(ObjectNode parent, String parentPointer, String key)
            throws ConfigException {
        List<String> texts = strings(parent, parentPointer, key);
        String pointer = parentPointer + "/" + lastSegment(key);
        List<Glob> globs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                globs.add(Glob.compile(texts.get(i)));
            } catch (IllegalArgumentException e) {
                String itemPointer = parent.get(lastSegment(key)).isArray() ? pointer + "/" + i : pointer;
                throw place(itemPointer, key).error("invalid glob: " + e.getMessage());
            }
        }
        return globs;
    }

    /** A list of strings; a single string is taken as a list of one. */
    List<String> strings(ObjectNode parent, String parentPointer, String key)
            throws ConfigException {
        String name = lastSegment(key);
        JsonNode value = parent.get(name);
        String pointer = parentPointer + "/" + ParsedYaml.escape(name);
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw place(pointer, key).error("must be a list of text values");
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw place(pointer + "/" + i, key).error("item " + (i + 1)
                        + " must be text, not " + ValueKinds.of(item));
            }
            result.add(item.asText());
        }
        return result;
    }

    String string(ObjectNode parent, String parentPointer, String key)
            throws ConfigException {
        String name = lastSegment(key);
        JsonNode value = parent.get(name);
        if (!value.isTextual() && !value.isNumber()) {
            throw place(parentPointer + "/" + ParsedYaml.escape(name), key)
                    .error("must be text, not " + ValueKinds.of(value));
        }
        return value.asText();
    }

    Optional<String> optionalString(ObjectNode parent, String parentPointer, String key)
            throws ConfigException {
        if (!parent.has(key) || parent.get(key).isNull()) {
            return Optional.empty();
        }
        return Optional.of(string(parent, parentPointer, key));
    }

    ObjectNode object(JsonNode node, String pointer, String key) throws ConfigException {
        if (!(node instanceof ObjectNode object)) {
            throw place(pointer, key).error("must be a mapping of keys to values, not " + ValueKinds.of(node));
        }
        return object;
    }

    void checkKeys(ObjectNode object, String pointer, String key, List<String> allowed)
            throws ConfigException {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String where = key.isEmpty() ? "the top level" : "'" + key + "'";
                throw keyPlace(pointer + "/" + ParsedYaml.escape(name),
                        key.isEmpty() ? name : key + "." + name)
                        .error("unknown key '" + name + "' in " + where + EditDistance.suggestion(name, allowed)
                                + "; known keys: " + String.join(", ", allowed));
            }
        }
    }

    ConfigPlace place(String pointer, String key) {
        Span span = yaml.location(pointer).map(YamlLocation::valueOrKey).orElse(Span.at(1, 1));
        return new ConfigPlace(file, span.line(), span.column(), key);
    }

    ConfigPlace keyPlace(String pointer, String key) {
        Span span = yaml.location(pointer).map(YamlLocation::key).orElse(Span.at(1, 1));
        return new ConfigPlace(file, span.line(), span.column(), key);
    }
static String lastSegment(String key) {
    int dot = key.lastIndexOf('.');
    return dot < 0 ? key : key.substring(dot + 1);
}
}
