package dev.contentlint.report;

import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import java.util.Locale;

/** The console's lines, exactly as the contract fixes them. */
public final class ConsoleReport {

    private ConsoleReport() {}

    /** {@code posts/a.md:6:9: error [frontmatter.schema] status: "drafted" is not one of ...}. */
    public static String line(Finding finding) {
        return finding.path() + ":" + finding.line() + ":" + finding.column() + ": "
                + finding.severity().id() + " [" + finding.rule() + "] " + finding.message();
    }

    /** {@code contentlint: 12 files checked: 1 error, 2 warnings, 0 suggestions}. */
    public static String summary(Summary summary) {
        return String.format(Locale.ROOT, "contentlint: %s checked: %s, %s, %s",
                plural(summary.files(), "file"), plural(summary.errors(), "error"),
                plural(summary.warnings(), "warning"), plural(summary.suggestions(), "suggestion"));
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
