package dev.contentlint.style;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.config.ConfigException;

/**
 * Readers for rule values that {@link RuleSource} has no reader for. Kept apart from it so that
 * it can change without a merge: a number is read as Vale's decoder reads it (weakly: a number,
 * or text holding one).
 */
final class RuleValues {

    private RuleValues() {}

    /** A decimal number, or the fallback where the key is absent. */
    static double decimal(RuleSource source, String key, double fallback) throws ConfigException {
        if (!source.has(key)) {
            return fallback;
        }
        JsonNode value = source.node(key);
        double number = Double.NaN;
        if (value.isNumber()) {
            number = value.asDouble();
        } else if (value.isTextual()) {
            try {
                number = Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (!Double.isFinite(number)) {
            throw source.error(key, "'" + value.asText() + "' is not a number");
        }
        return number;
    }
}
