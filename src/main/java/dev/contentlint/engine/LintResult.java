package dev.contentlint.engine;

import dev.contentlint.baseline.BaselineMatch;
import dev.contentlint.rules.Finding;
import java.time.Duration;
import dev.contentlint.rules.RuleInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a content tree.
 *
 * @param files one result per checked file, by path
 * @param findings every finding, in {@link Finding#ORDER}, baselined ones included
 * @param summary the counts by severity; with a baseline, of the new findings only (what
 *     {@code failOn} judges)
 * @param rules every rule the configuration runs (and the engine's own), by id
 * @param baseline where a baseline is in use, which findings it accepts
 */
public record LintResult(List<FileResult> files, List<Finding> findings, Summary summary,
        long bytes, Duration elapsed, List<RuleInfo> rules, Optional<BaselineMatch> baseline) {

    public LintResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        Objects.requireNonNull(baseline, "baseline");
    }

    /** A result without a baseline, as the engine returns it. */
    public LintResult(List<FileResult> files, List<Finding> findings, Summary summary,
            long bytes, Duration elapsed, List<RuleInfo> rules) {
        this(files, findings, summary, bytes, elapsed, rules, Optional.empty());
    }

    /** The rule that reported a finding, where it is known. */
    public java.util.Optional<RuleInfo> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The same result held against a baseline: the findings stay, the summary counts the new
     * ones only.
     */
    public LintResult withBaseline(BaselineMatch match) {
        List<Finding> fresh = findings.stream().filter(f -> !match.isBaselined(f)).toList();
        return new LintResult(files, findings, Summary.of(summary.files(), fresh), bytes, elapsed,
                rules, Optional.of(match));
    }

    /** Whether a baseline accepts this finding; never without a baseline. */
    public boolean isBaselined(Finding finding) {
        return baseline.isPresent() && baseline.get().isBaselined(finding);
    }

    /** The findings no baseline accepts: all of them without a baseline. */
    public List<Finding> newFindings() {
        return baseline.isEmpty() ? findings
                : findings.stream().filter(f -> !isBaselined(f)).toList();
    }

    /** How many findings the baseline accepts. */
    public int baselinedCount() {
        return findings.size() - newFindings().size();
    }
}
