package dev.contentlint.report;

import dev.contentlint.engine.LintResult;
import dev.contentlint.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}) that make
 * findings appear on the pull request's changed lines. Printed as they are, at the start of a
 * line, when the build runs under GitHub Actions.
 *
 * <p>Findings a baseline accepts are not annotated: annotations are for what a pull request
 * brings, GitHub shows only the first 50 of a job, and old findings would crowd out the new.
 */
public final class GithubAnnotations {

    /**
     * GitHub shows at most 10 annotations of each kind per step and 50 per job; more only fill
     * the log, so no more than this many are printed, and a notice says where the rest are.
     */
    public static final int MAX = 50;

    private GithubAnnotations() {}

    /**
     * @param workspace the checkout's root ({@code GITHUB_WORKSPACE}): file names are relative
     *     to it, as GitHub matches them against the pull request's files
     */
    public static List<String> lines(LintResult result, ReportContext context, Path workspace,
            String fullReport) {
        ReportContext fromWorkspace = new ReportContext(context.contentRoot(), workspace,
                context.toolVersion());
        List<String> lines = new ArrayList<>();
        List<Finding> findings = result.newFindings();
        for (Finding finding : findings) {
            if (lines.size() == MAX) {
                lines.add("::notice title=contentlint::" + data((findings.size() - MAX)
                        + " more findings are not annotated; every finding is in " + fullReport));
                break;
            }
            lines.add(line(finding, fromWorkspace.projectPath(finding.path())));
        }
        return lines;
    }

    static String line(Finding finding, String file) {
        String command = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "notice";
        };
        return "::" + command + " file=" + property(file) + ",line=" + finding.line()
                + ",endLine=" + finding.endLine() + ",col=" + finding.column()
                + (finding.endLine() == finding.line()
                        ? ",endColumn=" + Math.max(finding.endColumn(), finding.column()) : "")
                + ",title=" + property("contentlint " + finding.rule())
                + "::" + data(finding.message());
    }

    /** The escaping GitHub's runner undoes in a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping GitHub's runner undoes in a command's property values. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
