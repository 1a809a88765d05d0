package dev.contentlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.style.ValeRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of content (a LinkedIn post, a docs page) and what its files must hold.
 *
 * @param name the type's name in the configuration ({@code defaults} for files of no type)
 * @param matchPaths globs of which one must match the file's path, if any are given
 * @param matchFrontMatter front-matter values that must all be equal, if any are given
 * @param fileName a regex that the whole file name must match
 * @param sections the sections its files list, in the listed order
 * @param strictOrder whether the listed sections must come in the listed order
 * @param styles the style rules applied to the whole body
 * @param unique front-matter keys whose values no two files of the type may share
 * @param references front-matter keys whose values name other files: the name of the type that
 *     the named file must have, or {@link #ANY_TYPE}
 */
public record ContentType(
        String name,
        List<Glob> matchPaths,
        Map<String, JsonNode> matchFrontMatter,
        Optional<Pattern> fileName,
        FrontMatterSettings frontMatter,
        List<SectionSpec> sections,
        boolean strictOrder,
        List<ValeRule> styles,
        List<String> unique,
        Map<String, String> references) {

    public static final String DEFAULTS = "defaults";
    /** A reference that may name a file of any type, or of none. */
    public static final String ANY_TYPE = "any";

    public ContentType {
        matchPaths = List.copyOf(matchPaths);
        matchFrontMatter = Map.copyOf(matchFrontMatter);
        sections = List.copyOf(sections);
        styles = List.copyOf(styles);
        unique = List.copyOf(unique);
        references = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(references));
    }

    /** A type with no sections and no styles. */
    public ContentType(String name, List<Glob> matchPaths, Map<String, JsonNode> matchFrontMatter,
            Optional<Pattern> fileName, FrontMatterSettings frontMatter) {
        this(name, matchPaths, matchFrontMatter, fileName, frontMatter, List.of(), false, List.of(),
                List.of(), Map.of());
    }

    public static ContentType defaults() {
        return new ContentType(DEFAULTS, List.of(), Map.of(), Optional.empty(), FrontMatterSettings.NONE);
    }

    /**
     * Whether a file belongs to this type: its path matches one of the globs (where globs are
     * given) and every listed front-matter key has the listed value (a list value matches when it
     * holds the listed value). A type with no match criteria matches every file.
     */
    public boolean matches(String path, Optional<ObjectNode> frontMatter) {
        if (!matchPaths.isEmpty() && matchPaths.stream().noneMatch(glob -> glob.matches(path))) {
            return false;
        }
        if (matchFrontMatter.isEmpty()) {
            return true;
        }
        if (frontMatter.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> wanted : matchFrontMatter.entrySet()) {
            JsonNode actual = frontMatter.get().get(wanted.getKey());
            if (!valueMatches(actual, wanted.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean valueMatches(JsonNode actual, JsonNode wanted) {
        if (actual == null) {
            return false;
        }
        if (actual.isArray() && !wanted.isArray()) {
            for (JsonNode item : actual) {
                if (valueMatches(item, wanted)) {
                    return true;
                }
            }
            return false;
        }
        if (actual.isValueNode() && wanted.isValueNode()) {
            // 'version: 2' in a file matches 'version: "2"' in the configuration, and back.
            return actual.asText().equals(wanted.asText()) && actual.isNull() == wanted.isNull();
        }
        return actual.equals(wanted);
    }
}
