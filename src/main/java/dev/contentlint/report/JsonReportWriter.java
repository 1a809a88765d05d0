package dev.contentlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import java.io.IOException;
import java.io.OutputStream;

/** {@code contentlint.json}: the summary and every finding, as the contract fixes them. */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            Summary summary = result.summary();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", summary.files());
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeNumberField("suggestions", summary.suggestions());
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                json.writeStartObject();
                json.writeStringField("path", finding.path());
                json.writeNumberField("line", finding.line());
                json.writeNumberField("column", finding.column());
                json.writeNumberField("endLine", finding.endLine());
                json.writeNumberField("endColumn", finding.endColumn());
                json.writeStringField("severity", finding.severity().id());
                json.writeStringField("rule", finding.rule());
                json.writeStringField("message", finding.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
