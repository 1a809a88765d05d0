package dev.contentlint.report;

import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code contentlint.html}: one self-contained page (no network, no scripts) with the totals,
 * the findings by rule, and each file with its findings. Everything from content or messages is
 * escaped.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#222}
            h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            table.rules{width:auto;min-width:20rem}
            th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            code{font:13px ui-monospace,monospace;overflow-wrap:anywhere}
            td:first-child,td.opt{white-space:nowrap}
            .error{color:#b00020;font-weight:600}.warning{color:#8a5a00;font-weight:600}
            .suggestion{color:#1f5fa8;font-weight:600}.clean{color:#22743a}
            .totals span{display:inline-block;margin-right:1.2rem}
            @media (max-width:40rem){th.opt,td.opt{display:none}body{padding:.5rem}}
            """;

    @Override
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Summary summary = result.summary();
        html.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>contentlint report</title><style>" + STYLE + "</style></head><body>\n");
        html.write("<h1>contentlint report</h1>\n<p class=\"totals\">");
        html.write("<span>" + ConsoleReport.plural(summary.files(), "file") + "</span>");
        html.write("<span class=\"error\">" + ConsoleReport.plural(summary.errors(), "error") + "</span>");
        html.write("<span class=\"warning\">" + ConsoleReport.plural(summary.warnings(), "warning")
                + "</span>");
        html.write("<span class=\"suggestion\">"
                + ConsoleReport.plural(summary.suggestions(), "suggestion") + "</span></p>\n");

        Map<String, int[]> byRule = new TreeMap<>();
        for (Finding finding : result.findings()) {
            byRule.computeIfAbsent(finding.rule(), r -> new int[1])[0]++;
        }
        if (!byRule.isEmpty()) {
            html.write("<h2>By rule</h2>\n<table class=\"rules\"><thead><tr><th>Rule</th><th>Findings</th></tr></thead><tbody>\n");
            for (Map.Entry<String, int[]> entry : byRule.entrySet()) {
                html.write("<tr><td><code>" + escape(entry.getKey()) + "</code></td><td class=\"n\">"
                        + entry.getValue()[0] + "</td></tr>\n");
            }
            html.write("</tbody></table>\n");
        }

        html.write("<h2>Files</h2>\n");
        boolean any = false;
        for (FileResult file : result.files()) {
            if (file.findings().isEmpty()) {
                continue;
            }
            any = true;
            html.write("<h3><code>" + escape(file.path()) + "</code> <small>("
                    + escape(file.type()) + file.status().map(s -> ", " + escape(s)).orElse("")
                    + ")</small></h3>\n<table><thead><tr><th>Line</th><th>Severity</th>"
                    + "<th class=\"opt\">Rule</th><th>Message</th></tr></thead><tbody>\n");
            for (Finding finding : file.findings()) {
                html.write("<tr><td class=\"n\">" + finding.line() + ":" + finding.column()
                        + "</td><td class=\"" + finding.severity().id() + "\">"
                        + finding.severity().id() + "</td><td class=\"opt\"><code>"
                        + escape(finding.rule()) + "</code></td><td>" + escape(finding.message())
                        + "</td></tr>\n");
            }
            html.write("</tbody></table>\n");
        }
        if (!any) {
            html.write("<p class=\"clean\">No findings.</p>\n");
        }
        html.write("</body></html>\n");
        html.flush();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
