package dev.contentlint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojo with Maven's parameter injection (maven-plugin-testing-harness). */
@MojoTest
@Basedir("src/test/resources/unit/project")
class ValidateMojoTest {

    @TempDir
    Path out;

    private final CapturingLog log = new CapturingLog();

    private ValidateMojo prepared(ValidateMojo mojo) throws Exception {
        // Reports go to a temporary folder, never into the test's source tree.
        setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        mojo.setLog(log);
        return mojo;
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void cleanContentPassesAndWritesReports(ValidateMojo mojo) throws Exception {
        prepared(mojo).execute();

        assertTrue(log.text().contains("contentlint: 1 file checked: 0 errors, 0 warnings, 0 suggestions"),
                log.text());
        JsonNode json = new ObjectMapper().readTree(out.resolve("contentlint.json").toFile());
        assertEquals(1, json.at("/summary/files").asInt());
        assertEquals(0, json.at("/findings").size());
        assertTrue(Files.exists(out.resolve("contentlint.html")));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void brokenContentFailsAfterWritingTheReport(ValidateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "contentDirectory", new File(basedir(mojo), "broken"));
        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> prepared(mojo).execute());

        assertTrue(failure.getMessage().contains("1 error, 0 warnings, 0 suggestions (failOn=error)"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("contentlint.json"), failure.getMessage());
        assertTrue(log.lines.contains("[ERROR] posts/bad_post.md:3:9: error [frontmatter.schema]"
                + " status: \"drafted\" is not one of draft, review, published"), log.text());
        JsonNode finding = new ObjectMapper().readTree(out.resolve("contentlint.json").toFile())
                .at("/findings/0");
        assertEquals("posts/bad_post.md", finding.get("path").asText());
        assertEquals(3, finding.get("line").asInt());
        assertEquals(9, finding.get("column").asInt());
        assertEquals(3, finding.get("endLine").asInt());
        assertEquals(16, finding.get("endColumn").asInt());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "failOn", value = "none")
    void failOnNoneReportsWithoutFailing(ValidateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "contentDirectory", new File(basedir(mojo), "broken"));
        prepared(mojo).execute();

        assertTrue(log.text().contains("error [frontmatter.schema]"), log.text());
        assertTrue(Files.exists(out.resolve("contentlint.json")));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(ValidateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "contentDirectory", new File(basedir(mojo), "broken"));
        prepared(mojo).execute();

        assertEquals("[INFO] contentlint: skipped (contentlint.skip)", log.text());
        assertFalse(Files.exists(out.resolve("contentlint.json")));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "json,pdf")
    void unknownFormatIsAConfigurationError(ValidateMojo mojo) throws Exception {
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> prepared(mojo).execute());
        assertTrue(error.getMessage().contains("unknown report format 'pdf'"), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "failOn", value = "fatal")
    void unknownFailOnIsAConfigurationError(ValidateMojo mojo) throws Exception {
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> prepared(mojo).execute());
        assertTrue(error.getMessage().contains("failOn 'fatal' is not one of"), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void refusesToWriteReportsIntoTheContent(ValidateMojo mojo) throws Exception {
        prepared(mojo);
        setVariableValueToObject(mojo, "outputDirectory",
                new File(basedir(mojo), "content/reports"));
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("never writes there"), error.getMessage());
        assertFalse(new File(basedir(mojo), "content/reports").exists());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void contentRootMayHoldTheProjectAndItsBuildFolder(ValidateMojo mojo) throws Exception {
        prepared(mojo);
        Path project = out.resolve("project");
        Files.createDirectories(project.resolve("target/contentlint"));
        Files.writeString(project.resolve("README.md"), "# Read me\n");
        Files.writeString(project.resolve("target/contentlint/old.md"), "---\nbroken: [\n---\n");
        setVariableValueToObject(mojo, "contentDirectory", project.toFile());
        setVariableValueToObject(mojo, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(mojo, "outputDirectory", project.resolve("target/contentlint").toFile());
        setVariableValueToObject(mojo, "configFile", project.resolve("contentlint.yaml").toFile());
        setVariableValueToObject(mojo, "baselineFile", project.resolve("contentlint-baseline.json").toFile());
        setVariableValueToObject(mojo, "basedir", project.toFile());

        mojo.execute();

        assertTrue(log.text().contains("contentlint: 1 file checked: 0 errors"), log.text());
        assertTrue(Files.exists(project.resolve("target/contentlint/contentlint.json")));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void reportsMayGoStraightIntoTheBuildFolder(ValidateMojo mojo) throws Exception {
        prepared(mojo);
        setVariableValueToObject(mojo, "buildDirectory", out.toFile());
        mojo.execute();
        assertTrue(Files.exists(out.resolve("contentlint.json")));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void missingExplicitConfigFileIsAnError(ValidateMojo mojo) throws Exception {
        prepared(mojo);
        setVariableValueToObject(mojo, "configFile", new File(basedir(mojo), "nope.yaml"));
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("configuration file not found"), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void brokenConfigNamesFileLineAndKey(ValidateMojo mojo) throws Exception {
        prepared(mojo);
        Path config = out.resolve("contentlint.yaml");
        Files.writeString(config, "content: content\ntyps: {}\n");
        setVariableValueToObject(mojo, "configFile", config.toFile());
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("contentlint: invalid configuration: " + config + ":2:1: typs: unknown key"
                + " 'typs' in the top level (did you mean 'types'?); known keys: content, include,"
                + " exclude, stylesPath, failOn, levels, defaults, types, links, maxFileSize", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void styleRuleWarningsAreLoggedAndStyleFindingsReported(ValidateMojo mojo) throws Exception {
        prepared(mojo);
        Path project = out.resolve("styled");
        Files.createDirectories(project.resolve("content"));
        Files.createDirectories(project.resolve("styles/House"));
        Files.writeString(project.resolve("content/a.md"), "# A\n\nIt is very good.\n");
        Files.writeString(project.resolve("styles/House/Very.yml"),
                "extends: existence\nmessage: \"Drop '%s'.\"\nlevel: error\ntokens: [very]\n");
        Files.writeString(project.resolve("styles/House/Spelling.yml"),
                "extends: spelling\nmessage: \"'%s'?\"\n");
        Files.writeString(project.resolve("contentlint.yaml"),
                "content: content\ndefaults:\n  styles: [House]\n");
        setVariableValueToObject(mojo, "configFile", project.resolve("contentlint.yaml").toFile());
        setVariableValueToObject(mojo, "outputDirectory", out.resolve("reports").toFile());

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().contains("1 error"), failure.getMessage());
        assertTrue(log.lines.contains("[WARNING] contentlint: " + project.resolve("styles/House/Spelling.yml")
                + ":1:10: House.Spelling: extends: the 'spelling' extension point is not applied yet;"
                + " the rule is skipped"), log.text());
        assertTrue(log.lines.contains("[ERROR] a.md:3:7: error [House.Very] Drop 'very'."), log.text());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void theResultCacheIsWrittenWholeBeforeTheGoalEndsEvenWhenTheBuildFails(ValidateMojo mojo)
            throws Exception {
        setVariableValueToObject(mojo, "contentDirectory", new File(basedir(mojo), "broken"));
        assertThrows(MojoFailureException.class, () -> prepared(mojo).execute());

        Path cache = out.resolve("contentlint-cache.bin");
        assertTrue(Files.size(cache) > 0, "the cache is written while the reports are");
        try (var files = Files.list(out)) {
            assertEquals(java.util.List.of(), files.filter(f -> f.getFileName().toString().contains(".tmp")).toList());
        }
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(log.text().contains("contentlint: 1 of 1 files unchanged since the last run"), log.text());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void aCacheFileOutsideTheBuildFolderOutlivesTheReports(ValidateMojo mojo) throws Exception {
        Path kept = out.resolve("kept/.contentlint/cache.bin");
        setVariableValueToObject(mojo, "cacheFile", kept.toFile());
        prepared(mojo).execute();
        assertTrue(Files.size(kept) > 0, "the cache is written where cacheFile says");
        assertFalse(Files.exists(out.resolve("contentlint-cache.bin")));

        // What mvn clean does to the reports: the cache, kept elsewhere, still serves.
        Files.delete(out.resolve("contentlint.json"));
        mojo.execute();
        assertTrue(log.text().contains("contentlint: 1 of 1 files unchanged since the last run"), log.text());
        assertTrue(Files.exists(out.resolve("contentlint.json")));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void refusesToWriteTheCacheIntoTheContent(ValidateMojo mojo) throws Exception {
        prepared(mojo);
        File inside = new File(basedir(mojo), "content/.cache/contentlint-cache.bin");
        setVariableValueToObject(mojo, "cacheFile", inside);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("contentlint: the result cache file " + inside.toPath()
                .toAbsolutePath().normalize() + " lies inside the content directory "), error.getMessage());
        assertTrue(error.getMessage().endsWith("contentlint never writes there. Set cacheFile elsewhere."),
                error.getMessage());
        assertFalse(new File(basedir(mojo), "content/.cache").exists());
        // Turned off, the cache file is not looked at.
        setVariableValueToObject(mojo, "cache", false);
        mojo.execute();
        assertFalse(new File(basedir(mojo), "content/.cache").exists());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void aCacheThatCannotBeWrittenIsAWarningAndTheBuildGoesOn(ValidateMojo mojo) throws Exception {
        Files.createDirectories(out.resolve("contentlint-cache.bin").resolve("in-the-way"));
        prepared(mojo).execute();

        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[WARNING] contentlint: cannot write the"
                + " result cache " + out.resolve("contentlint-cache.bin"))
                && l.endsWith("; the next run checks every file again")), log.text());
        assertTrue(Files.exists(out.resolve("contentlint.json")));
        assertTrue(log.text().contains("contentlint: 1 file checked: 0 errors"), log.text());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void aRunFromTheCacheKeepsTheWarningsAndABrokenStyleStillFailsTheBuild(ValidateMojo mojo)
            throws Exception {
        prepared(mojo);
        Path project = out.resolve("cached");
        Files.createDirectories(project.resolve("content"));
        Files.createDirectories(project.resolve("styles/House"));
        Files.writeString(project.resolve("content/a.md"), "# A\n\nIt is very good.\n");
        Path very = project.resolve("styles/House/Very.yml");
        Files.writeString(very, "extends: existence\nmessage: \"Drop '%s'.\"\ntokenz: x\n"
                + "tokens: [very]\n");
        Files.writeString(project.resolve("contentlint.yaml"),
                "content: content\ndefaults:\n  styles: [House]\n");
        setVariableValueToObject(mojo, "configFile", project.resolve("contentlint.yaml").toFile());
        setVariableValueToObject(mojo, "outputDirectory", out.resolve("reports").toFile());
        setVariableValueToObject(mojo, "failOn", "none");

        mojo.execute();
        mojo.execute(); // every file, and the configuration, from the cache
        assertEquals(2, log.lines.stream().filter(l -> l.startsWith("[WARNING] contentlint: " + very)
                && l.contains("unknown key 'tokenz'")).count(), log.text());
        assertTrue(log.lines.contains("[INFO] contentlint: 1 of 1 files unchanged since the last"
                + " run, their findings taken from the result cache"), log.text());
        assertEquals(2, log.lines.stream().filter(l -> l.contains("[House.Very] Drop 'very'.")).count());

        Files.writeString(very, "extends: existence\nmessage: \"Drop '%s'.\"\ntokens: ['(very']\n");
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("contentlint: invalid configuration: " + very),
                error.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void underGithubActionsFindingsBecomeWorkflowCommands(ValidateMojo mojo) throws Exception {
        prepared(mojo);
        setVariableValueToObject(mojo, "contentDirectory", new File(basedir(mojo), "broken"));
        setVariableValueToObject(mojo, "failOn", "none");
        mojo.environment = java.util.Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_WORKSPACE", basedir(mojo).getParent());
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            mojo.execute();
        } finally {
            System.setOut(console);
        }
        assertEquals("::error file=project/broken/posts/bad_post.md,line=3,endLine=3,col=9,"
                + "endColumn=16,title=contentlint frontmatter.schema::status: \"drafted\" is not one of"
                + " draft, review, published\n", printed.toString(java.nio.charset.StandardCharsets.UTF_8)
                .replace("\r\n", "\n"));

        setVariableValueToObject(mojo, "githubAnnotations", false);
        printed.reset();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            mojo.execute();
        } finally {
            System.setOut(console);
        }
        assertEquals("", printed.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static File basedir(ValidateMojo mojo) throws IllegalAccessException {
        return org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject(mojo, "basedir");
    }
}
