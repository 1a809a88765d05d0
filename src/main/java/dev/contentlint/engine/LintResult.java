package dev.contentlint.engine;

import dev.contentlint.rules.Finding;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of checking a content tree.
 *
 * @param files one result per checked file, by path
 * @param findings every finding, in {@link Finding#ORDER}
 */
public record LintResult(List<FileResult> files, List<Finding> findings, Summary summary,
        long bytes, Duration elapsed) {

    public LintResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }
}
