package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.report.ReportFixture.Seen;
import dev.contentlint.rules.Finding;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Every report says the same of every finding. */
class ReportsAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINE = Pattern.compile(
            "(.*):(\\d+):(\\d+): (error|warning|suggestion) \\[([^\\]]+)\\] (.*)");

    @TempDir
    Path project;

    @TempDir
    Path out;

    @Test
    void allFormatsReportTheSameFindings() throws Exception {
        ReportContext context = ReportFixture.context(project);
        for (ReportFormat format : ReportFormat.values()) {
            format.write(ReportFixture.result(), context, out);
        }
        Set<Seen> expected = ReportFixture.FINDINGS.stream().map(f -> Seen.of(f, context))
                .collect(Collectors.toSet());
        Set<Seen> expectedInXml = expected.stream().map(Seen::inXml).collect(Collectors.toSet());
        assertEquals(ReportFixture.FINDINGS.size(), expected.size());

        assertEquals(expected, fromJson(out.resolve("contentlint.json"), context));
        assertEquals(expected, fromSarif(out.resolve("contentlint.sarif")));
        assertEquals(expectedInXml, fromCheckstyle(out.resolve("contentlint-checkstyle.xml")));
        assertEquals(expectedInXml, fromJunit(out.resolve("contentlint-junit.xml")));

        String html = Files.readString(out.resolve("contentlint.html"));
        for (Finding finding : ReportFixture.FINDINGS) {
            assertTrue(html.contains(Html.escape(finding.message())),
                    finding.message());
            assertTrue(html.contains(Html.escape(finding.rule())), finding.rule());
        }
    }

    private static Set<Seen> fromJson(Path file, ReportContext context) throws Exception {
        Set<Seen> seen = new HashSet<>();
        for (JsonNode f : JSON.readTree(file.toFile()).get("findings")) {
            seen.add(new Seen(context.projectPath(f.get("path").asText()), f.get("line").asInt(),
                    f.get("column").asInt(), f.get("severity").asText(), f.get("rule").asText(),
                    f.get("message").asText()));
        }
        return seen;
    }

    private static Set<Seen> fromSarif(Path file) throws Exception {
        Set<Seen> seen = new HashSet<>();
        for (JsonNode r : JSON.readTree(file.toFile()).at("/runs/0/results")) {
            JsonNode location = r.at("/locations/0/physicalLocation");
            String path = new URI(location.at("/artifactLocation/uri").asText()).getPath();
            String level = r.get("level").asText();
            seen.add(new Seen(path, location.at("/region/startLine").asInt(),
                    location.at("/region/startColumn").asInt(),
                    level.equals("note") ? "suggestion" : level, r.get("ruleId").asText(),
                    r.at("/message/text").asText()));
        }
        return seen;
    }

    private static Set<Seen> fromCheckstyle(Path file) throws Exception {
        Set<Seen> seen = new HashSet<>();
        for (Element f : XmlReports.children(XmlReports.parse(file).getDocumentElement(), "file")) {
            for (Element e : XmlReports.children(f, "error")) {
                String severity = e.getAttribute("severity");
                seen.add(new Seen(f.getAttribute("name"), Integer.parseInt(e.getAttribute("line")),
                        Integer.parseInt(e.getAttribute("column")),
                        severity.equals("info") ? "suggestion" : severity,
                        e.getAttribute("source"), e.getAttribute("message")));
            }
        }
        return seen;
    }

    private static Set<Seen> fromJunit(Path file) throws Exception {
        Set<Seen> seen = new HashSet<>();
        Element suites = XmlReports.parse(file).getDocumentElement();
        for (Element suite : XmlReports.children(suites, "testsuite")) {
            for (Element test : XmlReports.children(suite, "testcase")) {
                for (Element body : XmlReports.children(test)) {
                    for (String line : body.getTextContent().split("\n")) {
                        if (line.isEmpty()) {
                            continue;
                        }
                        Matcher m = LINE.matcher(line);
                        assertTrue(m.matches(), line);
                        assertEquals(test.getAttribute("name"), m.group(1));
                        seen.add(new Seen(m.group(1), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)), m.group(4), m.group(5),
                                m.group(6)));
                    }
                }
            }
        }
        return seen;
    }
}
