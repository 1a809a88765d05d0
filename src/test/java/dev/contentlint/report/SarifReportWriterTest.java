package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    @TempDir
    Path out;

    private JsonNode write(LintResult result, ReportContext context) throws Exception {
        Path file = ReportFormat.SARIF.write(result, context, out);
        assertEquals(out.resolve("contentlint.sarif"), file);
        return JSON.readTree(file.toFile());
    }

    /** The official SARIF 2.1.0 schema (draft-07), formats asserted, nothing fetched. */
    static Schema sarifSchema() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        try (InputStream in = SarifReportWriterTest.class
                .getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode schema = JSON.readTree(in);
            return registry.getSchema(SchemaLocation.of(schema.get("$id").asText()), schema);
        }
    }

    @Test
    void isValidAgainstTheSarifSchema() throws Exception {
        Schema schema = sarifSchema();
        JsonNode sarif = write(ReportFixture.result(), ReportFixture.context(project));
        List<Error> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());

        // The schema does bite: a column 0, an unknown property, a bad level are each refused.
        ObjectNode zeroColumn = sarif.deepCopy();
        ((ObjectNode) zeroColumn.at("/runs/0/results/0/locations/0/physicalLocation/region"))
                .put("startColumn", 0);
        assertFalse(schema.validate(zeroColumn).isEmpty());
        ObjectNode unknown = sarif.deepCopy();
        ((ObjectNode) unknown.at("/runs/0/results/0")).put("severity", "error");
        assertFalse(schema.validate(unknown).isEmpty());
        ObjectNode badLevel = sarif.deepCopy();
        ((ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "suggestion");
        assertFalse(schema.validate(badLevel).isEmpty());
        ObjectNode spaceInUri = sarif.deepCopy();
        ((ObjectNode) spaceInUri.at("/runs/0/results/0/locations/0/physicalLocation/"
                + "artifactLocation")).put("uri", "content/a b.md");
        assertFalse(schema.validate(spaceInUri).isEmpty());
    }

    @Test
    void emptyResultIsValidToo() throws Exception {
        LintResult empty = new LintResult(List.of(), List.of(), new Summary(0, 0, 0, 0), 0,
                Duration.ZERO, List.of());
        JsonNode sarif = write(empty, ReportFixture.context(project));
        assertTrue(sarifSchema().validate(sarif).isEmpty());
        assertEquals(0, sarif.at("/runs/0/results").size());
        assertEquals(0, sarif.at("/runs/0/tool/driver/rules").size());
    }

    @Test
    void hasTheShapeGitHubCodeScanningReads() throws Exception {
        ReportContext context = ReportFixture.context(project);
        JsonNode sarif = write(ReportFixture.result(), context);

        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema").asText());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(1, sarif.get("runs").size());
        JsonNode run = sarif.at("/runs/0");
        assertEquals("contentlint", run.at("/tool/driver/name").asText());
        assertEquals("1.2.3-test", run.at("/tool/driver/version").asText());
        assertTrue(run.at("/tool/driver/informationUri").isMissingNode());
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        String base = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
        assertTrue(base.startsWith("file:/") && base.endsWith("/"), base);
        assertEquals(project.toAbsolutePath().normalize(), Path.of(URI.create(base)));

        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(4, rules.size());
        assertEquals("frontmatter.schema", rules.at("/0/id").asText());
        assertEquals("Front matter must match its type's schema",
                rules.at("/0/shortDescription/text").asText());
        assertEquals("https://example.org/rules/frontmatter-schema",
                rules.at("/0/helpUri").asText());
        assertEquals("error", rules.at("/0/defaultConfiguration/level").asText());
        assertEquals("warning", rules.at("/1/defaultConfiguration/level").asText());
        assertTrue(rules.at("/1/helpUri").isMissingNode());
        assertEquals("note", rules.at("/2/defaultConfiguration/level").asText());
        // A rule that reported without a description is listed by its id alone.
        assertEquals("filename", rules.at("/3/id").asText());
        assertEquals(1, rules.get(3).size());

        JsonNode results = run.get("results");
        assertEquals(ReportFixture.FINDINGS.size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Finding f = ReportFixture.FINDINGS.get(i);
            assertEquals(f.rule(), r.get("ruleId").asText());
            assertEquals(f.rule(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            assertEquals(SarifReportWriter.level(f.severity()), r.get("level").asText());
            assertEquals(f.message(), r.at("/message/text").asText());
            JsonNode location = r.at("/locations/0/physicalLocation");
            assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
            assertEquals(f.line(), location.at("/region/startLine").asInt());
            assertEquals(f.column(), location.at("/region/startColumn").asInt());
            assertEquals(f.endLine(), location.at("/region/endLine").asInt());
            assertEquals(f.endColumn(), location.at("/region/endColumn").asInt());
        }
        JsonNode hostile = results.get(2);
        assertEquals("style.quotes", hostile.get("ruleId").asText());
        assertEquals("warning", hostile.get("level").asText());
        assertEquals(ReportFixture.HOSTILE_MESSAGE, hostile.at("/message/text").asText());
        assertEquals("content/posts/%C3%BCber%20caf%C3%A9.md",
                hostile.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("content/posts/a.md",
                results.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("note", results.at("/1/level").asText());
        // The empty region stays empty (SARIF §3.30.2 allows one; the schema only wants >= 1).
        JsonNode empty = results.at("/3/locations/0/physicalLocation/region");
        assertEquals(empty.get("startColumn"), empty.get("endColumn"));
    }

    @Test
    void relativeUrisAreEscapedReferences() {
        assertEquals("content/a.md", SarifReportWriter.relativeUri("content/a.md"));
        assertEquals("a%20b/%C3%BC.md", SarifReportWriter.relativeUri("a b/ü.md"));
        assertEquals("x/100%25%20sure.md", SarifReportWriter.relativeUri("x/100% sure.md"));
        assertEquals("a%23b%3F.md", SarifReportWriter.relativeUri("a#b?.md"));
        assertEquals("./c:d.md", SarifReportWriter.relativeUri("c:d.md"));
        assertEquals("x/c:d.md", SarifReportWriter.relativeUri("x/c:d.md"));
        assertEquals("%F0%9F%98%80.md", SarifReportWriter.relativeUri("\uD83D\uDE00.md"));
    }

    @Test
    void contentOutsideTheProjectIsNamedByItsAbsoluteUri() throws Exception {
        Path elsewhere = out.resolve("elsewhere");
        ReportContext context = new ReportContext(elsewhere, project, "1");
        Finding finding = new Finding("a b.md", 1, 1, 1, 2, Severity.ERROR, "x", "m");
        LintResult result = new LintResult(List.of(), List.of(finding),
                Summary.of(1, List.of(finding)), 0, Duration.ZERO, List.of());
        JsonNode sarif = write(result, context);
        JsonNode artifact = sarif.at("/runs/0/results/0/locations/0/physicalLocation"
                + "/artifactLocation");
        assertTrue(artifact.get("uriBaseId") == null, artifact.toString());
        assertEquals(elsewhere.resolve("a b.md").toAbsolutePath().normalize(),
                Path.of(URI.create(artifact.get("uri").asText())));
        assertTrue(sarifSchema().validate(sarif).isEmpty());
    }
}
