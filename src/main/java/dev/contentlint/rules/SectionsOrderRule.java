package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Document;
import dev.contentlint.document.Heading;
import dev.contentlint.document.Section;
import dev.contentlint.document.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sections.order}, for types with {@code sectionOrder: strict}: the listed sections that a
 * file has must come in the listed order. Headings the type does not list may come anywhere, and
 * a listed section's later headings (after its first) are not placed.
 *
 * <p>The sections kept in place are a longest run that is in order (a longest increasing
 * subsequence of listed positions); every other one is reported at its heading, saying which
 * kept section it must come before or after. So one section out of place gives one finding, not
 * one for each section it jumped. Where two runs are as long (two sections swapped), the one
 * that keeps the earlier headings wins, so the later of the two is reported.
 *
 * <p>An error by default: the type asked for the strict order, and {@code levels} can lower it.
 */
public final class SectionsOrderRule extends SectionRule {

    private final boolean strict;

    /**
     * @param strict whether the type says {@code sectionOrder: strict}; if not, it reports nothing
     */
    public SectionsOrderRule(String typeName, List<SectionSpec> specs, boolean strict) {
        super(typeName, specs);
        this.strict = strict;
    }

    @Override
    public String id() {
        return RuleIds.SECTIONS_ORDER;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        if (!strict || specs.size() < 2) {
            return;
        }
        SectionMatches matches = SectionMatches.of(document, specs);
        // The first heading of each listed section found, in document order.
        List<Section> found = new ArrayList<>();
        List<Integer> listed = new ArrayList<>();
        for (Section section : matches.body().sections()) {
            if (matches.isFirstOfSpec(section.index())) {
                found.add(section);
                listed.add(matches.specOf(section.index()));
            }
        }
        int n = found.size();
        if (n < 2) {
            return;
        }
        boolean[] kept = longestInOrder(listed);
        SourceText source = document.source();
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                continue;
            }
            int spec = listed.get(i);
            int before = -1; // the kept one listed just before this one
            int after = -1; // the kept one listed just after this one
            for (int k = 0; k < n; k++) {
                if (!kept[k]) {
                    continue;
                }
                if (listed.get(k) < spec) {
                    before = k;
                } else if (after < 0) {
                    after = k;
                }
            }
            Heading heading = found.get(i).heading();
            String message;
            if (after >= 0 && i > after) {
                message = describe(heading, spec, "before", found.get(after), listed.get(after), source);
            } else if (before >= 0) {
                message = describe(heading, spec, "after", found.get(before), listed.get(before), source);
            } else {
                continue; // cannot happen: it would then be in order with the kept ones
            }
            findings.add(this, SectionMatches.spanOf(source, heading), message);
        }
    }

    private String describe(Heading heading, int spec, String relation, Section other,
            int otherSpec, SourceText source) {
        return "section " + SectionMatches.quote(heading) + " is out of order: type '" + typeName
                + "' lists " + specs.get(spec).describe() + " " + relation + " "
                + specs.get(otherSpec).describe() + "; move it " + relation + " "
                + SectionMatches.quote(other.heading()) + " (line "
                + source.lineOf(other.heading().start()) + ")";
    }

    /**
     * Marks a longest strictly increasing subsequence of distinct values; of several, the one
     * whose positions come first.
     */
    static boolean[] longestInOrder(List<Integer> values) {
        int n = values.size();
        int[] longestFrom = new int[n];
        int longest = 0;
        for (int i = n - 1; i >= 0; i--) {
            longestFrom[i] = 1;
            for (int j = i + 1; j < n; j++) {
                if (values.get(j) > values.get(i)) {
                    longestFrom[i] = Math.max(longestFrom[i], 1 + longestFrom[j]);
                }
            }
            longest = Math.max(longest, longestFrom[i]);
        }
        boolean[] kept = new boolean[n];
        int need = longest;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < n && need > 0; i++) {
            if (values.get(i) > last && longestFrom[i] == need) {
                kept[i] = true;
                last = values.get(i);
                need--;
            }
        }
        return kept;
    }
}
