package dev.contentlint.yaml;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the kind of a YAML value as a writer would: "text", "a list", "true/false". */
public final class ValueKinds {

    private ValueKinds() {}

    public static String of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "empty";
        }
        if (value.isTextual()) {
            return "text";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "a mapping";
    }
}
