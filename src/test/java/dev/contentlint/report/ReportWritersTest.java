package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

    @TempDir
    Path out;

    private static final Finding SCHEMA = new Finding("posts/a.md", 6, 9, 6, 16, Severity.ERROR,
            "frontmatter.schema", "status: \"drafted\" is not one of draft, review");
    private static final Finding HOSTILE = new Finding("posts/<img src=x onerror=alert(1)>.md", 1, 1,
            1, 1, Severity.WARNING, "filename", "name '<script>alert(\"x\")</script>' & more");

    private static final ReportContext CONTEXT = new ReportContext(Path.of("content"), Path.of("."),
            "0.0.0-test");

    private static LintResult result() {
        List<Finding> findings = List.of(SCHEMA, HOSTILE);
        return new LintResult(List.of(
                new FileResult(SCHEMA.path(), "post", Optional.of("draft"), 10, List.of(SCHEMA)),
                new FileResult(HOSTILE.path(), "post", Optional.of("<b>"), 10, List.of(HOSTILE))),
                findings, Summary.of(2, findings), 20, Duration.ofMillis(5), List.of());
    }

    @Test
    void consoleLinesFollowTheContract() {
        assertEquals("posts/a.md:6:9: error [frontmatter.schema] status: \"drafted\" is not one of"
                + " draft, review", ConsoleReport.line(SCHEMA));
        assertEquals("contentlint: 2 files checked: 1 error, 1 warning, 0 suggestions",
                ConsoleReport.summary(result().summary()));
        assertEquals("contentlint: 1 file checked: 0 errors, 2 warnings, 1 suggestion",
                ConsoleReport.summary(new Summary(1, 0, 2, 1)));
    }

    /**
     * Each text is escaped and encoded once and then reused: the findings read back the same,
     * whatever their texts hold (quotes, backslashes, control chars, line separators, emoji,
     * a lone surrogate), shared or not.
     */
    @Test
    void jsonReportWritesEveryTextAsItIsThoughEachIsEncodedOnce() throws Exception {
        String[] pieces = {"a", "\"", "\\", "\n", "\t", "\u0001", "\u2028", "é", "😀", "</",
            "\uD800", " ", "über café", "'is'"};
        java.util.Random random = new java.util.Random(3);
        List<String> shared = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            shared.add(text.toString());
        }
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // Shared texts, as from the result cache, and equal texts that are not the same String.
            String message = random.nextBoolean() ? shared.get(random.nextInt(shared.size()))
                    : new String(shared.get(random.nextInt(shared.size())));
            findings.add(new Finding(shared.get(i % 7), 1 + i, 1, 1 + i, 2,
                    Severity.values()[i % Severity.values().length], "R." + (i % 5), message));
        }
        List<FileResult> files = List.of(new FileResult("a.md", "t", Optional.empty(), 1,
                findings));
        LintResult many = new LintResult(files, findings, Summary.of(1, findings), 1,
                Duration.ZERO, List.of());
        JsonNode json = new ObjectMapper().readTree(
                ReportFormat.JSON.write(many, CONTEXT, out).toFile());
        assertEquals(findings.size(), json.at("/findings").size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            JsonNode node = json.at("/findings/" + i);
            assertEquals(finding.path(), node.get("path").asText());
            assertEquals(finding.message(), node.get("message").asText());
            assertEquals(finding.rule(), node.get("rule").asText());
            assertEquals(finding.severity().id(), node.get("severity").asText());
            assertEquals(finding.line(), node.get("line").asInt());
            assertEquals(finding.endColumn(), node.get("endColumn").asInt());
        }
    }

    /**
     * The findings are rendered a chunk at a time on several threads, and written in order, each
     * on a line of its own, exactly as one generator writes them: across chunk boundaries, with
     * a baseline's mark, and with none at all.
     */
    @Test
    void jsonReportHasOneFindingPerLineInOrderAcrossChunks() throws Exception {
        // Chunks of 10,000, twice as many chunks as cores at a time: the last count needs two windows.
        int twoWindows = 10_000 * 2 * Runtime.getRuntime().availableProcessors() + 1;
        for (int count : new int[] {0, 1, 2, 9_999, 10_000, 10_001, 25_001, twoWindows}) {
            List<Finding> findings = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                findings.add(new Finding("p/" + (i % 13) + ".md", i + 1, 2, i + 1, 3 + i % 4,
                        Severity.values()[i % 3], "R." + (i % 5), i % 17 == 0 ? "\"q\" \\ é 😀 \u2028" : "m " + (i % 9)));
            }
            LintResult many = new LintResult(List.of(new FileResult("a.md", "t", Optional.empty(), 1,
                    findings)), findings, Summary.of(1, findings), 1, Duration.ZERO, List.of());
            String text = Files.readString(ReportFormat.JSON.write(many, CONTEXT, out));

            ObjectMapper mapper = new ObjectMapper();
            StringBuilder expected = new StringBuilder();
            expected.append("{\n\"summary\":{\"files\":1,\"errors\":").append(many.summary().errors())
                    .append(",\"warnings\":").append(many.summary().warnings())
                    .append(",\"suggestions\":").append(many.summary().suggestions()).append("},\n")
                    .append("\"findings\":[");
            for (int i = 0; i < count; i++) {
                Finding f = findings.get(i);
                java.util.Map<String, Object> one = new java.util.LinkedHashMap<>();
                one.put("path", f.path());
                one.put("line", f.line());
                one.put("column", f.column());
                one.put("endLine", f.endLine());
                one.put("endColumn", f.endColumn());
                one.put("severity", f.severity().id());
                one.put("rule", f.rule());
                one.put("message", f.message());
                expected.append(i == 0 ? "\n" : ",\n").append(mapper.writeValueAsString(one));
            }
            expected.append(count > 0 ? "\n]" : "]").append("\n}\n");
            assertEquals(expected.toString(), text, count + " findings");
        }
    }

    @Test
    void jsonReportHasTheContractsShape() throws Exception {
        Path file = ReportFormat.JSON.write(result(), CONTEXT, out);
        assertEquals(out.resolve("contentlint.json"), file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertEquals(2, json.at("/summary/files").asInt());
        assertEquals(1, json.at("/summary/errors").asInt());
        assertEquals(1, json.at("/summary/warnings").asInt());
        assertEquals(0, json.at("/summary/suggestions").asInt());
        JsonNode first = json.at("/findings/0");
        assertEquals("posts/a.md", first.get("path").asText());
        assertEquals(6, first.get("line").asInt());
        assertEquals(9, first.get("column").asInt());
        assertEquals(6, first.get("endLine").asInt());
        assertEquals(16, first.get("endColumn").asInt());
        assertEquals("error", first.get("severity").asText());
        assertEquals("frontmatter.schema", first.get("rule").asText());
        assertEquals(SCHEMA.message(), first.get("message").asText());
        assertEquals(HOSTILE.message(), json.at("/findings/1/message").asText());
        assertEquals(8, first.size());
    }

    @Test
    void htmlReportEscapesEverything() throws Exception {
        LintResult plain = result();
        List<dev.contentlint.rules.RuleInfo> rules = List.of(
                new dev.contentlint.rules.RuleInfo("filename", "names \"><svg onload=alert(1)>",
                        Optional.of("javascript:alert(1)"), Severity.WARNING),
                new dev.contentlint.rules.RuleInfo("frontmatter.schema", "schema",
                        Optional.of("https://example.org/r?a=1&b=\"x\"><img"), Severity.ERROR));
        LintResult hostile = new LintResult(plain.files(), plain.findings(), plain.summary(),
                plain.bytes(), plain.elapsed(), rules);
        String html = Files.readString(ReportFormat.HTML.write(hostile, CONTEXT, out));

        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<svg"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; &amp; more"));
        assertTrue(html.contains("posts/&lt;img src=x onerror=alert(1)&gt;.md"));
        assertTrue(html.contains("&lt;b&gt;"), "the status");
        assertTrue(html.contains("title=\"names &quot;&gt;&lt;svg onload=alert(1)&gt;\""), "attributes");
        assertTrue(html.contains("frontmatter.schema"));
        // Only an http(s) help link that parses becomes a link; javascript: never.
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("href=\"https://example.org"), "an unparsable URI is no link");
        assertEquals(1, count(html, "<script"), "the page's own script only");
        assertFalse(java.util.regex.Pattern.compile("<[a-z]+[^>]*\\s(src|srcset|data)=").matcher(html).find()
                || html.contains("<link") || html.contains("@import")
                || html.contains("url("), "self-contained");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src"
                + " &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;unsafe-inline&#39;;"));
        assertTrue(html.contains("<title>contentlint report</title>"));
        // Without a content root there are no excerpts, and the page says why.
        assertTrue(html.contains("no source excerpt: the file is no longer there"));
    }

    @Test
    void htmlReportLinksHttpHelpAndShowsTheDescription() throws Exception {
        LintResult plain = result();
        LintResult linked = new LintResult(plain.files(), plain.findings(), plain.summary(),
                plain.bytes(), plain.elapsed(), List.of(new dev.contentlint.rules.RuleInfo(
                        "frontmatter.schema", "Front matter satisfies the schema",
                        Optional.of("https://example.org/rules#schema"), Severity.ERROR)));
        String html = Files.readString(ReportFormat.HTML.write(linked, CONTEXT, out));
        assertTrue(html.contains("<a href=\"https://example.org/rules#schema\" rel=\"noopener noreferrer\""
                + " target=\"_blank\" title=\"Front matter satisfies the schema\"><code>frontmatter.schema"
                + "</code></a>"), html);
        assertTrue(html.contains("<span class=\"desc\">Front matter satisfies the schema</span>"));
        // Counts by type and by status, the files table and its filter.
        assertTrue(html.contains("<h3>By content type</h3>"));
        assertTrue(html.contains("<h3>By front-matter status</h3>"));
        assertTrue(html.contains("<table id=\"files-table\">"));
        assertTrue(html.contains("<div id=\"controls\" class=\"controls\" hidden>"), "no dead controls without JS");
    }

    @Test
    void htmlExcerptsMarkTheSpanInCodePointsWithTwoLinesAround() throws Exception {
        Path content = Files.createDirectories(out.resolve("content/posts"));
        Files.writeString(content.resolve("a.md"), "one\ntwo\n\uD83D\uDE00 <x> & \"y\"\nfour\r\nfive\rsix\nseven\n");
        Finding mark = new Finding("posts/a.md", 3, 3, 3, 6, Severity.ERROR, "r", "m");
        Finding lines = new Finding("posts/a.md", 4, 3, 5, 2, Severity.WARNING, "r", "n");
        List<Finding> findings = List.of(mark, lines);
        LintResult result = new LintResult(List.of(new FileResult("posts/a.md", "post",
                Optional.empty(), 40, findings)), findings, Summary.of(1, findings), 40,
                Duration.ZERO, List.of());
        ReportContext context = new ReportContext(out.resolve("content"), out, "test");
        String html = Files.readString(ReportFormat.HTML.write(result, context, out));

        assertTrue(html.contains("<span class=\"l hit\"><span class=\"n\">3</span> \uD83D\uDE00 <mark>&lt;x&gt;</mark>"
                + " &amp; &quot;y&quot;\n</span>"), html);
        assertTrue(html.contains("<span class=\"l\"><span class=\"n\">1</span> one\n</span>"));
        assertTrue(html.contains("<span class=\"l\"><span class=\"n\">5</span> five\n</span></code></pre>"),
                "two lines after, not more");
        assertTrue(html.contains("<span class=\"n\">4</span> fo<mark>ur</mark>\n"), "to the line's end");
        assertTrue(html.contains("<span class=\"n\">5</span> <mark>f</mark>ive\n"), "from the line's start");
        assertTrue(html.contains("<span class=\"n\">7</span> seven\n</span></code></pre>"));
    }

    @Test
    void htmlExcerptsAreCappedAndLongLinesCut() throws Exception {
        Path content = Files.createDirectories(out.resolve("content"));
        String longLine = "a".repeat(5000) + "<needle>" + "b".repeat(5000);
        Files.writeString(content.resolve("big.md"), longLine + "\n");
        java.util.ArrayList<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            findings.add(new Finding("big.md", 1, 5001, 1, 5009, Severity.WARNING, "r" + i, "m"));
        }
        Files.write(content.resolve("huge.md"), new byte[(int) SourceExcerpts.MAX_BYTES + 1]);
        findings.add(new Finding("huge.md", 1, 1, 1, 2, Severity.ERROR, "r", "m"));
        LintResult result = new LintResult(List.of(
                new FileResult("big.md", "post", Optional.empty(), 10_009, findings.subList(0, 5)),
                new FileResult("huge.md", "post", Optional.empty(), 1, findings.subList(5, 6))),
                findings, Summary.of(2, findings), 10, Duration.ZERO, List.of());
        ReportContext context = new ReportContext(content, out, "test");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new HtmlReportWriter(4, 2, 100).write(result, context, bytes);
        String html = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(2, count(html, "<pre class=\"src\">"), "two excerpts for the file");
        assertTrue(html.contains("Source excerpts are shown for the first 2 of 5 findings of this file only."));
        assertTrue(html.contains("1 more findings of this file are not listed here"));
        assertTrue(html.contains("<mark>&lt;needle&gt;</mark>"));
        assertTrue(html.length() < 20_000, "long lines are cut: " + html.length());
        assertTrue(html.contains("no source excerpt: the file is too large (5.0 MB; excerpts up to 5 MB)"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void writesAtomicallyLeavingNoTemporaryFiles() throws Exception {
        ReportFormat.JSON.write(result(), CONTEXT, out);
        ReportFormat.JSON.write(result(), CONTEXT, out);
        try (var files = Files.list(out)) {
            assertEquals(List.of("contentlint.json"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void reportsAreAsReadableAsAnyFileTheUserCreates() throws Exception {
        Path report = ReportFormat.JSON.write(result(), CONTEXT, out);
        Path ordinary = Files.writeString(out.resolve("ordinary.txt"), "x");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                report.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(report));
    }

    @Test
    void formatsAreParsedByName() {
        assertEquals(List.of(ReportFormat.JSON, ReportFormat.HTML), ReportFormat.parseList("json, HTML,json"));
        assertEquals(List.of(), ReportFormat.parseList(""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList("json,pdf"))
                .getMessage().contains("known formats: json, html, sarif, checkstyle, junit"));
        assertEquals("contentlint-checkstyle.xml", ReportFormat.CHECKSTYLE.fileName());
        assertEquals("contentlint-junit.xml", ReportFormat.JUNIT.fileName());
        assertEquals("contentlint.sarif", ReportFormat.SARIF.fileName());
    }
}
