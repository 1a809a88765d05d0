package dev.contentlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code contentlint.json}: the summary and every finding, as the contract fixes them.
 *
 * <p>With a baseline (and only then, so that a report without one keeps the contract's exact
 * keys) it adds: {@code summary.baselined}, how many findings the baseline accepts;
 * {@code "baselined": true} on each of them; and {@code baseline}, the file and how many of its
 * findings no longer occur. The summary's {@code errors}, {@code warnings} and
 * {@code suggestions} then count the new findings, those {@code failOn} judges; the
 * {@code findings} list holds all of them, so its length is their sum plus {@code baselined}.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final SerializableString PATH = new SerializedString("path");
    private static final SerializableString LINE = new SerializedString("line");
    private static final SerializableString COLUMN = new SerializedString("column");
    private static final SerializableString END_LINE = new SerializedString("endLine");
    private static final SerializableString END_COLUMN = new SerializedString("endColumn");
    private static final SerializableString SEVERITY = new SerializedString("severity");
    private static final SerializableString RULE = new SerializedString("rule");
    private static final SerializableString MESSAGE = new SerializedString("message");

    /**
     * Each text as JSON once: a report repeats a file's path for each of its findings, and a
     * rule's message for thousands of them, and the findings share one String for each (see
     * FindingCollector and the result cache), so escaping and encoding it again would be
     * most of the writing.
     */
    private static final class Encoded {

        /** Marks a text that cannot be encoded ahead: the generator writes it its own way. */
        private static final SerializableString AS_IT_IS = new SerializedString("");

        private final Map<String, SerializableString> texts = new IdentityHashMap<>();

        void write(JsonGenerator json, String text) throws IOException {
            SerializableString done = texts.computeIfAbsent(text, Encoded::encode);
            if (done == AS_IT_IS) {
                json.writeString(text);
            } else {
                json.writeString(done);
            }
        }

        private static SerializableString encode(String text) {
            SerializedString encoded = new SerializedString(text);
            try {
                encoded.asQuotedUTF8(); // encoded now, and kept
                return encoded;
            } catch (IllegalArgumentException e) {
                return AS_IT_IS; // half a surrogate pair, which only the generator can write
            }
        }
    }

    /**
     * Each top-level key and each finding on a line of its own, without indentation: easy to
     * read and to grep, and about a third smaller than indented JSON where a big tree has
     * millions of findings.
     */
    private static final class OneFindingPerLine extends MinimalPrettyPrinter {

        private int depth;

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            super.writeStartObject(g);
            depth++;
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            depth--;
            if (depth == 0) {
                g.writeRaw('\n');
            }
            super.writeEndObject(g, entries);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (depth == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth == 1 ? ",\n" : ",");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (values > 0) {
                g.writeRaw('\n');
            }
            super.writeEndArray(g, values);
        }
    }

    @Override
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new OneFindingPerLine());
            json.writeStartObject();
            Summary summary = result.summary();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", summary.files());
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeNumberField("suggestions", summary.suggestions());
            if (result.baseline().isPresent()) {
                json.writeNumberField("baselined", result.baselinedCount());
            }
            json.writeEndObject();
            if (result.baseline().isPresent()) {
                json.writeObjectFieldStart("baseline");
                json.writeStringField("file", result.baseline().get().file());
                json.writeNumberField("fixed", result.baseline().get().fixedFindings());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("findings");
            Encoded encoded = new Encoded();
            for (Finding finding : result.findings()) {
                json.writeStartObject();
                json.writeFieldName(PATH);
                encoded.write(json, finding.path());
                json.writeFieldName(LINE);
                json.writeNumber(finding.line());
                json.writeFieldName(COLUMN);
                json.writeNumber(finding.column());
                json.writeFieldName(END_LINE);
                json.writeNumber(finding.endLine());
                json.writeFieldName(END_COLUMN);
                json.writeNumber(finding.endColumn());
                json.writeFieldName(SEVERITY);
                encoded.write(json, finding.severity().id());
                json.writeFieldName(RULE);
                encoded.write(json, finding.rule());
                json.writeFieldName(MESSAGE);
                encoded.write(json, finding.message());
                if (result.isBaselined(finding)) {
                    json.writeBooleanField("baselined", true);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
