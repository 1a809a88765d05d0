package dev.contentlint.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline file, {@code contentlint-baseline.json}: written so that it reads well in a pull
 * request, read so that every problem is a message naming the file, never a stack trace.
 *
 * <pre>{@code
 * {
 *   "format" : "contentlint-baseline",
 *   "version" : 1,
 *   "about" : "Findings accepted by contentlint: ...",
 *   "entries" : [
 *     { "path" : "posts/a.md", "rule" : "Carter.EmDash", "text" : "—", "message" : "Don't use ...", "count" : 3 },
 *     { "path" : "posts/b.md", "rule" : "filename", "text" : "", "message" : "file name ...", "count" : 1 }
 *   ]
 * }
 * }</pre>
 *
 * <p><b>One entry a line</b>, sorted by path, rule, text and message, and no line numbers: a
 * rewritten baseline differs from the old one by exactly the lines of the findings that came or
 * went, and edits that only shift lines change nothing in it. {@code format} marks the file as a
 * baseline, so that a foreign JSON file (a report, say) given by mistake is refused rather than
 * overwritten; {@code version} lets a later format be told apart. Unknown keys are ignored.
 */
public final class BaselineJson {

    /** The value of {@code format}. */
    public static final String FORMAT = "contentlint-baseline";

    static final String ABOUT = "Findings accepted by contentlint: validate fails only on findings"
            + " that are not listed here. Rewrite it with mvn contentlint:baseline; never edit by hand.";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private BaselineJson() {}

    /** Writes a baseline in the file's layout (UTF-8, a line break at the end). */
    public static void write(Baseline baseline, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new EntryIndenter())
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", Baseline.VERSION);
            json.writeStringField("about", ABOUT);
            json.writeArrayFieldStart("entries");
            for (BaselineEntry entry : baseline.entries()) {
                BaselineKey key = entry.key();
                json.writeStartObject();
                json.writeStringField("path", key.path());
                json.writeStringField("rule", key.rule());
                json.writeStringField("text", key.text());
                json.writeStringField("message", key.message());
                json.writeNumberField("count", entry.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * Reads a baseline file.
     *
     * @param name the file as messages name it
     * @throws BaselineFileException where it cannot be read, is not JSON, is not a baseline, or
     *     is a baseline of a newer format
     */
    public static Baseline read(Path file, String name) throws BaselineFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new BaselineFileException(BaselineFileException.Kind.UNREADABLE,
                    "cannot read the baseline " + name + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()), "");
        }
        String content = new String(bytes, StandardCharsets.UTF_8);
        if (content.isBlank()) {
            // Nothing to lose: a new baseline may replace an empty file.
            throw corrupt(name + " is empty");
        }
        // Only a file that names the format is ever replaced by a new baseline.
        boolean ours = content.contains("\"" + FORMAT + "\"");
        JsonNode root;
        try {
            root = READER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
            String problem = name + where + ": not valid JSON (" + e.getOriginalMessage()
                    .replaceAll("\\R", " ") + ")";
            throw ours ? corrupt(problem) : foreign(problem);
        } catch (IOException e) {
            String problem = name + ": not valid JSON (" + e.getMessage() + ")";
            throw ours ? corrupt(problem) : foreign(problem);
        }
        if (root == null || root.isMissingNode() || !root.isObject()
                || !FORMAT.equals(root.path("format").asText(null))) {
            throw foreign(name + ": not a contentlint baseline: it has no \"format\" : \""
                    + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToExactIntegral() || version.asInt() < 1) {
            throw corrupt(name + ": \"version\" must be a whole number (" + Baseline.VERSION
                    + " for this contentlint)");
        }
        if (version.asInt() > Baseline.VERSION) {
            throw new BaselineFileException(BaselineFileException.Kind.NEWER, name
                    + " has format version " + version.asText() + ", written by a newer"
                    + " contentlint; this one reads version " + Baseline.VERSION, "Use the"
                    + " newer contentlint, or record the baseline anew with this one"
                    + " (delete the file, then mvn contentlint:baseline)");
        }
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw corrupt(name + ": \"entries\" must be a list");
        }
        List<BaselineEntry> read = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            read.add(entry(entries.get(i), name + ": entries[" + i + "]"));
        }
        try {
            return Baseline.ofEntries(read);
        } catch (ArithmeticException e) {
            throw corrupt(name + ": the counts add up to more than a whole number holds");
        }
    }

    private static BaselineEntry entry(JsonNode node, String where) throws BaselineFileException {
        if (!node.isObject()) {
            throw corrupt(where + ": must be an object with path, rule, text, message and"
                    + " count");
        }
        String path = text(node, "path", where);
        if (path.isEmpty()) {
            throw corrupt(where + ".path: must not be empty");
        }
        String rule = text(node, "rule", where);
        String text = text(node, "text", where);
        String message = text(node, "message", where);
        JsonNode count = node.get("count");
        if (count == null || !count.isIntegralNumber() || !count.canConvertToInt()
                || count.asInt() < 1) {
            throw corrupt(where + ".count: must be a whole number of at least 1");
        }
        return new BaselineEntry(new BaselineKey(path, rule, text, message), count.asInt());
    }

    private static String text(JsonNode node, String field, String where)
            throws BaselineFileException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw corrupt(where + "." + field + ": must be text");
        }
        return value.asText();
    }

    private static BaselineFileException corrupt(String problem) {
        return new BaselineFileException(BaselineFileException.Kind.CORRUPT, problem,
                "Fix it, or record the baseline anew with mvn contentlint:baseline"
                        + " (a merge conflict in it is resolved the same way)");
    }

    private static BaselineFileException foreign(String problem) {
        return new BaselineFileException(BaselineFileException.Kind.FOREIGN, problem,
                "Point baselineFile (contentlint.baselineFile) at the baseline that"
                        + " mvn contentlint:baseline wrote");
    }

    /**
     * Puts the fields of the top-level object on their own lines and each entry's fields on
     * the entry's one line.
     */
    private static final class EntryIndenter implements DefaultPrettyPrinter.Indenter {

        @Override
        public void writeIndentation(JsonGenerator json, int level) throws IOException {
            if (level <= 1) {
                json.writeRaw(level == 1 ? "\n  " : "\n");
            } else {
                json.writeRaw(' ');
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
