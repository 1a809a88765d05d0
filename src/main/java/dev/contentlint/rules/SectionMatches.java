package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Body;
import dev.contentlint.document.Document;
import dev.contentlint.document.Heading;
import dev.contentlint.document.Section;
import dev.contentlint.document.SourceText;
import dev.contentlint.document.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which sections of a body are the sections a content type lists: for each listed section (each
 * {@link SectionSpec}), the sections whose heading is its, in document order.
 *
 * <p><b>A heading belongs to at most one listed section.</b> Where a heading matches several, it
 * belongs to the most specific: an exact text beats a prefix ({@code HOOK A*}), a longer prefix
 * beats a shorter one ({@code HOOK A*} beats {@code HOOK*}), and a prefix beats a regex; among
 * equals, the one listed first. So with {@code HOOK*} and {@code HOOK A*} listed, {@code HOOK A}
 * is the second's and {@code HOOK B} the first's, whatever order they are listed in, and one
 * heading never stands in for two required sections. The choice depends on the heading's text
 * only, not on what else the file holds, so it is the same for every file.
 *
 * <p>Where several headings belong to one listed section, the first is the one that counts for
 * {@code sections.missing}, {@code sections.order} and {@code sections.level}; {@code
 * sections.empty} and {@code sections.table} look at every one of them.
 *
 * <p>Computed once per file and list of sections ({@link #of(Document, List)}), shared by the
 * section rules and the style rules of that file; immutable.
 */
public final class SectionMatches {

    private final Body body;
    private final List<SectionSpec> specs;
    /** For each spec, its sections in document order. */
    private final List<List<Section>> bySpec;
    /** For each heading of the body, the index of the spec it belongs to, or -1. */
    private final int[] specOfHeading;

    private SectionMatches(Body body, List<SectionSpec> specs) {
        this.body = body;
        this.specs = List.copyOf(specs);
        List<List<Section>> lists = new ArrayList<>();
        for (int i = 0; i < this.specs.size(); i++) {
            lists.add(new ArrayList<>());
        }
        specOfHeading = new int[body.headings().size()];
        for (Section section : body.sections()) {
            int spec = bestSpec(section.heading().text());
            specOfHeading[section.index()] = spec;
            if (spec >= 0) {
                lists.get(spec).add(section);
            }
        }
        this.bySpec = lists.stream().map(List::copyOf).toList();
    }

    public static SectionMatches of(Body body, List<SectionSpec> specs) {
        return new SectionMatches(body, specs);
    }

    /** The matches of a file's body, computed once per file for the same list of sections. */
    public static SectionMatches of(Document document, List<SectionSpec> specs) {
        return document.derived(new Key(specs), d -> new SectionMatches(d.body(), specs));
    }

    /** Lists of sections are told apart by identity: each type's list is one object. */
    private record Key(List<SectionSpec> specs) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.specs == specs;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(specs);
        }
    }

    public Body body() {
        return body;
    }

    public List<SectionSpec> specs() {
        return specs;
    }

    /** The sections of the spec at an index of {@link #specs()}, in document order. */
    public List<Section> sections(int spec) {
        return bySpec.get(spec);
    }

    /** The first section of a spec: the one that counts for missing, order and level. */
    public Optional<Section> first(int spec) {
        List<Section> sections = bySpec.get(spec);
        return sections.isEmpty() ? Optional.empty() : Optional.of(sections.get(0));
    }

    /** The index of the spec a heading (by its index in the body) belongs to, or -1. */
    public int specOf(int headingIndex) {
        return specOfHeading[headingIndex];
    }

    /** Whether a heading (by its index in the body) is the first heading of some spec. */
    public boolean isFirstOfSpec(int headingIndex) {
        int spec = specOfHeading[headingIndex];
        return spec >= 0 && bySpec.get(spec).get(0).index() == headingIndex;
    }

    /** Where every section finding is reported: the heading's marker and text. */
    public static Span spanOf(SourceText source, Heading heading) {
        return source.span(heading.start(), heading.end());
    }

    /** A heading's text as messages quote it: {@code 'HOOK B'}. */
    static String quote(Heading heading) {
        return "'" + heading.text() + "'";
    }

    /** The ATX marker of a level: {@code ##} for 2. */
    static String marker(int level) {
        return "#".repeat(level);
    }

    private int bestSpec(String headingText) {
        int best = -1;
        int bestRank = Integer.MIN_VALUE;
        for (int i = 0; i < specs.size(); i++) {
            SectionSpec spec = specs.get(i);
            if (!spec.matches(headingText)) {
                continue;
            }
            int rank = specificity(spec);
            if (rank > bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Higher is more specific: exact text, then prefixes by length, then regexes. */
    private static int specificity(SectionSpec spec) {
        if (spec.pattern() != null) {
            return 0;
        }
        String heading = spec.heading();
        if (heading.endsWith("*") && heading.length() > 1) {
            return 1 + heading.trim().replaceAll("\\s+", " ").length();
        }
        return Integer.MAX_VALUE;
    }
}
