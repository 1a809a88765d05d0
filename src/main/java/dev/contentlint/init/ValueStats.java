package dev.contentlint.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the values at one place of the front matter (a key, a list's items, a nested key) hold
 * across the files of a type: how many of each JSON type, the distinct texts while they are few,
 * whether every text is a date, a date-time or a web address; the same for list items and nested
 * keys, below.
 *
 * <p>Also carries what the self-check loosened where the validator disagreed with the inference
 * (see {@link SchemaInferrer#loosen}).
 */
final class ValueStats {

    /** Lists and mappings nested deeper than this are counted but not described. */
    static final int MAX_DEPTH = 8;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})");
    /** Web and mail addresses: printable ASCII, no spaces. */
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?:(?:https?|ftp)://[!-~]+|mailto:[!-~]+)");

    final int depth;
    int count;
    int nulls;
    int booleans;
    int integers;
    int decimals;
    int strings;
    int arrays;
    int objects;
    /** Distinct texts with how often each was seen, in the order first seen, while few. */
    final Map<String, Integer> distinct = new LinkedHashMap<>();
    /** More distinct texts than an enum may have. */
    boolean tooManyTexts;
    /** A text too long or on several lines to be an enum value. */
    boolean textUnfitForEnum;
    boolean allDates = true;
    boolean allDateTimes = true;
    boolean allWebAddresses = true;
    /** List items, once a list was seen. */
    ValueStats items;
    /** Nested keys with their values, once a mapping was seen; a key's count is its presence. */
    Map<String, ValueStats> properties;

    // Loosened by the self-check.
    boolean noFormat;
    boolean noEnum;
    boolean noRequired;
    boolean openProperties;
    boolean anything;

    ValueStats(int depth) {
        this.depth = depth;
    }

    void add(JsonNode value) {
        count++;
        if (value == null || value.isNull() || value.isMissingNode()) {
            nulls++;
        } else if (value.isBoolean()) {
            booleans++;
        } else if (value.isIntegralNumber()) {
            integers++;
        } else if (value.isNumber()) {
            decimals++;
        } else if (value.isTextual()) {
            addText(value.asText());
        } else if (value.isArray()) {
            arrays++;
            if (depth < MAX_DEPTH) {
                if (items == null) {
                    items = new ValueStats(depth + 1);
                }
                value.forEach(items::add);
            }
        } else if (value.isObject()) {
            objects++;
            if (depth < MAX_DEPTH) {
                if (properties == null) {
                    properties = new LinkedHashMap<>();
                }
                value.fields().forEachRemaining(field -> properties
                        .computeIfAbsent(field.getKey(), k -> new ValueStats(depth + 1))
                        .add(field.getValue()));
            }
        }
    }

    private void addText(String text) {
        strings++;
        if (!tooManyTexts) {
            distinct.merge(text, 1, Integer::sum);
            if (distinct.size() > SchemaInferrer.MAX_ENUM_VALUES) {
                tooManyTexts = true;
                distinct.clear();
            }
        }
        textUnfitForEnum |= text.length() > SchemaInferrer.MAX_ENUM_VALUE_LENGTH
                || text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028
                        || c == 0x2029);
        allDates &= isDate(text);
        allDateTimes &= isDateTime(text);
        allWebAddresses &= isWebAddress(text);
    }

    /** A calendar date, {@code YYYY-MM-DD}, that exists ({@code 2026-02-30} does not). */
    static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An RFC 3339 date-time with its offset: {@code 2026-02-22T09:30:00Z}. */
    static boolean isDateTime(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An absolute {@code http}, {@code https}, {@code ftp} or {@code mailto} address. */
    static boolean isWebAddress(String text) {
        if (!WEB_ADDRESS.matcher(text).matches()) {
            return false;
        }
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Values that are neither null nor text. */
    int nonTextValues() {
        return count - nulls - strings;
    }
}
