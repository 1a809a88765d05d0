package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.baseline.BaselineEntry;
import dev.contentlint.baseline.BaselineKey;
import dev.contentlint.baseline.BaselineMatch;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * What each report and the console make of findings a baseline accepts: the fixture's error
 * (posts/a.md) and warning (posts/über café.md) are baselined, its two suggestions are new, and
 * two baselined findings of a file that is gone no longer occur.
 */
class BaselinedReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "contentlint-baseline.json";

    @TempDir
    Path project;

    @TempDir
    Path out;

    private static LintResult baselined() {
        return ReportFixture.result().withBaseline(new BaselineMatch(FILE,
                Set.of(ReportFixture.SCHEMA, ReportFixture.QUOTES),
                List.of(new BaselineEntry(new BaselineKey("gone.md", "r", "t", "m"), 2))));
    }

    private static LintResult nothingAccepted() {
        return ReportFixture.result().withBaseline(new BaselineMatch(FILE, Set.of(), List.of()));
    }

    @Test
    void theSummaryCountsNewFindingsOnly() {
        LintResult result = baselined();
        assertEquals(new Summary(3, 0, 0, 2), result.summary());
        assertEquals(4, result.findings().size(), "every finding stays in the result");
        assertEquals(List.of(ReportFixture.PASSIVE, ReportFixture.NAME), result.newFindings());
        assertEquals(2, result.baselinedCount());
        assertEquals(ReportFixture.result().summary(), nothingAccepted().summary());
    }

    @Test
    void jsonMarksBaselinedFindingsAndCountsThem() throws Exception {
        JsonNode json = JSON.readTree(ReportFormat.JSON.write(baselined(),
                ReportFixture.context(project), out).toFile());
        assertEquals(JSON.readTree("{\"files\": 3, \"errors\": 0, \"warnings\": 0,"
                + " \"suggestions\": 2, \"baselined\": 2}"), json.get("summary"));
        assertEquals(JSON.readTree("{\"file\": \"contentlint-baseline.json\", \"fixed\": 2}"),
                json.get("baseline"));
        JsonNode findings = json.get("findings");
        assertEquals(4, findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = ReportFixture.FINDINGS.get(i);
            boolean accepted = f.equals(ReportFixture.SCHEMA) || f.equals(ReportFixture.QUOTES);
            assertEquals(accepted, findings.get(i).path("baselined").asBoolean(false), f.toString());
            // Only keys are added: the contract's keys stay, and "baselined" only where true.
            assertEquals(accepted ? 9 : 8, findings.get(i).size());
        }
    }

    @Test
    void withoutABaselineNoReportSaysAnythingOfOne() throws Exception {
        ReportContext context = ReportFixture.context(project);
        for (ReportFormat format : ReportFormat.values()) {
            String text = Files.readString(format.write(ReportFixture.result(), context, out))
                    // The page's constant style sheet and script know the marks; its markup must not.
                    .replaceAll("(?s)<style>.*?</style>|<script>.*?</script>", "");
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("baseline"), format.id());
        }
    }

    @Test
    void sarifGivesEveryResultItsBaselineStateAndStaysValid() throws Exception {
        JsonNode sarif = JSON.readTree(ReportFormat.SARIF.write(baselined(),
                ReportFixture.context(project), out).toFile());
        assertTrue(SarifReportWriterTest.sarifSchema().validate(sarif).isEmpty());
        JsonNode results = sarif.at("/runs/0/results");
        assertEquals(4, results.size(), "baselined findings stay in SARIF");
        for (int i = 0; i < results.size(); i++) {
            Finding f = ReportFixture.FINDINGS.get(i);
            boolean accepted = f.equals(ReportFixture.SCHEMA) || f.equals(ReportFixture.QUOTES);
            assertEquals(accepted ? "unchanged" : "new", results.get(i).get("baselineState").asText());
        }
        JsonNode none = JSON.readTree(ReportFormat.SARIF.write(nothingAccepted(),
                ReportFixture.context(project), out).toFile());
        none.at("/runs/0/results").forEach(r -> assertEquals("new", r.get("baselineState").asText()));
        JsonNode without = JSON.readTree(ReportFormat.SARIF.write(ReportFixture.result(),
                ReportFixture.context(project), out).toFile());
        without.at("/runs/0/results").forEach(r -> assertTrue(r.path("baselineState").isMissingNode()));
    }

    @Test
    void checkstyleHoldsOnlyNewFindings() throws Exception {
        Element root = XmlReports.parse(ReportFormat.CHECKSTYLE.write(baselined(),
                ReportFixture.context(project), out)).getDocumentElement();
        List<Element> files = XmlReports.children(root, "file");
        assertEquals(2, files.size());
        List<String> sources = files.stream().flatMap(f -> XmlReports.children(f, "error").stream())
                .map(e -> e.getAttribute("source")).toList();
        assertEquals(List.of("style.passive", "filename"), sources);
    }

    @Test
    void junitFailsNoTestCaseForBaselinedErrors() throws Exception {
        Element root = XmlReports.parse(ReportFormat.JUNIT.write(baselined(),
                ReportFixture.context(project), out)).getDocumentElement();
        assertEquals("0", root.getAttribute("failures"));
        Element suite = XmlReports.children(root, "testsuite").get(0);
        Element a = XmlReports.children(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("content/posts/a.md")).findFirst().orElseThrow();
        assertTrue(XmlReports.children(a, "failure").isEmpty());
        assertEquals("content/posts/a.md:7:1: suggestion [style.passive] 'was written' may be passive voice\n"
                + "content/posts/a.md:6:9: error [frontmatter.schema] status: \"drafted\" is not one of"
                + " draft, review (baselined)\n",
                XmlReports.children(a, "system-out").get(0).getTextContent());

        // A new error next to a baselined one: the failure lists the new, system-out the old.
        Finding fresh = new Finding("posts/a.md", 9, 1, 9, 2, Severity.ERROR, "filename", "new one");
        LintResult plain = ReportFixture.result();
        List<Finding> all = new java.util.ArrayList<>(plain.findings());
        all.add(fresh);
        all.sort(Finding.ORDER);
        List<dev.contentlint.engine.FileResult> files = plain.files().stream()
                .map(f -> !f.path().equals("posts/a.md") ? f : new dev.contentlint.engine.FileResult(
                        f.path(), f.type(), f.status(), f.bytes(),
                        java.util.stream.Stream.concat(f.findings().stream(), java.util.stream.Stream.of(fresh))
                                .toList()))
                .toList();
        LintResult mixed = new LintResult(files, all, Summary.of(3, all), 1, plain.elapsed(),
                plain.rules()).withBaseline(new BaselineMatch(FILE, Set.of(ReportFixture.SCHEMA), List.of()));
        Element mixedRoot = XmlReports.parse(ReportFormat.JUNIT.write(mixed,
                ReportFixture.context(project), out)).getDocumentElement();
        assertEquals("1", mixedRoot.getAttribute("failures"));
        Element mixedA = XmlReports.children(XmlReports.children(mixedRoot, "testsuite").get(0),
                "testcase").stream().filter(c -> c.getAttribute("name").equals("content/posts/a.md"))
                .findFirst().orElseThrow();
        Element failure = XmlReports.children(mixedA, "failure").get(0);
        assertEquals("1 error", failure.getAttribute("message"));
        assertFalse(failure.getTextContent().contains("frontmatter.schema"));
        assertTrue(failure.getTextContent().contains("new one"));
        assertTrue(XmlReports.children(mixedA, "system-out").get(0).getTextContent()
                .contains("[frontmatter.schema] status: \"drafted\" is not one of draft, review (baselined)"));
    }

    @Test
    void htmlMarksBaselinedFindingsAndOffersToHideThem() throws Exception {
        String html = Files.readString(ReportFormat.HTML.write(baselined(),
                ReportFixture.context(project), out));
        assertTrue(html.contains("<dt>Baselined</dt><dd>2</dd>"), html);
        assertTrue(html.contains("<dt>Errors</dt><dd>0</dd>"), "totals count new findings");
        assertTrue(html.contains("<input type=\"checkbox\" id=\"show-baselined\" checked> baselined"));
        assertTrue(html.contains("<th class=\"n\">Baselined</th>"));
        Matcher items = Pattern.compile("<li class=\"finding baselined\" data-baselined=\"1\""
                + " data-sev=\"(\\w+)\">").matcher(html);
        List<String> severities = items.results().map(m -> m.group(1)).toList();
        assertEquals(List.of("error", "warning"), severities);
        assertEquals(2, html.split("<li class=\"finding\" data-sev=", -1).length - 1, "two new ones");
        assertTrue(html.contains("<span class=\"badge baselined\" title=\"accepted by the baseline\">"
                + "baselined</span>"));
        assertTrue(html.contains("2 findings accepted"));
        assertTrue(html.contains("2 baselined findings no longer occur"));
        // The files table knows each file's baselined findings, for the filter.
        assertTrue(html.contains("data-e=\"0\" data-w=\"0\" data-s=\"1\" data-b=\"1\""), html);
    }

    @Test
    void theConsolePrintsNewFindingsAndSummarisesTheRest() {
        LintResult result = baselined();
        List<String> lines = ConsoleReport.findings(result, 100, "r.html").stream()
                .map(ConsoleReport.Line::text).toList();
        assertEquals(List.of(ConsoleReport.line(ReportFixture.PASSIVE),
                ConsoleReport.line(ReportFixture.NAME)), lines);
        assertEquals("contentlint: 3 files checked: 0 new errors, 0 new warnings, 2 new suggestions",
                ConsoleReport.summary(result));
        assertEquals(List.of("contentlint: 2 findings accepted by the baseline"
                        + " contentlint-baseline.json (not printed; the reports mark them)",
                "contentlint: 2 baselined findings no longer occur (fixed); run mvn"
                        + " contentlint:baseline to drop them from contentlint-baseline.json"),
                ConsoleReport.baseline(result));
        assertEquals(ConsoleReport.summary(ReportFixture.result().summary()),
                ConsoleReport.summary(ReportFixture.result()));
        assertEquals(List.of(), ConsoleReport.baseline(ReportFixture.result()));
    }

    @Test
    void githubAnnotationsLeaveBaselinedFindingsOut() {
        List<String> lines = GithubAnnotations.lines(baselined(), ReportFixture.context(project),
                project, "r.html");
        assertEquals(2, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("::notice ")), lines.toString());
    }
}
