package dev.contentlint.baseline;

import dev.contentlint.rules.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of holding today's findings against a baseline: which findings it accepts, and
 * which of its entries no longer match anything (fixed, or changed beyond recognition).
 *
 * @param file the baseline file as the console and the reports name it
 * @param baselined the findings the baseline accepts; every other finding is new
 * @param fixed the entries left over, each with the count that found no finding
 */
public record BaselineMatch(String file, Set<Finding> baselined, List<BaselineEntry> fixed) {

    public BaselineMatch {
        Objects.requireNonNull(file, "file");
        baselined = Set.copyOf(baselined);
        fixed = List.copyOf(fixed);
    }

    public boolean isBaselined(Finding finding) {
        return baselined.contains(finding);
    }

    /** How many accepted findings no longer occur. */
    public int fixedFindings() {
        return fixed.stream().mapToInt(BaselineEntry::count).sum();
    }
}
