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
 *
 * <p>With a baseline, only new findings count: a file fails when it has a new error, and its
 * failure lists its new findings. Baselined findings never fail a test case (CI test tabs would
 * otherwise stay red for the old debt); they are listed in {@code system-out}, each line ending
 * in {@code (baselined)}.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        List<FileResult> files = result.files();
        int failures = (int) files.stream().filter(f -> fails(f, result)).count();
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
                writeCase(xml, file, result, context);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            XmlText.finish(xml);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void writeCase(XMLStreamWriter xml, FileResult file, LintResult result,
            ReportContext context) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", XmlText.attribute("contentlint." + file.type()));
        xml.writeAttribute("name", XmlText.attribute(context.projectPath(file.path())));
        List<Finding> fresh = file.findings().stream().filter(f -> !result.isBaselined(f)).toList();
        long errors = fresh.stream().filter(f -> f.severity() == Severity.ERROR).count();
        StringBuilder failure = new StringBuilder();
        StringBuilder out = new StringBuilder();
        for (Finding finding : fresh) {
            (errors > 0 ? failure : out).append(line(finding, context)).append('\n');
        }
        for (Finding finding : file.findings()) {
            if (result.isBaselined(finding)) {
                out.append(line(finding, context)).append(" (baselined)\n");
            }
        }
        if (failure.length() > 0) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", ConsoleReport.plural((int) errors, "error"));
            xml.writeAttribute("type", "contentlint");
            xml.writeCharacters(XmlText.content(failure.toString()));
            xml.writeEndElement();
        }
        if (out.length() > 0) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.content(out.toString()));
            xml.writeEndElement();
        }
        if (failure.length() > 0 || out.length() > 0) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static boolean fails(FileResult file, LintResult result) {
        return file.findings().stream()
                .anyMatch(f -> f.severity() == Severity.ERROR && !result.isBaselined(f));
    }

    /** The console's line, with the path relative to the project, and on one line. */
    static String line(Finding finding, ReportContext context) {
        return context.projectPath(finding.path()) + ":" + finding.line() + ":" + finding.column()
                + ": " + finding.severity().id() + " [" + finding.rule() + "] "
                + finding.message().replaceAll("\\R", " ");
    }
}
