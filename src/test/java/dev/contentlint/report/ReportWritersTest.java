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
        String html = Files.readString(ReportFormat.HTML.write(result(), CONTEXT, out));

        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; &amp; more"));
        assertTrue(html.contains("posts/&lt;img src=x onerror=alert(1)&gt;.md"));
        assertTrue(html.contains("frontmatter.schema"));
        assertFalse(html.contains("http://") || html.contains("https://"), "self-contained");
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
