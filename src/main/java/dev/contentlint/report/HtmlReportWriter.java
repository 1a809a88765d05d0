package dev.contentlint.report;

import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code contentlint.html}: one self-contained page that loads nothing (its style and its small
 * script are inline, and its Content-Security-Policy forbids every load). It shows the totals;
 * the findings by severity, rule, content type and front-matter status; a table of the files,
 * sortable and filterable with the script and readable without it; and, for each file with
 * findings, its findings with the source lines around each.
 *
 * <p>With a baseline, the totals, the tables and the file counts are of new findings, with a
 * count of baselined ones beside them; each baselined finding is still listed, marked
 * {@code baselined}, and a check box hides them. Without a baseline the markup is as before.
 *
 * <p>Every piece of text from the content, the configuration or a message is escaped; only
 * {@code http} and {@code https} help addresses become links. Files are read one at a time, while
 * their section is written; excerpts are capped per file and per page.
 */
public final class HtmlReportWriter implements ReportWriter {

    static final String TITLE = "contentlint report";

    /** Findings of one file listed in its section; the rest are counted only. */
    static final int MAX_FINDINGS_PER_FILE = 1000;
    /** Findings of one file shown with their source lines. */
    static final int MAX_EXCERPTS_PER_FILE = 200;
    /** Findings of the whole page shown with their source lines. */
    static final int MAX_EXCERPTS_PER_PAGE = 5000;

    private final int maxFindingsPerFile;
    private final int maxExcerptsPerFile;
    private final int maxExcerptsPerPage;

    public HtmlReportWriter() {
        this(MAX_FINDINGS_PER_FILE, MAX_EXCERPTS_PER_FILE, MAX_EXCERPTS_PER_PAGE);
    }

    HtmlReportWriter(int maxFindingsPerFile, int maxExcerptsPerFile, int maxExcerptsPerPage) {
        this.maxFindingsPerFile = maxFindingsPerFile;
        this.maxExcerptsPerFile = maxExcerptsPerFile;
        this.maxExcerptsPerPage = maxExcerptsPerPage;
    }

    /** Counts for one row of a summary table: new findings by severity, and baselined ones. */
    private static final class Counts {
        int files;
        int filesWithFindings;
        int errors;
        int warnings;
        int suggestions;
        int baselined;

        void add(FileResult file, LintResult result) {
            files++;
            boolean anyNew = false;
            for (Finding finding : file.findings()) {
                if (result.isBaselined(finding)) {
                    baselined++;
                    continue;
                }
                anyNew = true;
                switch (finding.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case SUGGESTION -> suggestions++;
                }
            }
            if (anyNew) {
                filesWithFindings++;
            }
        }
    }

    @Override
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Map<String, RuleInfo> rules = new HashMap<>();
        for (RuleInfo rule : result.rules()) {
            rules.putIfAbsent(rule.id(), rule);
        }
        StringBuilder page = new StringBuilder(64 * 1024);
        head(page, result, context);
        summary(page, result, rules);
        filesTable(page, result);
        html.write(page.toString());
        page.setLength(0);
        fileSections(html, result, context, rules);
        page.append("<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body></html>\n");
        html.write(page.toString());
        html.flush();
    }

    private static void head(StringBuilder page, LintResult result, ReportContext context) {
        Summary summary = result.summary();
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(Html.escape(HtmlAssets.CONTENT_SECURITY_POLICY)).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
                .append("<title>").append(TITLE).append("</title>\n<style>")
                .append(HtmlAssets.STYLE).append("</style></head>\n<body>\n<header><h1>")
                .append(TITLE).append("</h1>\n<p class=\"meta\">contentlint ")
                .append(Html.escape(context.toolVersion())).append(" \u00b7 ")
                .append(ConsoleReport.plural(summary.files(), "file")).append(" checked")
                .append(String.format(Locale.ROOT, " (%.2f MB) in %.2f s", result.bytes() / 1_000_000.0,
                        result.elapsed().toMillis() / 1000.0))
                .append("</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#rules\">Rules</a>"
                        + "<a href=\"#files\">Files</a><a href=\"#findings\">Findings</a></nav>"
                        + "</header>\n");
    }

    private static void summary(StringBuilder page, LintResult result, Map<String, RuleInfo> rules) {
        Summary summary = result.summary();
        Counts all = new Counts();
        Map<String, Counts> byType = new TreeMap<>();
        Map<String, Counts> byStatus = new TreeMap<>();
        Counts noStatus = new Counts();
        for (FileResult file : result.files()) {
            all.add(file, result);
            byType.computeIfAbsent(file.type(), t -> new Counts()).add(file, result);
            if (file.status().isPresent()) {
                byStatus.computeIfAbsent(file.status().get(), s -> new Counts()).add(file, result);
            } else {
                noStatus.add(file, result);
            }
        }
        boolean baseline = result.baseline().isPresent();

        page.append("<section id=\"summary\"><h2>Summary</h2>\n<dl class=\"totals\">");
        total(page, "Files", summary.files(), "");
        total(page, "Errors", summary.errors(), "error");
        total(page, "Warnings", summary.warnings(), "warning");
        total(page, "Suggestions", summary.suggestions(), "suggestion");
        if (baseline) {
            total(page, "Baselined", all.baselined, "");
        }
        total(page, baseline ? "Files with new findings" : "Files with findings",
                all.filesWithFindings, "");
        page.append("</dl>\n");
        if (baseline) {
            int fixed = result.baseline().get().fixedFindings();
            page.append("<p class=\"note\">With the baseline <code>")
                    .append(Html.escape(result.baseline().get().file())).append("</code>: ")
                    .append(ConsoleReport.plural(all.baselined, "finding"))
                    .append(" accepted (listed below, marked <span class=\"badge baselined\">"
                            + "baselined</span>), the counts are of new findings");
            if (fixed > 0) {
                page.append("; ").append(ConsoleReport.plural(fixed, "baselined finding"))
                        .append(fixed == 1 ? " no longer occurs" : " no longer occur")
                        .append(" (fixed: <code>mvn contentlint:baseline</code> drops ")
                        .append(fixed == 1 ? "it" : "them").append(")");
            }
            page.append(".</p>\n");
        }
        if (result.newFindings().isEmpty()) {
            page.append("<p class=\"clean\">").append(result.findings().isEmpty()
                    ? "No findings." : "No new findings.").append("</p>\n");
        }

        // By severity: findings and the files that have them.
        page.append("<div class=\"grid\"><div><h3>By severity</h3><div class=\"box\"><table>"
                + "<thead><tr><th>Severity</th><th class=\"n\">Findings</th><th class=\"n\">Files</th>"
                + (baseline ? "<th class=\"n\">Baselined</th>" : "") + "</tr></thead><tbody>\n");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.SUGGESTION)) {
            int findings = 0;
            int files = 0;
            int baselined = 0;
            for (FileResult file : result.files()) {
                long n = file.findings().stream()
                        .filter(f -> f.severity() == severity && !result.isBaselined(f)).count();
                findings += (int) n;
                files += n > 0 ? 1 : 0;
                baselined += (int) file.findings().stream()
                        .filter(f -> f.severity() == severity && result.isBaselined(f)).count();
            }
            page.append("<tr><td class=\"").append(severity.id()).append("\">").append(severity.id())
                    .append("</td>");
            number(page, findings);
            number(page, files);
            if (baseline) {
                number(page, baselined);
            }
            page.append("</tr>\n");
        }
        page.append("</tbody></table></div></div>\n");

        // By rule.
        // [new findings, files with new findings, baselined findings]
        Map<String, int[]> byRule = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            int[] counts = byRule.computeIfAbsent(finding.rule(), r -> new int[3]);
            counts[result.isBaselined(finding) ? 2 : 0]++;
        }
        for (FileResult file : result.files()) {
            file.findings().stream().filter(f -> !result.isBaselined(f)).map(Finding::rule).distinct()
                    .forEach(rule -> byRule.computeIfAbsent(rule, r -> new int[3])[1]++);
        }
        List<Map.Entry<String, int[]>> ruleRows = new ArrayList<>(byRule.entrySet());
        ruleRows.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getValue()[2])
                .thenComparing(Map.Entry::getKey));
        page.append("<div id=\"rules\"><h3>By rule</h3>");
        if (ruleRows.isEmpty()) {
            page.append("<p class=\"note\">No rule reported anything.</p>");
        } else {
            page.append("<div class=\"box\"><table><thead><tr><th>Rule</th>"
                    + "<th class=\"n\">Findings</th><th class=\"n\">Files</th>"
                    + (baseline ? "<th class=\"n\">Baselined</th>" : "")
                    + "</tr></thead><tbody>\n");
            for (Map.Entry<String, int[]> row : ruleRows) {
                RuleInfo info = rules.get(row.getKey());
                page.append("<tr><td>");
                rule(page, row.getKey(), info);
                if (info != null && info.description() != null && !info.description().isBlank()) {
                    page.append("<span class=\"desc\">").append(Html.escape(info.description()))
                            .append("</span>");
                }
                page.append("</td>");
                number(page, row.getValue()[0]);
                number(page, row.getValue()[1]);
                if (baseline) {
                    number(page, row.getValue()[2]);
                }
                page.append("</tr>\n");
            }
            page.append("</tbody></table></div>");
        }
        page.append("</div>\n");

        groupTable(page, "By content type", "Type", byType, null);
        groupTable(page, "By front-matter status", "Status", byStatus, noStatus);
        page.append("</div></section>\n");
    }

    private static void total(StringBuilder page, String label, int value, String severity) {
        page.append("<div><dt>").append(label).append("</dt><dd")
                .append(severity.isEmpty() || value == 0 ? "" : " class=\"" + severity + "\"")
                .append(">").append(value).append("</dd></div>");
    }

    private static void number(StringBuilder page, int value) {
        page.append(value == 0 ? "<td class=\"n z\">" : "<td class=\"n\">").append(value).append("</td>");
    }

    /** A count whose column name a phone shows after it, where the table has no header row. */
    private static void labelled(StringBuilder page, int value, String label) {
        page.append(value == 0 ? "<td class=\"n z\"" : "<td class=\"n\"").append(" data-label=\"")
                .append(value == 1 ? label : label + "s").append("\">").append(value).append("</td>");
    }

    private static void groupTable(StringBuilder page, String title, String column,
            Map<String, Counts> groups, Counts none) {
        page.append("<div><h3>").append(title).append("</h3><div class=\"box\"><table><thead><tr><th>")
                .append(column).append("</th><th class=\"n\">Files</th><th class=\"n\">With findings</th>"
                        + "<th class=\"n\">Errors</th><th class=\"n\">Warnings</th>"
                        + "<th class=\"n\">Suggestions</th></tr></thead><tbody>\n");
        for (Map.Entry<String, Counts> group : groups.entrySet()) {
            page.append("<tr><td><code>").append(Html.escape(group.getKey())).append("</code></td>");
            groupCounts(page, group.getValue());
        }
        if (none != null && none.files > 0) {
            page.append("<tr><td><span class=\"none\">no status</span></td>");
            groupCounts(page, none);
        }
        page.append("</tbody></table></div></div>\n");
    }

    private static void groupCounts(StringBuilder page, Counts counts) {
        number(page, counts.files);
        number(page, counts.filesWithFindings);
        number(page, counts.errors);
        number(page, counts.warnings);
        number(page, counts.suggestions);
        page.append("</tr>\n");
    }

    private static void filesTable(StringBuilder page, LintResult result) {
        boolean baseline = result.baseline().isPresent();
        page.append("<section id=\"files\"><h2>Files</h2>\n")
                .append("<div id=\"controls\" class=\"controls\" hidden>"
                        + "<input type=\"search\" id=\"q\" placeholder=\"Filter by path, type or status\""
                        + " aria-label=\"Filter files by path, type or status\">"
                        + "<label><input type=\"checkbox\" id=\"show-error\" checked> errors</label>"
                        + "<label><input type=\"checkbox\" id=\"show-warning\" checked> warnings</label>"
                        + "<label><input type=\"checkbox\" id=\"show-suggestion\" checked> suggestions</label>"
                        + (baseline ? "<label><input type=\"checkbox\" id=\"show-baselined\" checked>"
                                + " baselined</label>" : "")
                        + "<label><input type=\"checkbox\" id=\"show-clean\" checked> no findings</label>"
                        + "<span id=\"shown\" aria-live=\"polite\"></span></div>\n")
                .append("<div class=\"box\"><table id=\"files-table\"><thead><tr><th>Path</th>"
                        + "<th>Type</th><th>Status</th><th class=\"n\">Errors</th>"
                        + "<th class=\"n\">Warnings</th><th class=\"n\">Suggestions</th>"
                        + (baseline ? "<th class=\"n\">Baselined</th>" : "") + "</tr></thead>"
                        + "<tbody>\n");
        int index = 0;
        int section = 0;
        for (FileResult file : result.files()) {
            Counts counts = new Counts();
            counts.add(file, result);
            page.append("<tr data-i=\"").append(index++).append("\" data-e=\"").append(counts.errors)
                    .append("\" data-w=\"").append(counts.warnings).append("\" data-s=\"")
                    .append(counts.suggestions).append('"');
            if (baseline) {
                page.append(" data-b=\"").append(counts.baselined).append('"');
            }
            if (!file.findings().isEmpty()) {
                page.append(" data-target=\"f-").append(++section).append("\"><td><a href=\"#f-")
                        .append(section).append("\"><code>").append(Html.escape(file.path()))
                        .append("</code></a></td>");
            } else {
                page.append("><td><code>").append(Html.escape(file.path())).append("</code></td>");
            }
            page.append("<td>").append(Html.escape(file.type())).append("</td><td>")
                    .append(file.status().map(Html::escape).orElse("")).append("</td>");
            labelled(page, counts.errors, "error");
            labelled(page, counts.warnings, "warning");
            labelled(page, counts.suggestions, "suggestion");
            if (baseline) {
                page.append(counts.baselined == 0 ? "<td class=\"n z\"" : "<td class=\"n\"")
                        .append(" data-label=\"baselined\">").append(counts.baselined).append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</tbody></table></div></section>\n");
    }

    private void fileSections(Writer html, LintResult result, ReportContext context,
            Map<String, RuleInfo> rules) throws IOException {
        StringBuilder section = new StringBuilder(16 * 1024);
        section.append("<section id=\"findings\"><h2>Findings by file</h2>\n");
        if (result.findings().isEmpty()) {
            section.append("<p class=\"clean\">No findings.</p>\n");
        }
        html.write(section.toString());
        int id = 0;
        int excerptsLeft = maxExcerptsPerPage;
        boolean pageCapNoted = false;
        for (FileResult file : result.files()) {
            if (file.findings().isEmpty()) {
                continue;
            }
            section.setLength(0);
            Counts counts = new Counts();
            counts.add(file, result);
            section.append("<section class=\"file\" id=\"f-").append(++id).append("\"><h3><code>")
                    .append(Html.escape(file.path())).append("</code></h3>\n<p class=\"meta\">")
                    .append(Html.escape(file.type())).append(" \u00b7 ")
                    .append(file.status().map(s -> "status <code>" + Html.escape(s) + "</code>")
                            .orElse("no status"))
                    .append(" \u00b7 ").append(severityCounts(counts)).append("</p>\n");

            List<Finding> findings = file.findings();
            int listed = Math.min(findings.size(), maxFindingsPerFile);
            int withExcerpts = Math.min(Math.min(listed, maxExcerptsPerFile), excerptsLeft);
            SourceExcerpts.Source source = withExcerpts > 0
                    ? SourceExcerpts.read(context.contentRoot(), file.path())
                    : SourceExcerpts.Source.none("");
            if (withExcerpts > 0 && !source.isAvailable()) {
                section.append("<p class=\"note\">").append(Html.escape(source.unavailable()))
                        .append(".</p>\n");
            } else if (source.isAvailable() && withExcerpts < listed) {
                if (withExcerpts < Math.min(listed, maxExcerptsPerFile)) {
                    section.append("<p class=\"note\">Source excerpts are shown for the first ")
                            .append(withExcerpts).append(" findings of this file only: the page shows"
                                    + " at most ").append(maxExcerptsPerPage).append(" excerpts.</p>\n");
                } else {
                    section.append("<p class=\"note\">Source excerpts are shown for the first ")
                            .append(withExcerpts).append(" of ").append(findings.size())
                            .append(" findings of this file only.</p>\n");
                }
            } else if (withExcerpts == 0 && excerptsLeft == 0 && !pageCapNoted) {
                section.append("<p class=\"note\">No more source excerpts: the page shows at most ")
                        .append(maxExcerptsPerPage).append(" excerpts.</p>\n");
                pageCapNoted = true;
            }
            section.append("<ol class=\"findings\">\n");
            for (int i = 0; i < listed; i++) {
                Finding finding = findings.get(i);
                finding(section, finding, rules.get(finding.rule()), result.isBaselined(finding));
                if (i < withExcerpts && source.isAvailable()) {
                    ExcerptRenderer.render(section, source.text(), finding);
                    excerptsLeft--;
                }
                section.append("</li>\n");
            }
            section.append("</ol>\n");
            if (listed < findings.size()) {
                section.append("<p class=\"note\">").append(findings.size() - listed)
                        .append(" more findings of this file are not listed here; the JSON report"
                                + " has them all.</p>\n");
            }
            section.append("</section>\n");
            html.write(section.toString());
        }
        html.write("</section>\n");
    }

    private static String severityCounts(Counts counts) {
        List<String> parts = new ArrayList<>();
        if (counts.errors > 0) {
            parts.add("<span class=\"error\">" + ConsoleReport.plural(counts.errors, "error") + "</span>");
        }
        if (counts.warnings > 0) {
            parts.add("<span class=\"warning\">" + ConsoleReport.plural(counts.warnings, "warning")
                    + "</span>");
        }
        if (counts.suggestions > 0) {
            parts.add("<span class=\"suggestion\">"
                    + ConsoleReport.plural(counts.suggestions, "suggestion") + "</span>");
        }
        if (counts.baselined > 0) {
            parts.add("<span class=\"baselined\">" + counts.baselined + " baselined</span>");
        }
        return String.join(", ", parts);
    }

    private static void finding(StringBuilder out, Finding finding, RuleInfo info,
            boolean baselined) {
        String severity = finding.severity().id();
        out.append(baselined ? "<li class=\"finding baselined\" data-baselined=\"1\" data-sev=\""
                        : "<li class=\"finding\" data-sev=\"").append(severity)
                .append("\"><div class=\"head\">")
                .append("<span class=\"badge ").append(severity).append("\">").append(severity)
                .append("</span>")
                .append(baselined ? "<span class=\"badge baselined\" title=\"accepted by the baseline\">"
                        + "baselined</span>" : "")
                .append("<span class=\"pos\">line ").append(finding.line()).append(", column ")
                .append(finding.column()).append("</span>");
        rule(out, finding.rule(), info);
        out.append("</div>\n<p class=\"msg\">").append(Html.escape(finding.message())).append("</p>\n");
    }

    /** A rule id, linked to its help where that is an http(s) address, its description as title. */
    private static void rule(StringBuilder out, String id, RuleInfo info) {
        Optional<String> href = info == null ? Optional.empty() : Html.safeHref(info.helpUri());
        String title = info == null || info.description() == null || info.description().isBlank()
                ? "" : " title=\"" + Html.escape(info.description()) + "\"";
        if (href.isPresent()) {
            out.append("<a href=\"").append(Html.escape(href.get()))
                    .append("\" rel=\"noopener noreferrer\" target=\"_blank\"").append(title)
                    .append("><code>").append(Html.escape(id)).append("</code></a>");
        } else {
            out.append("<code").append(title).append(">").append(Html.escape(id)).append("</code>");
        }
    }
}
