package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CheckstyleReportWriterTest {

    @TempDir
    Path project;

    @TempDir
    Path out;

    @Test
    void hasTheShapeReviewdogAndWarningsNgRead() throws Exception {
        Path file = ReportFormat.CHECKSTYLE.write(ReportFixture.result(),
                ReportFixture.context(project), out);
        assertEquals(out.resolve("contentlint-checkstyle.xml"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertFalse(text.contains("\u0001"), "no character XML 1.0 cannot hold");
        assertTrue(text.contains("\uD83D\uDE00"), "the emoji as itself, in UTF-8");

        Document xml = XmlReports.parse(file);
        Element root = xml.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        assertEquals("1.2.3-test", root.getAttribute("version"));
        List<Element> files = XmlReports.children(root);
        // Only files with findings; the clean one is not listed.
        assertEquals(2, files.size());
        assertEquals("content/posts/a.md", files.get(0).getAttribute("name"));
        assertEquals("content/posts/über café.md", files.get(1).getAttribute("name"));

        List<Element> first = XmlReports.children(files.get(0), "error");
        assertEquals(2, first.size());
        Element schema = first.get(0);
        assertEquals("6", schema.getAttribute("line"));
        assertEquals("9", schema.getAttribute("column"));
        assertEquals("error", schema.getAttribute("severity"));
        assertEquals("frontmatter.schema", schema.getAttribute("source"));
        assertEquals(ReportFixture.SCHEMA.message(), schema.getAttribute("message"));
        assertEquals("info", first.get(1).getAttribute("severity"));

        List<Element> second = XmlReports.children(files.get(1), "error");
        Element hostile = second.get(0);
        assertEquals("warning", hostile.getAttribute("severity"));
        assertEquals("style.quotes", hostile.getAttribute("source"));
        assertEquals("say \"a < b & c\" \uD83D\uDE00 not <b>bold</b>, \uFFFD control",
                hostile.getAttribute("message"));
        assertEquals("info", second.get(1).getAttribute("severity"));
        assertEquals("1", second.get(1).getAttribute("column"));
    }

    @Test
    void xmlTextReplacesWhatXml10CannotHold() {
        assertEquals("a\uFFFDb", XmlText.content("a\u0001b"));
        assertEquals("a\tb\nc\rd", XmlText.content("a\tb\nc\rd"));
        assertEquals("\uFFFD\uFFFD", XmlText.content("\uFFFE\uFFFF"));
        assertEquals("x\uFFFDy\uFFFD", XmlText.content("x\uD800y\uDC00"));
        assertEquals("\uD83D\uDE00", XmlText.content("\uD83D\uDE00"));
        assertEquals("a b c d", XmlText.attribute("a\tb\r\nc\nd"));
        String plain = "nothing to do";
        assertTrue(plain == XmlText.content(plain));
    }
}
