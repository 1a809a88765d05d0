package dev.contentlint.report;

import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The summary line; with a baseline it counts the new findings and says so:
     * {@code contentlint: 12 files checked: 1 new error, 0 new warnings, 0 new suggestions}.
     */
    public static String summary(LintResult result) {
        if (result.baseline().isEmpty()) {
            return summary(result.summary());
        }
        Summary summary = result.summary();
        return String.format(Locale.ROOT, "contentlint: %s checked: %s, %s, %s",
                plural(summary.files(), "file"), plural(summary.errors(), "new error"),
                plural(summary.warnings(), "new warning"),
                plural(summary.suggestions(), "new suggestion"));
    }

    /**
     * With a baseline, what it did, in one line each: how many findings it accepted (they are
     * not printed one by one), and how many of its findings no longer occur.
     */
    public static List<String> baseline(LintResult result) {
        if (result.baseline().isEmpty()) {
            return List.of();
        }
        String file = result.baseline().get().file();
        List<String> lines = new ArrayList<>();
        int accepted = result.baselinedCount();
        lines.add("contentlint: " + plural(accepted, "finding") + " accepted by the baseline "
                + file + (accepted == 0 ? "" : " (not printed; the reports mark them)"));
        int fixed = result.baseline().get().fixedFindings();
        if (fixed > 0) {
            lines.add("contentlint: " + plural(fixed, "baselined finding") + (fixed == 1
                    ? " no longer occurs" : " no longer occur") + " (fixed); run mvn"
                    + " contentlint:baseline to drop " + (fixed == 1 ? "it" : "them") + " from "
                    + file);
        }
        return lines;
    }

    /**
     * One line to print: a finding at its severity's log level, or (with no severity) a line of
     * information.
     */
    public record Line(java.util.Optional<Severity> severity, String text) {

        static Line info(String text) {
            return new Line(java.util.Optional.empty(), text);
        }
    }

    /** Above this many findings, each file's findings get a header line naming the file. */
    public static final int GROUP_ABOVE = 20;

    /**
     * The finding lines to print, in report order: at most {@code max} findings (0 or less for
     * all), each in the contract's form; where there are more than {@link #GROUP_ABOVE}, each
     * file's findings come under a header with its counts; where some are left out, a last line
     * says how many and where they all are. Findings a baseline accepts are not printed
     * ({@link #baseline} counts them in one line).
     *
     * @param fullReport the report that holds every finding, for the last line
     */
    public static List<Line> findings(LintResult result, int max, String fullReport) {
        List<Line> lines = new ArrayList<>();
        int total = result.newFindings().size();
        boolean grouped = total > GROUP_ABOVE;
        int printed = 0;
        for (FileResult file : result.files()) {
            List<Finding> findings = file.findings().stream()
                    .filter(f -> !result.isBaselined(f)).toList();
            if (findings.isEmpty()) {
                continue;
            }
            if (max > 0 && printed >= max) {
                break;
            }
            if (grouped) {
                Summary counts = Summary.of(1, findings);
                lines.add(Line.info(file.path() + ": " + plural(counts.errors(), "error") + ", "
                        + plural(counts.warnings(), "warning") + ", "
                        + plural(counts.suggestions(), "suggestion")));
            }
            for (Finding finding : findings) {
                if (max > 0 && printed >= max) {
                    break;
                }
                lines.add(new Line(java.util.Optional.of(finding.severity()),
                        (grouped ? "  " : "") + line(finding)));
                printed++;
            }
        }
        int left = total - printed;
        if (left > 0) {
            lines.add(Line.info("contentlint: " + plural(left, "more finding") + " not printed"
                    + " (maxConsoleFindings=" + max + "); every finding is in " + fullReport));
        }
        return lines;
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
