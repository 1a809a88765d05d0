package dev.contentlint.init;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Infers a JSON Schema (2020-12) from the front matter of a type's files, such that every one of
 * those files satisfies it, and no looser than that requires.
 *
 * <p>The rules, for each key (and, below it, for list items and nested keys):
 * <ul>
 *   <li><b>type</b>: the JSON types seen; {@code integer} and {@code number} together make
 *       {@code number}; an empty value ({@code published_date:}) adds {@code "null"}. A key that
 *       was empty in every file says nothing of its type: any value is accepted.</li>
 *   <li><b>format</b>, where every text value fits: {@code date} (YAML dates such as
 *       {@code 2026-02-22} arrive as text under YAML 1.2, and must be real dates),
 *       {@code date-time} (RFC 3339 with an offset), {@code uri} (absolute {@code http(s)},
 *       {@code ftp} or {@code mailto} addresses only, so that a text like {@code Note: x} is never
 *       taken for one).</li>
 *   <li><b>enum</b>, for a key whose values are all text, seen in at least
 *       {@value #MIN_ENUM_FILES} files, with at most {@value #MAX_ENUM_VALUES} distinct values of
 *       at most {@value #MAX_ENUM_VALUE_LENGTH} characters on one line, each seen twice on
 *       average (at most half as many values as files). Fewer files say little: in 3 files,
 *       3 titles or 2 statuses look alike. A value seen once still belongs (the tree must pass as
 *       it is), and the comment names it: a rare state, or a typo to fix. Not for dates and
 *       addresses, and not for list items: lists hold open vocabularies (tags, topics) that grow
 *       with every file.</li>
 *   <li><b>items</b> of lists: inferred from every item of every file, as a key's values.</li>
 *   <li><b>required</b>: the keys present (even empty) in every file, where the type has at least
 *       {@value #MIN_REQUIRED_FILES} files with front matter: one or two files would make every
 *       key they happen to have required. The same for the keys of nested mappings.</li>
 *   <li><b>additionalProperties: false</b>: the keys seen are the vocabulary, so a misspelt key
 *       ({@code stauts}) is a finding. A new key is added to the schema on purpose.</li>
 * </ul>
 */
class SchemaInferrer {

    static final int MIN_REQUIRED_FILES = 3;
    static final int MIN_ENUM_FILES = 5;
    static final int MAX_ENUM_VALUES = 8;
    static final int MAX_ENUM_VALUE_LENGTH = 60;
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * What the schema says of the top-level keys, for the log and the configuration's comments.
     *
     * @param keys every key, in the order first seen
     * @param required the required keys
     * @param enums the keys with an enum, with its values
     * @param formats the keys with a format
     * @param rareValues enum values seen in one file only, by key
     */
    record Facts(List<String> keys, List<String> required, Map<String, List<String>> enums,
            Map<String, String> formats, Map<String, List<String>> rareValues) {}

    record Inferred(ObjectNode schema, Facts facts) {}

    /** Gathers the front matter of a type's files: one mapping per file. */
    static ValueStats gather(List<ObjectNode> frontMatter) {
        ValueStats stats = new ValueStats(0);
        frontMatter.forEach(stats::add);
        return stats;
    }

    Inferred infer(String typeName, ValueStats top) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", typeName);
        schema.put("$comment", "Inferred by contentlint init from the front matter of "
                + files(top.count) + " of type '" + typeName + "', so that each of them passes."
                + " Tighten it: add patterns, minimum lengths, enums.");
        Facts facts = new Facts(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new LinkedHashMap<>());
        ObjectNode body = describe(top, false, null, facts);
        body.remove("$comment");
        schema.setAll(body);
        return new Inferred(schema, facts);
    }

    /**
     * The schema of the values that {@code stats} gathered, its {@code $comment} first (a reader
     * sees why before what).
     *
     * @param presence how many of its parent's values have it, for a key
     * @param facts where to note the facts of the keys of this mapping (the top level), or null
     */
    private ObjectNode describe(ValueStats stats, boolean isItem, String presence, Facts facts) {
        List<String> notes = new ArrayList<>();
        if (presence != null) {
            notes.add(presence);
        }
        ObjectNode body = NODES.objectNode();
        if (stats.anything || stats.count == stats.nulls) {
            notes.add(stats.anything ? "any value (the validator disagreed with what was inferred)"
                    : "always empty so far, so any value is accepted");
            return withComment(notes, body);
        }
        if (stats.nulls > 0) {
            notes.add("empty in " + stats.nulls);
        }
        List<String> types = types(stats);
        if (types.size() == 1) {
            body.put("type", types.get(0));
        } else {
            ArrayNode list = body.putArray("type");
            types.forEach(list::add);
        }
        Optional<String> format = format(stats);
        format.ifPresent(f -> {
            body.put("format", f);
            notes.add("format " + f + ": every text value is " + formatMeaning(f));
        });
        List<String> enumValues = enumValues(stats, isItem, format.isPresent());
        if (!enumValues.isEmpty()) {
            ArrayNode values = body.putArray("enum");
            enumValues.forEach(values::add);
            if (stats.nulls > 0) {
                values.addNull();
            }
            notes.add("enum: " + (enumValues.size() == 1 ? "one value" : enumValues.size()
                    + " distinct values") + " across " + stats.strings + " (add one here when a new"
                    + " value is right)");
            List<String> rare = enumValues.stream().filter(v -> stats.distinct.get(v) == 1).toList();
            if (!rare.isEmpty()) {
                notes.add("seen once (a typo?): "
                        + String.join(", ", rare.stream().map(YamlText::shown).toList()));
            }
        }
        if (stats.arrays > 0 && stats.items != null && stats.items.count > 0) {
            body.set("items", describe(stats.items, true, null, null));
        }
        if (stats.objects > 0 && stats.properties != null) {
            describeObject(body, stats, facts);
        }
        return withComment(notes, body);
    }

    private static ObjectNode withComment(List<String> notes, ObjectNode body) {
        if (notes.isEmpty()) {
            return body;
        }
        ObjectNode schema = NODES.objectNode();
        schema.put("$comment", String.join("; ", notes));
        schema.setAll(body);
        return schema;
    }

    private void describeObject(ObjectNode schema, ValueStats stats, Facts facts) {
        List<String> required = new ArrayList<>();
        if (stats.objects >= MIN_REQUIRED_FILES && !stats.noRequired) {
            stats.properties.forEach((key, child) -> {
                if (child.count == stats.objects) {
                    required.add(key);
                }
            });
        }
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(list::add);
        }
        if (!stats.openProperties) {
            schema.put("additionalProperties", false);
        }
        ObjectNode properties = schema.putObject("properties");
        stats.properties.forEach((key, child) -> {
            ObjectNode property = describe(child, false, "in " + child.count + " of "
                    + (facts != null ? SchemaInferrer.files(stats.objects) : stats.objects), null);
            properties.set(key, property);
            if (facts != null) {
                facts.keys().add(key);
                if (property.has("enum")) {
                    List<String> values = new ArrayList<>();
                    property.get("enum").forEach(v -> values.add(v.isNull() ? "(empty)" : v.asText()));
                    facts.enums().put(key, values);
                    List<String> rare = child.distinct.entrySet().stream()
                            .filter(e -> e.getValue() == 1).map(Map.Entry::getKey).toList();
                    if (!rare.isEmpty()) {
                        facts.rareValues().put(key, rare);
                    }
                }
                if (property.has("format")) {
                    facts.formats().put(key, property.get("format").asText());
                }
            }
        });
        if (facts != null) {
            facts.required().addAll(required);
        }
    }

    private static List<String> types(ValueStats stats) {
        List<String> types = new ArrayList<>();
        if (stats.strings > 0) {
            types.add("string");
        }
        if (stats.decimals > 0) {
            types.add("number");
        } else if (stats.integers > 0) {
            types.add("integer");
        }
        if (stats.booleans > 0) {
            types.add("boolean");
        }
        if (stats.arrays > 0) {
            types.add("array");
        }
        if (stats.objects > 0) {
            types.add("object");
        }
        if (stats.nulls > 0) {
            types.add("null");
        }
        return types;
    }

    private static Optional<String> format(ValueStats stats) {
        if (stats.strings == 0 || stats.noFormat) {
            return Optional.empty();
        }
        if (stats.allDates) {
            return Optional.of("date");
        }
        if (stats.allDateTimes) {
            return Optional.of("date-time");
        }
        if (stats.allWebAddresses) {
            return Optional.of("uri");
        }
        return Optional.empty();
    }

    private static String formatMeaning(String format) {
        return switch (format) {
            case "date" -> "a date (YYYY-MM-DD)";
            case "date-time" -> "a date and time with an offset (2026-02-22T09:30:00Z)";
            default -> "an absolute address (https://...)";
        };
    }

    /** The enum's values, most frequent first, or none where the key is no enum. */
    private static List<String> enumValues(ValueStats stats, boolean isItem, boolean hasFormat) {
        boolean fits = !isItem && !hasFormat && !stats.noEnum && !stats.tooManyTexts
                && !stats.textUnfitForEnum && stats.nonTextValues() == 0
                && stats.strings >= MIN_ENUM_FILES
                && stats.distinct.size() <= MAX_ENUM_VALUES
                && stats.distinct.size() * 2 <= stats.strings;
        if (!fits) {
            return List.of();
        }
        return stats.distinct.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Loosens the inference where the validator found a file that the inferred schema rejects
     * (the inference is meant to avoid it; this makes sure): at the value the error points to, a
     * {@code format} or {@code enum} is dropped, a {@code required} or
     * {@code additionalProperties} no longer applies, and anything else accepts any value.
     *
     * @return whether anything was loosened
     */
    static boolean loosen(ValueStats top, Error error) {
        ValueStats node = find(top, String.valueOf(error.getInstanceLocation()));
        String keyword = String.valueOf(error.getKeyword()).toLowerCase(Locale.ROOT);
        boolean before;
        switch (keyword) {
            case "format" -> {
                before = node.noFormat;
                node.noFormat = true;
            }
            case "enum", "const" -> {
                before = node.noEnum;
                node.noEnum = true;
            }
            case "required" -> {
                before = node.noRequired;
                node.noRequired = true;
            }
            case "additionalproperties", "unevaluatedproperties" -> {
                before = node.openProperties;
                node.openProperties = true;
            }
            default -> {
                before = node.anything;
                node.anything = true;
            }
        }
        return !before;
    }

    /** The stats at a JSON Pointer, or the deepest ones on its way. */
    static ValueStats find(ValueStats top, String pointer) {
        ValueStats node = top;
        if (pointer.isEmpty() || pointer.equals("/")) {
            return node;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (node.properties != null && node.properties.containsKey(token)) {
                node = node.properties.get(token);
            } else if (node.items != null && token.chars().allMatch(Character::isDigit) && !token.isEmpty()) {
                node = node.items;
            } else {
                break;
            }
        }
        return node;
    }

    static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }
}
