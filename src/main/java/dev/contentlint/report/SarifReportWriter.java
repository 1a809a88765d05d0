package dev.contentlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.contentlint.engine.LintResult;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code contentlint.sarif}: SARIF 2.1.0, as GitHub code scanning reads it.
 *
 * <pre>{@code
 * {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
 *  "runs": [{
 *    "tool": {"driver": {"name": "contentlint", "version": "0.1.0", "rules": [
 *      {"id": "frontmatter.schema", "shortDescription": {"text": "..."},
 *       "helpUri": "...", "defaultConfiguration": {"level": "error"}}]}},
 *    "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///home/me/site/"}},
 *    "columnKind": "unicodeCodePoints",
 *    "results": [{"ruleId": "frontmatter.schema", "ruleIndex": 0, "level": "error",
 *      "message": {"text": "..."},
 *      "locations": [{"physicalLocation": {
 *        "artifactLocation": {"uri": "content/posts/a.md", "uriBaseId": "%SRCROOT%"},
 *        "region": {"startLine": 6, "startColumn": 9, "endLine": 6, "endColumn": 16}}}]}]}]}
 * }</pre>
 *
 * <p>Columns count code points, so the run says {@code columnKind: unicodeCodePoints} (SARIF
 * 2.1.0 §3.14.17) rather than the UTF-16 code units a consumer assumes otherwise. A finding whose
 * end equals its start is written as the empty region it is (§3.30.2 allows one). Every rule that
 * ran is listed, and any rule a finding names that is not among them is added with its id alone,
 * so that every result has a {@code ruleIndex}.
 *
 * <p>With a baseline, every result carries {@code baselineState} (§3.27.24): {@code unchanged}
 * for a finding the baseline accepts, {@code new} for the others; without one, none does.
 * Fixed baseline entries are not written as {@code absent} results: they have no location, and
 * code scanning would show them as alerts.
 */
public final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(LintResult result, ReportContext context, OutputStream out)
            throws IOException {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleInfo rule : result.rules()) {
            if (!ruleIndex.containsKey(rule.id())) {
                ruleIndex.put(rule.id(), rules.size());
                rules.add(rule);
            }
        }
        List<String> unknownRules = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (!ruleIndex.containsKey(finding.rule())) {
                ruleIndex.put(finding.rule(), rules.size() + unknownRules.size());
                unknownRules.add(finding.rule());
            }
        }
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();

            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "contentlint");
            json.writeStringField("version", context.toolVersion());
            json.writeArrayFieldStart("rules");
            for (RuleInfo rule : rules) {
                writeRule(json, rule);
            }
            for (String id : unknownRules) {
                json.writeStartObject();
                json.writeStringField("id", id);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();

            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            json.writeStringField("uri", folderUri(context.projectRoot()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "unicodeCodePoints");

            json.writeArrayFieldStart("results");
            for (Finding finding : result.findings()) {
                writeResult(json, finding, ruleIndex.get(finding.rule()), context,
                        result.baseline().isEmpty() ? null
                                : result.isBaselined(finding) ? "unchanged" : "new");
            }
            json.writeEndArray();

            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeRule(JsonGenerator json, RuleInfo rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        if (rule.description() != null && !rule.description().isBlank()) {
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.description());
            json.writeEndObject();
        }
        Optional<String> helpUri = rule.helpUri() == null ? Optional.empty() : rule.helpUri();
        if (helpUri.isPresent() && isAbsoluteUri(helpUri.get())) {
            json.writeStringField("helpUri", helpUri.get());
        }
        if (rule.defaultSeverity() != null) {
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.defaultSeverity()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex,
            ReportContext context, String baselineState) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        if (baselineState != null) {
            json.writeStringField("baselineState", baselineState);
        }
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        Path file = context.contentRoot().resolve(finding.path()).normalize();
        if (file.startsWith(context.projectRoot())) {
            json.writeStringField("uri", relativeUri(context.projectPath(finding.path())));
            json.writeStringField("uriBaseId", SRCROOT);
        } else {
            // Content outside the project: no base can name it, so its absolute URI.
            json.writeStringField("uri", file.toUri().toASCIIString());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", finding.line());
        json.writeNumberField("startColumn", finding.column());
        json.writeNumberField("endLine", finding.endLine());
        json.writeNumberField("endColumn", finding.endColumn());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** SARIF's levels: error, warning, note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "note";
        };
    }

    /**
     * A relative URI reference for a {@code /}-separated relative path: spaces, non-ASCII and
     * every character not allowed in a path (including {@code %}, {@code ?} and {@code #})
     * percent-encoded as UTF-8.
     */
    static String relativeUri(String path) {
        String safe = path;
        int slash = path.indexOf('/');
        String firstSegment = slash < 0 ? path : path.substring(0, slash);
        if (firstSegment.contains(":")) {
            // Else "a:b.md" would read as a URI with the scheme "a".
            safe = "./" + path;
        }
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }

    /** A folder's {@code file:} URI, ending in {@code /} as a base URI must. */
    static String folderUri(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
