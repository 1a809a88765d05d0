package dev.contentlint.style;

import dev.contentlint.document.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where in a body a rule looks, from Vale's {@code scope}: a list of selectors of which any may
 * match; a selector is terms joined by {@code &}, all of which must hold; a term is a scope name,
 * or {@code ~name} for "not". A selector of negations only is read as {@code text & ~...}.
 *
 * <p>Names: {@code text} (all prose), {@code heading}, {@code heading.h1}..{@code h6}, {@code
 * paragraph}, {@code list}, {@code blockquote}, {@code table}, {@code table.header}, {@code
 * table.cell}, {@code summary} (prose that is not a heading or a table), and two that change what
 * the rule reads: {@code sentence} (each sentence of the prose, one at a time) and {@code raw}
 * (the body's Markdown as written, code included).
 */
public final class Scope {

    /** Every name a selector may use; others are a configuration error. */
    public static final Set<String> NAMES = Set.of("text", "heading", "heading.h1", "heading.h2",
            "heading.h3", "heading.h4", "heading.h5", "heading.h6", "paragraph", "list",
            "blockquote", "table", "table.header", "table.cell", "summary", "sentence", "raw");

    /** Vale's default scope. */
    public static final Scope TEXT = new Scope(List.of(new Selector(List.of("text"), List.of())));

    private record Selector(List<String> required, List<String> excluded) {

        boolean matches(TextBlock block) {
            for (String name : required) {
                if (!has(block, name)) {
                    return false;
                }
            }
            for (String name : excluded) {
                if (has(block, name)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean has(TextBlock block, String name) {
            return switch (name) {
                case "text", "sentence", "raw" -> true;
                case "summary" -> !block.hasScope("heading") && !block.hasScope("table");
                default -> block.hasScope(name);
            };
        }
    }

    private final List<Selector> selectors;
    // Asked for every block by every rule: worked out once.
    private final boolean everyBlock;
    private final boolean bySentence;
    private final boolean perBlock;
    private final boolean raw;
    private final int hash;

    private Scope(List<Selector> selectors) {
        this.selectors = List.copyOf(selectors);
        this.hash = this.selectors.hashCode();
        this.everyBlock = selectors.stream().anyMatch(s -> s.excluded().isEmpty()
                && s.required().stream().allMatch(n -> Set.of("text", "sentence", "raw").contains(n)));
        this.bySentence = selectors.stream().anyMatch(s -> s.required().contains("sentence"));
        this.perBlock = selectors.stream().allMatch(s -> s.required().stream()
                .anyMatch(name -> !name.equals("text") && !name.equals("summary")));
        this.raw = selectors.stream().anyMatch(s -> s.required().contains("raw"));
    }

    /**
     * Reads Vale's scope values (one string or a list).
     *
     * @throws IllegalArgumentException naming an unknown scope name
     */
    public static Scope parse(List<String> values) {
        List<Selector> selectors = new ArrayList<>();
        for (String value : values) {
            List<String> required = new ArrayList<>();
            List<String> excluded = new ArrayList<>();
            for (String raw : value.split("&")) {
                String term = raw.trim();
                boolean negated = term.startsWith("~");
                String name = (negated ? term.substring(1) : term).trim();
                // Vale allows a format suffix (paragraph.md); only Markdown is read here.
                if (name.endsWith(".md")) {
                    name = name.substring(0, name.length() - 3);
                }
                if (!NAMES.contains(name)) {
                    throw new IllegalArgumentException("unknown scope '" + name + "'; scopes are "
                            + String.join(", ", NAMES.stream().sorted().toList()));
                }
                (negated ? excluded : required).add(name);
            }
            if (required.isEmpty()) {
                required.add("text");
            }
            selectors.add(new Selector(required, excluded));
        }
        return selectors.isEmpty() ? TEXT : new Scope(selectors);
    }

    /** Whether the rule reads a block. */
    public boolean matches(TextBlock block) {
        if (everyBlock) {
            return true;
        }
        for (Selector selector : selectors) {
            if (selector.matches(block)) {
                return true;
            }
        }
        return false;
    }

    /** Scopes are equal where their selectors are: rules of one scope share its blocks. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Scope scope && selectors.equals(scope.selectors);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Whether the rule reads sentence by sentence. */
    public boolean bySentence() {
        return bySentence;
    }

    /**
     * Whether each block is a unit of its own for counting rules: every selector names an
     * element, not the whole text.
     */
    public boolean perBlock() {
        return perBlock;
    }

    /** Whether the rule reads the body's Markdown as written. */
    public boolean isRaw() {
        return raw;
    }
}
