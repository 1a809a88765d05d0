package dev.contentlint.engine;

import dev.contentlint.rules.Finding;
import java.time.Duration;
import dev.contentlint.rules.RuleInfo;
import java.util.List;

/**
 * The outcome of checking a content tree.
 *
 * @param files one result per checked file, by path
 * @param findings every finding, in {@link Finding#ORDER}
 * @param rules every rule the configuration runs (and the engine's own), by id
 */
public record LintResult(List<FileResult> files, List<Finding> findings, Summary summary,
        long bytes, Duration elapsed, List<RuleInfo> rules) {

    public LintResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    /** The rule that reported a finding, where it is known. */
    public java.util.Optional<RuleInfo> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
