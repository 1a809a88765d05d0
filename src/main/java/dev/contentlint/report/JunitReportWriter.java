package dev.contentlint.report;

import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code contentlint-junit.xml}: one test case per checked file, as GitLab's and Jenkins' JUnit
 * readers take it ({@code testsuites/testsuite/testcase}).
 *
 * <pre>{@code
 * <testsuites name="contentlint" tests="2" failures="1" errors="0" time="0.005">
 *   <testsuite name="contentlint" tests="2" failures="1" errors="0" skipped="0" time="0.005">
 *     <testcase classname="contentlint.post" name="content/posts/a.md">
 *       <failure message="1 error" type="contentlint">content/posts/a.md:6:9: error [rule] ...</failure>
 *     </testcase>
 *     <testcase classname="contentlint.post" name="content/posts/b.md">
 *       <system-out>content/posts/b.md:1:1: warning [rule] ...</system-out>
 *     </testcase>
 *   </testsuite>
 * </testsuites>
 * }</pre>
 *
 * <p>A file fails when it has an error-level finding; the failure lists all its findings, one a
 * line. A file with only warnings and suggestions passes and lists them in {@code system-out}.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        List<FileResult> files = result.files();
        int failures = (int) files.stream().filter(JunitReportWriter::fails).count();
        String time = String.format(Locale.ROOT, "%.3f", result.elapsed().toNanos() / 1e9);
        XMLStreamWriter xml = XmlText.writer(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "contentlint");
            xml.writeAttribute("tests", Integer.toString(files.size()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", time);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "contentlint");
            xml.writeAttribute("tests", Integer.toString(files.size()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", time);
            for (FileResult file : files) {
                writeCase(xml, file, context);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            XmlText.finish(xml);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void writeCase(XMLStreamWriter xml, FileResult file, ReportContext context)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", XmlText.attribute("contentlint." + file.type()));
        xml.writeAttribute("name", XmlText.attribute(context.projectPath(file.path())));
        if (!file.findings().isEmpty()) {
            long errors = file.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).count();
            StringBuilder text = new StringBuilder();
            for (Finding finding : file.findings()) {
                text.append(line(finding, context)).append('\n');
            }
            xml.writeCharacters("\n      ");
            if (errors > 0) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", ConsoleReport.plural((int) errors, "error"));
                xml.writeAttribute("type", "contentlint");
            } else {
                xml.writeStartElement("system-out");
            }
            xml.writeCharacters(XmlText.content(text.toString()));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static boolean fails(FileResult file) {
        return file.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The console's line, with the path relative to the project, and on one line. */
    static String line(Finding finding, ReportContext context) {
        return context.projectPath(finding.path()) + ":" + finding.line() + ":" + finding.column()
                + ": " + finding.severity().id() + " [" + finding.rule() + "] "
                + finding.message().replaceAll("\\R", " ");
    }
}
