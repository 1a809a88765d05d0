package dev.contentlint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contentlint:baseline} and {@code validate} with a baseline, on a project of their own
 * in a temporary folder (the test never writes into its source tree): a post type with a schema
 * and a house style that forbids em dashes.
 */
@MojoTest
@Basedir("src/test/resources/unit/project")
class BaselineMojoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    private final CapturingLog log = new CapturingLog();

    private static final String GOOD_FRONT = "---\nname: a\nstatus: draft\n---\n";

    @BeforeEach
    void writeProject() throws Exception {
        Files.createDirectories(project.resolve("content/posts"));
        Files.createDirectories(project.resolve("schemas"));
        Files.createDirectories(project.resolve("styles/House"));
        Files.writeString(project.resolve("contentlint.yaml"), """
                content: content
                types:
                  post:
                    match:
                      paths: ["posts/**"]
                    frontMatter:
                      required: true
                      schema: schemas/post.schema.yaml
                    styles: [House]
                """);
        Files.writeString(project.resolve("schemas/post.schema.yaml"), """
                type: object
                required: [name, status]
                properties:
                  name: { type: string }
                  status: { enum: [draft, review, published] }
                """);
        Files.writeString(project.resolve("styles/House/EmDash.yml"), """
                extends: existence
                message: "Don't use an em dash ('%s')."
                level: error
                nonword: true
                tokens: ['\u2014']
                """);
        write("posts/a.md", "---\nname: a\nstatus: drafted\n---\n\n# A\n\nOne \u2014 two \u2014 three.\n");
        write("posts/b.md", GOOD_FRONT + "\n# B\n\nFine \u2014 mostly.\n");
        write("posts/c.md", GOOD_FRONT + "\n# C\n\nClean.\n");
    }

    private void write(String path, String text) throws Exception {
        Files.writeString(project.resolve("content").resolve(path), text, StandardCharsets.UTF_8);
    }

    private <T extends AbstractContentlintMojo> T prepared(T mojo) throws Exception {
        setVariableValueToObject(mojo, "basedir", project.toFile());
        setVariableValueToObject(mojo, "configFile", project.resolve("contentlint.yaml").toFile());
        setVariableValueToObject(mojo, "outputDirectory", project.resolve("target/contentlint").toFile());
        setVariableValueToObject(mojo, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(mojo, "baselineFile", project.resolve("contentlint-baseline.json").toFile());
        mojo.setLog(log);
        return mojo;
    }

    private Path baseline() {
        return project.resolve("contentlint-baseline.json");
    }

    private JsonNode report() throws Exception {
        return JSON.readTree(project.resolve("target/contentlint/contentlint.json").toFile());
    }

    @Test
    void theDefaultBaselineFileIsBesideThePom(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo mojo) throws Exception {
        File file = (File) getVariableValueFromObject(mojo, "baselineFile");
        File basedir = (File) getVariableValueFromObject(mojo, "basedir");
        assertEquals(new File(basedir, "contentlint-baseline.json").getAbsoluteFile(),
                file.getAbsoluteFile());
    }

    @Test
    void recordsTodaysFindingsWithoutFailing(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo mojo) throws Exception {
        prepared(mojo).execute();

        assertTrue(log.lines.contains("[INFO] contentlint: recorded 4 findings in 2 files in the"
                + " baseline contentlint-baseline.json (4 errors, 0 warnings, 0 suggestions;"
                + " 3 files checked)"), log.text());
        JsonNode file = JSON.readTree(baseline().toFile());
        assertEquals("contentlint-baseline", file.get("format").asText());
        assertEquals(1, file.get("version").asInt());
        JsonNode entries = file.get("entries");
        assertEquals(3, entries.size(), entries.toString());
        assertEquals("posts/a.md", entries.at("/0/path").asText());
        assertEquals("House.EmDash", entries.at("/0/rule").asText());
        assertEquals("\u2014", entries.at("/0/text").asText());
        assertEquals(2, entries.at("/0/count").asInt());
        assertEquals("frontmatter.schema", entries.at("/1/rule").asText());
        assertEquals("drafted", entries.at("/1/text").asText());
        assertEquals("posts/b.md", entries.at("/2/path").asText());
        assertFalse(Files.exists(project.resolve("target/contentlint/contentlint.json")),
                "the baseline goal writes no report");
    }

    @Test
    void validateFailsOnlyOnNewFindingsAfterARecording(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo record,
            @InjectMojo(goal = "validate", pom = "pom.xml") ValidateMojo validate) throws Exception {
        prepared(record).execute();
        prepared(validate);

        // Today: every finding is accepted, the build passes.
        log.lines.clear();
        validate.execute();
        assertTrue(log.lines.contains("[INFO] contentlint: 3 files checked: 0 new errors, 0 new"
                + " warnings, 0 new suggestions"), log.text());
        assertTrue(log.lines.contains("[INFO] contentlint: 4 findings accepted by the baseline"
                + " contentlint-baseline.json (not printed; the reports mark them)"), log.text());
        assertFalse(log.text().contains("[ERROR] posts/"), "baselined findings are not printed");
        assertEquals(4, report().at("/summary/baselined").asInt());

        // Lines inserted above, a third dash added to a.md, b.md's dash fixed.
        write("posts/a.md", "---\nname: a\nstatus: drafted\n---\n\nAn intro.\n\nMore.\n\n# A\n\n"
                + "One \u2014 two \u2014 three \u2014 four.\n");
        write("posts/b.md", GOOD_FRONT + "\n# B\n\nFine, mostly.\n");
        log.lines.clear();
        MojoFailureException failure = assertThrows(MojoFailureException.class, validate::execute);

        assertEquals("contentlint: 1 new error, 0 new warnings, 0 new suggestions (failOn=error;"
                + " 3 findings accepted by the baseline contentlint-baseline.json); see "
                + project.resolve("target/contentlint/contentlint.json"), failure.getMessage());
        assertTrue(log.lines.contains("[ERROR] posts/a.md:12:19: error [House.EmDash] Don't use an"
                + " em dash ('\u2014')."), log.text());
        assertEquals(1, log.lines.stream().filter(l -> l.startsWith("[ERROR] posts/")).count(),
                log.text());
        assertTrue(log.lines.contains("[INFO] contentlint: 1 baselined finding no longer occurs"
                + " (fixed); run mvn contentlint:baseline to drop it from contentlint-baseline.json"),
                log.text());
        JsonNode json = report();
        assertEquals(JSON.readTree("{\"files\": 3, \"errors\": 1, \"warnings\": 0, \"suggestions\": 0,"
                + " \"baselined\": 3}"), json.get("summary"));
        assertEquals(1, json.at("/baseline/fixed").asInt());
        long marked = 0;
        for (JsonNode finding : json.get("findings")) {
            marked += finding.path("baselined").asBoolean(false) ? 1 : 0;
        }
        assertEquals(3, marked);

        // Recording again accepts the new one and drops the fixed one.
        log.lines.clear();
        record.execute();
        assertTrue(log.lines.contains("[INFO] contentlint: since the previous baseline: 1 finding"
                + " dropped out (fixed), 1 added"), log.text());
        log.lines.clear();
        validate.execute();
        assertTrue(log.lines.contains("[INFO] contentlint: 4 findings accepted by the baseline"
                + " contentlint-baseline.json (not printed; the reports mark them)"), log.text());
    }

    @Test
    void useBaselineFalseJudgesEveryFinding(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo record,
            @InjectMojo(goal = "validate", pom = "pom.xml") ValidateMojo validate) throws Exception {
        prepared(record).execute();
        prepared(validate);
        setVariableValueToObject(validate, "useBaseline", false);
        log.lines.clear();
        MojoFailureException failure = assertThrows(MojoFailureException.class, validate::execute);
        assertTrue(failure.getMessage().startsWith("contentlint: 4 errors, 0 warnings, 0 suggestions"
                + " (failOn=error)"), failure.getMessage());
        assertTrue(log.lines.contains("[INFO] contentlint: the baseline contentlint-baseline.json is"
                + " not used (contentlint.useBaseline=false); every finding counts"), log.text());
        assertTrue(report().at("/summary/baselined").isMissingNode());
    }

    @Test
    void rewritingAnUnchangedTreeKeepsTheFileAsItIs(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo mojo) throws Exception {
        prepared(mojo).execute();
        byte[] first = Files.readAllBytes(baseline());
        // Lines shift; the findings stay: not a byte of the baseline changes.
        write("posts/a.md", "---\nname: a\nstatus: drafted\n---\n\n\n\n# A\n\nOne \u2014 two \u2014 three.\n");
        log.lines.clear();
        mojo.execute();
        assertTrue(log.lines.contains("[INFO] contentlint: the baseline is unchanged"), log.text());
        assertEquals(new String(first, StandardCharsets.UTF_8),
                Files.readString(baseline(), StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenBaselineFailsValidateNamingTheFile(
            @InjectMojo(goal = "validate", pom = "pom.xml") ValidateMojo validate) throws Exception {
        prepared(validate);
        Files.writeString(baseline(), "{\n  \"format\" : \"contentlint-baseline\",\n<<<<<<< HEAD\n");
        MojoExecutionException error = assertThrows(MojoExecutionException.class, validate::execute);
        assertEquals("contentlint: contentlint-baseline.json:3:1: not valid JSON (Unexpected character"
                + " ('<' (code 60)): was expecting double-quote to start field name). Fix it, or"
                + " record the baseline anew with mvn contentlint:baseline (a merge conflict in it is"
                + " resolved the same way)", error.getMessage());

        Files.writeString(baseline(), "{\"format\": \"contentlint-baseline\", \"version\": 7, \"entries\": []}");
        error = assertThrows(MojoExecutionException.class, validate::execute);
        assertTrue(error.getMessage().startsWith("contentlint: contentlint-baseline.json has format"
                + " version 7, written by a newer contentlint"), error.getMessage());
    }

    @Test
    void aBaselineFileThatWasNamedMustExist(
            @InjectMojo(goal = "validate", pom = "pom.xml") ValidateMojo validate) throws Exception {
        prepared(validate);
        Path named = project.resolve("baselines/content.json");
        setVariableValueToObject(validate, "baselineFile", named.toFile());
        MojoExecutionException error = assertThrows(MojoExecutionException.class, validate::execute);
        assertEquals("contentlint: baseline file not found: " + named + " (set by baselineFile /"
                + " contentlint.baselineFile); record it with mvn contentlint:baseline",
                error.getMessage());
    }

    @Test
    void withoutTheDefaultBaselineValidateIsAsBefore(
            @InjectMojo(goal = "validate", pom = "pom.xml") ValidateMojo validate) throws Exception {
        prepared(validate);
        assertThrows(MojoFailureException.class, validate::execute);
        assertTrue(log.lines.contains("[INFO] contentlint: 3 files checked: 4 errors, 0 warnings,"
                + " 0 suggestions"), log.text());
        assertFalse(log.text().contains("baseline"), log.text());
    }

    @Test
    void aBrokenBaselineIsReplacedByANewRecording(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo mojo) throws Exception {
        prepared(mojo);
        Files.writeString(baseline(), "{\n  \"format\" : \"contentlint-baseline\",\n<<<<<<< HEAD\n");
        mojo.execute();
        assertTrue(log.lines.contains("[WARNING] contentlint: the previous baseline cannot be read,"
                + " so it is replaced as a whole: contentlint-baseline.json:3:1: not valid JSON"
                + " (Unexpected character ('<' (code 60)): was expecting double-quote to start field"
                + " name)"), log.text());
        assertEquals(3, JSON.readTree(baseline().toFile()).get("entries").size());
    }

    @Test
    void aForeignFileIsNeverOverwritten(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo mojo) throws Exception {
        prepared(mojo);
        String report = "{ \"summary\": { \"files\": 3 }, \"findings\": [] }\n";
        Files.writeString(baseline(), report);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("contentlint: contentlint-baseline.json: not a contentlint baseline: it has no"
                + " \"format\" : \"contentlint-baseline\"; contentlint does not overwrite it. Set"
                + " baselineFile (contentlint.baselineFile) to another file", error.getMessage());
        assertEquals(report, Files.readString(baseline()));

        Files.writeString(baseline(), "{\"format\": \"contentlint-baseline\", \"version\": 2, \"entries\": []}");
        error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("written by a newer contentlint"), error.getMessage());
    }

    @Test
    void neverWritesIntoTheContentDirectory(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo mojo) throws Exception {
        prepared(mojo);
        Path inside = project.resolve("content/contentlint-baseline.json");
        setVariableValueToObject(mojo, "baselineFile", inside.toFile());
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("contentlint: the baseline file " + inside + " lies inside the content directory "
                + project.resolve("content") + "; contentlint never writes there. Set baselineFile"
                + " elsewhere (the default is contentlint-baseline.json beside the pom).",
                error.getMessage());
        assertFalse(Files.exists(inside));
    }

    @Test
    void withTheProjectAsContentRootTheBaselineBesideThePomIsAllowed(
            @InjectMojo(goal = "baseline", pom = "pom.xml") BaselineMojo mojo) throws Exception {
        prepared(mojo);
        setVariableValueToObject(mojo, "contentDirectory", project.toFile());
        mojo.execute();
        assertTrue(Files.exists(baseline()));
    }
}
