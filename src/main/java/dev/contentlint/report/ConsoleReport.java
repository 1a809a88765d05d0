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
     * says how many and where they all are.
     *
     * @param fullReport the report that holds every finding, for the last line
     */
    public static List<Line> findings(LintResult result, int max, String fullReport) {
        List<Line> lines = new ArrayList<>();
        boolean grouped = result.findings().size() > GROUP_ABOVE;
        int printed = 0;
        for (FileResult file : result.files()) {
            if (file.findings().isEmpty()) {
                continue;
            }
            if (max > 0 && printed >= max) {
                break;
            }
            if (grouped) {
                Summary counts = Summary.of(1, file.findings());
                lines.add(Line.info(file.path() + ": " + plural(counts.errors(), "error") + ", "
                        + plural(counts.warnings(), "warning") + ", "
                        + plural(counts.suggestions(), "suggestion")));
            }
            for (Finding finding : file.findings()) {
                if (max > 0 && printed >= max) {
                    break;
                }
                lines.add(new Line(java.util.Optional.of(finding.severity()),
                        (grouped ? "  " : "") + line(finding)));
                printed++;
            }
        }
        int left = result.findings().size() - printed;
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
