package dev.contentlint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.contentlint.yaml.ValueKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a JSON Schema violation into a message for a writer, not a schema expert:
 * {@code status: "drafted" is not one of draft, review, scheduled, published}.
 */
final class SchemaMessages {

    private static final int MAX_SHOWN = 60;

    /** What each format expects, as a writer would type it. */
    private static final Map<String, String> FORMAT_HINTS = Map.ofEntries(
            Map.entry("date", "a valid date (YYYY-MM-DD, such as 2026-02-22)"),
            Map.entry("date-time", "a valid date and time (such as 2026-02-22T09:30:00Z)"),
            Map.entry("time", "a valid time (such as 09:30:00Z)"),
            Map.entry("duration", "a valid duration (such as P3D or PT15M)"),
            Map.entry("email", "a valid email address"),
            Map.entry("idn-email", "a valid email address"),
            Map.entry("uri", "an absolute URI (such as https://example.com/page)"),
            Map.entry("uri-reference", "a URI or a relative reference"),
            Map.entry("iri", "an absolute IRI (such as https://example.com/page)"),
            Map.entry("hostname", "a valid host name (such as example.com)"),
            Map.entry("ipv4", "an IPv4 address"),
            Map.entry("ipv6", "an IPv6 address"),
            Map.entry("uuid", "a UUID"),
            Map.entry("regex", "a valid regular expression"));

    private SchemaMessages() {}

    static String describe(Error error, String pointer) {
        String field = fieldName(pointer);
        JsonNode value = error.getInstanceNode();
        JsonNode schema = error.getSchemaNode();
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String shown = show(value);
        switch (keyword) {
            case "enum":
                return field + ": " + shown + " is not one of " + listValues(schema);
            case "const":
                return field + ": " + shown + " must be " + show(schema);
            case "type":
                if (value == null || value.isNull()) {
                    return field + ": is empty; expected " + typeNames(schema);
                }
                return field + ": " + shown + " is " + ValueKinds.of(value) + "; expected " + typeNames(schema);
            case "required":
                return prefix(pointer) + "missing required key '" + error.getProperty() + "'";
            case "dependentRequired":
                return prefix(pointer) + "missing key '" + error.getProperty()
                        + "', which another key here requires";
            case "additionalProperties":
            case "unevaluatedProperties":
                return prefix(pointer) + "unknown key '" + error.getProperty()
                        + "': the schema does not allow keys that it does not list";
            case "format": {
                String format = schema != null && schema.isTextual() ? schema.asText() : String.valueOf(arg(args, 0));
                String hint = FORMAT_HINTS.getOrDefault(format, "format " + format);
                return field + ": " + shown + " is not " + hint;
            }
            case "pattern":
                return field + ": " + shown + " does not match the pattern " + text(schema);
            case "minLength":
                return field + ": " + shown + " is shorter than " + text(schema) + " characters";
            case "maxLength":
                return field + ": " + shown + " is longer than " + text(schema) + " characters";
            case "minimum":
                return field + ": " + shown + " is less than the minimum " + text(schema);
            case "maximum":
                return field + ": " + shown + " is more than the maximum " + text(schema);
            case "exclusiveMinimum":
                return field + ": " + shown + " must be more than " + text(schema);
            case "exclusiveMaximum":
                return field + ": " + shown + " must be less than " + text(schema);
            case "minItems":
                return field + ": has " + count(value) + "; at least " + text(schema) + " required";
            case "maxItems":
                return field + ": has " + count(value) + "; at most " + text(schema) + " allowed";
            case "uniqueItems":
                return field + ": lists the same value twice; each item must be unique";
            case "minProperties":
                return field + ": needs at least " + text(schema) + " keys";
            case "maxProperties":
                return field + ": allows at most " + text(schema) + " keys";
            case "false":
                return field + ": is not allowed here";
            default:
                return field + ": " + error.getMessage();
        }
    }

    /** {@code status}, {@code tags[0]}, {@code author.name}; the root is "front matter". */
    static String fieldName(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "front matter";
        }
        StringBuilder name = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String unescaped = token.replace("~1", "/").replace("~0", "~");
            if (!unescaped.isEmpty() && unescaped.chars().allMatch(Character::isDigit)) {
                name.append('[').append(unescaped).append(']');
            } else {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(unescaped);
            }
        }
        return name.toString();
    }

    private static String prefix(String pointer) {
        return pointer.isEmpty() ? "" : fieldName(pointer) + ": ";
    }

    private static Object arg(Object[] args, int index) {
        return index < args.length ? args[index] : "?";
    }

    private static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "the value";
        }
        if (value.isNull()) {
            return "an empty value";
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (text.length() > MAX_SHOWN) {
                text = text.substring(0, MAX_SHOWN) + "...";
            }
            return "\"" + text + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        return value.toString();
    }

    private static String text(JsonNode node) {
        return node == null ? "?" : node.isTextual() ? node.asText() : node.toString();
    }

    private static String typeNames(JsonNode schema) {
        if (schema == null) {
            return "another type";
        }
        if (schema.isArray()) {
            List<String> names = new ArrayList<>();
            schema.forEach(type -> names.add(typeName(type.asText())));
            return String.join(" or ", names);
        }
        return typeName(schema.asText());
    }

    private static String typeName(String type) {
        return switch (type) {
            case "string" -> "text";
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "boolean" -> "true or false";
            case "null" -> "an empty value";
            case "integer" -> "an integer";
            case "number" -> "a number";
            default -> type;
        };
    }

    private static String listValues(JsonNode values) {
        if (values == null || !values.isArray()) {
            return "the allowed values";
        }
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(v.isTextual() ? v.asText() : v.isNull() ? "(empty)" : v.toString()));
        return String.join(", ", shown);
    }

    private static String count(JsonNode value) {
        int size = value == null ? 0 : value.size();
        return size + (size == 1 ? " item" : " items");
    }
}
