package dev.contentlint.rules;

import java.util.List;
import java.util.Set;

/** The ids of the built-in checks, as the contract fixes them. Style rules are {@code Style.Rule}. */
public final class RuleIds {

    public static final String FRONTMATTER_MISSING = "frontmatter.missing";
    public static final String FRONTMATTER_SYNTAX = "frontmatter.syntax";
    public static final String FRONTMATTER_SCHEMA = "frontmatter.schema";
    public static final String FILENAME = "filename";
    public static final String ENCODING = "encoding";
    public static final String UNREADABLE = "unreadable";
    public static final String FILESIZE = "filesize";
    public static final String INTERNAL = "internal";
    public static final String SECTIONS_MISSING = "sections.missing";
    public static final String SECTIONS_ORDER = "sections.order";
    public static final String SECTIONS_LEVEL = "sections.level";
    public static final String SECTIONS_EMPTY = "sections.empty";
    public static final String SECTIONS_TABLE = "sections.table";
    public static final String LINKS_BROKEN = "links.broken";
    public static final String LINKS_AMBIGUOUS = "links.ambiguous";
    public static final String REFERENCES = "references";
    public static final String UNIQUE = "unique";

    /** Every built-in id, including those of checks that later versions add. */
    public static final Set<String> BUILT_IN = Set.of(FRONTMATTER_MISSING, FRONTMATTER_SYNTAX,
            FRONTMATTER_SCHEMA, FILENAME, ENCODING, UNREADABLE, FILESIZE, INTERNAL, SECTIONS_MISSING, SECTIONS_ORDER, SECTIONS_LEVEL,
            SECTIONS_EMPTY, SECTIONS_TABLE, LINKS_BROKEN, LINKS_AMBIGUOUS, UNIQUE, REFERENCES);

    /** Prefixes that only built-in ids use, so that a misspelt one is caught, not taken for a style. */
    public static final List<String> BUILT_IN_FAMILIES = List.of("frontmatter.", "sections.", "links.");

    private static final java.util.Map<String, String> DESCRIPTIONS = java.util.Map.ofEntries(
            java.util.Map.entry(FRONTMATTER_MISSING, "Files of the type start with YAML front matter"),
            java.util.Map.entry(FRONTMATTER_SYNTAX, "Front matter is valid YAML: closed, no duplicate keys, a mapping"),
            java.util.Map.entry(FRONTMATTER_SCHEMA, "Front matter satisfies the type's JSON Schema"),
            java.util.Map.entry(FILENAME, "File names match the type's pattern"),
            java.util.Map.entry(ENCODING, "Files are UTF-8 text"),
            java.util.Map.entry(UNREADABLE, "Files can be read"),
            java.util.Map.entry(FILESIZE, "Files are small enough to check (maxFileSize, and the memory Maven has)"),
            java.util.Map.entry(INTERNAL, "contentlint could check the file (a fault of its own otherwise)"),
            java.util.Map.entry(SECTIONS_MISSING, "The sections the type requires are there"),
            java.util.Map.entry(SECTIONS_ORDER, "Listed sections come in the listed order"),
            java.util.Map.entry(SECTIONS_LEVEL, "Listed sections have the heading level the type sets"),
            java.util.Map.entry(SECTIONS_EMPTY, "Listed sections are not empty"),
            java.util.Map.entry(SECTIONS_TABLE, "Sections hold a table with the listed columns"),
            java.util.Map.entry(LINKS_BROKEN, "Links, images and anchors resolve to files and headings that exist"),
            java.util.Map.entry(LINKS_AMBIGUOUS, "A wiki link's name fits one file only"),
            java.util.Map.entry(UNIQUE, "Values that must be unique are unique among the type's files"),
            java.util.Map.entry(REFERENCES, "Front-matter references name existing files of the right type"));

    /** The checks the engine itself reports, whatever the configuration. */
    public static final List<String> ENGINE = List.of(ENCODING, UNREADABLE, FILESIZE, INTERNAL);

    private RuleIds() {}

    /** A built-in rule's one-line description; the id itself for others. */
    public static String describe(String id) {
        return DESCRIPTIONS.getOrDefault(id, id);
    }

    /** Whether an id is a style rule's, {@code Style.Rule}, rather than a built-in check's. */
    public static boolean isStyle(String id) {
        return !BUILT_IN.contains(id) && BUILT_IN_FAMILIES.stream().noneMatch(id::startsWith)
                && id.indexOf('.') > 0;
    }

    /** Whether an id can name a rule: a built-in id, or {@code Style.Rule}. */
    public static boolean isKnownOrStyle(String id) {
        if (BUILT_IN.contains(id)) {
            return true;
        }
        if (BUILT_IN_FAMILIES.stream().anyMatch(id::startsWith)) {
            return false;
        }
        int dot = id.indexOf('.');
        return dot > 0 && dot < id.length() - 1 && id.indexOf('.', dot + 1) < 0;
    }
}
