package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportWriterTest {

    @TempDir
    Path project;

    @TempDir
    Path out;

    @Test
    void oneTestCasePerFileFailingOnErrors() throws Exception {
        Path file = ReportFormat.JUNIT.write(ReportFixture.result(),
                ReportFixture.context(project), out);
        assertEquals(out.resolve("contentlint-junit.xml"), file);
        Document xml = XmlReports.parse(file);

        Element suites = xml.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("3", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("failures"));
        assertEquals("0", suites.getAttribute("errors"));
        assertEquals("1.234", suites.getAttribute("time"));
        List<Element> suiteList = XmlReports.children(suites, "testsuite");
        assertEquals(1, suiteList.size());
        Element suite = suiteList.get(0);
        assertEquals("contentlint", suite.getAttribute("name"));
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("skipped"));
        assertEquals("1.234", suite.getAttribute("time"));

        List<Element> cases = XmlReports.children(suite, "testcase");
        assertEquals(3, cases.size());

        Element clean = cases.get(0);
        assertEquals("contentlint.defaults", clean.getAttribute("classname"));
        assertEquals("content/docs/clean.md", clean.getAttribute("name"));
        assertEquals(List.of(), XmlReports.children(clean));

        Element failing = cases.get(1);
        assertEquals("contentlint.post", failing.getAttribute("classname"));
        assertEquals("content/posts/a.md", failing.getAttribute("name"));
        List<Element> failure = XmlReports.children(failing, "failure");
        assertEquals(1, failure.size());
        assertEquals(1, XmlReports.children(failing).size());
        assertEquals("1 error", failure.get(0).getAttribute("message"));
        assertEquals("contentlint", failure.get(0).getAttribute("type"));
        assertEquals("content/posts/a.md:6:9: error [frontmatter.schema] status: \"drafted\" is"
                + " not one of draft, review\n"
                + "content/posts/a.md:7:1: suggestion [style.passive] 'was written' may be"
                + " passive voice\n", failure.get(0).getTextContent());

        Element passing = cases.get(2);
        assertEquals("content/posts/über café.md", passing.getAttribute("name"));
        assertTrue(XmlReports.children(passing, "failure").isEmpty());
        List<Element> systemOut = XmlReports.children(passing, "system-out");
        assertEquals(1, systemOut.size());
        assertEquals("content/posts/über café.md:2:3: warning [style.quotes] say \"a < b & c\""
                + " \uD83D\uDE00 not <b>bold</b>, \uFFFD control\n"
                + "content/posts/über café.md:3:1: suggestion [filename] file name 'über café.md'"
                + " has a space & an ü\n", systemOut.get(0).getTextContent());
    }
}
