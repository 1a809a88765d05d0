package dev.contentlint.report;

import dev.contentlint.engine.LintResult;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code contentlint-checkstyle.xml}: Checkstyle's XML, as Jenkins Warnings NG and reviewdog
 * ({@code -f=checkstyle}) read it.
 *
 * <pre>{@code
 * <checkstyle version="0.1.0">
 *   <file name="content/posts/a.md">
 *     <error line="6" column="9" severity="error" message="..." source="frontmatter.schema"/>
 *   </file>
 * </checkstyle>
 * }</pre>
 *
 * <p>One {@code file} per file with findings, named relative to the project (reviewdog resolves
 * names against its working directory); severity {@code error}, {@code warning} or {@code info}
 * (for suggestions); {@code source} is the rule id (reviewdog shows it as the finding's code).
 * Columns count code points, as everywhere in contentlint.
 *
 * <p>Findings a baseline accepts are left out: the format cannot mark them, and its readers
 * (Jenkins quality gates, reviewdog) would count them as failures. The report then holds what
 * {@code failOn} judges; the JSON, SARIF and HTML reports hold every finding.
 */
public final class CheckstyleReportWriter implements ReportWriter {

    @Override
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        Map<String, List<Finding>> byFile = result.newFindings().stream().collect(
                Collectors.groupingBy(Finding::path, LinkedHashMap::new, Collectors.toList()));
        XMLStreamWriter xml = XmlText.writer(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", XmlText.attribute(context.toolVersion()));
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", XmlText.attribute(context.projectPath(file.getKey())));
                for (Finding finding : file.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", Integer.toString(finding.line()));
                    xml.writeAttribute("column", Integer.toString(finding.column()));
                    xml.writeAttribute("severity", severity(finding.severity()));
                    xml.writeAttribute("message", XmlText.attribute(finding.message()));
                    xml.writeAttribute("source", XmlText.attribute(finding.rule()));
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            XmlText.finish(xml);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Checkstyle report: " + e.getMessage(), e);
        }
    }

    /** Checkstyle's severities: error, warning, info. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "info";
        };
    }
}
