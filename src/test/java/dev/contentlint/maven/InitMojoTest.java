package dev.contentlint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The init goal with Maven's parameter injection (maven-plugin-testing-harness). */
@MojoTest
@Basedir("src/test/resources/unit/project")
class InitMojoTest {

    @TempDir
    Path project;

    private final CapturingLog log = new CapturingLog();

    /** The mojo pointed at a project in a temporary folder, with the defaults a pom gives. */
    private InitMojo prepared(InitMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "basedir", project.toFile());
        setVariableValueToObject(mojo, "configFile", project.resolve("contentlint.yaml").toFile());
        setVariableValueToObject(mojo, "contentDirectory", null);
        setVariableValueToObject(mojo, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(mojo, "outputDirectory", project.resolve("target/contentlint").toFile());
        setVariableValueToObject(mojo, "threads", 1);
        mojo.setLog(log);
        return mojo;
    }

    private void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void vault(String folder) throws Exception {
        for (int i = 1; i <= 3; i++) {
            write(folder + "/posts/p" + i + ".md", "---\ntype: post\nstatus: draft\ndate: 2026-01-0" + i
                    + "\n---\n\n# P\n");
        }
        write(folder + "/people/ann.md", "---\ntype: person\nname: Ann\n---\n\n# Ann\n");
        write(folder + "/notes/n.md", "---\ntitle: N\n---\n\n# N\n");
    }

    private List<String> filesUnder(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** A project whose pom declares the plugin, with the validate goal bound or not. */
    private static org.apache.maven.project.MavenProject projectWithPlugin(boolean bound) {
        org.apache.maven.model.Plugin plugin = new org.apache.maven.model.Plugin();
        plugin.setGroupId("dev.contentlint");
        plugin.setArtifactId("contentlint-maven-plugin");
        if (bound) {
            org.apache.maven.model.PluginExecution execution = new org.apache.maven.model.PluginExecution();
            execution.addGoal("validate");
            plugin.addExecution(execution);
        }
        org.apache.maven.model.Model model = new org.apache.maven.model.Model();
        model.setBuild(new org.apache.maven.model.Build());
        model.getBuild().addPlugin(plugin);
        return new org.apache.maven.project.MavenProject(model);
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void writesAConfigurationThatValidatesClean(InitMojo mojo) throws Exception {
        vault("content");
        prepared(mojo);
        setVariableValueToObject(mojo, "project", projectWithPlugin(true));
        mojo.execute();

        assertEquals(List.of("content/notes/n.md", "content/people/ann.md", "content/posts/p1.md",
                "content/posts/p2.md", "content/posts/p3.md", "contentlint.yaml",
                "schemas/notes.schema.json", "schemas/person.schema.json", "schemas/post.schema.json"),
                filesUnder(project));
        assertEquals(List.of(
                "[INFO] contentlint: init read 5 files under " + project.resolve("content") + ": 5 with front"
                        + " matter",
                "[INFO] contentlint: types by the front-matter key type (detected; in 4 of 5 files with front"
                        + " matter), then by folder for the files without it:",
                "[INFO] contentlint:   post: 3 files whose type is post, 3 keys, required: type, status, date;"
                        + " formats: date (date)",
                "[INFO] contentlint:   person: 1 file whose type is person, 2 keys, none required",
                "[INFO] contentlint:   notes: 1 file in notes/ without type, 1 key, none required",
                "[INFO] contentlint:   files of no type (defaults): 0 files, no schema (no front matter to infer one from)",
                "[INFO] contentlint: checked with this configuration: 5 files, 0 errors, 0 warnings",
                "[INFO] contentlint: wrote " + project.resolve("schemas/post.schema.json"),
                "[INFO] contentlint: wrote " + project.resolve("schemas/person.schema.json"),
                "[INFO] contentlint: wrote " + project.resolve("schemas/notes.schema.json"),
                "[INFO] contentlint: wrote " + project.resolve("contentlint.yaml"),
                "[INFO] contentlint: next: mvn validate (it passes on the tree as it is); then review"
                        + " the schemas and tighten them"), log.lines);
        LintResult result = new Linter(new ConfigLoader().load(project.resolve("contentlint.yaml")), 1)
                .lint(project.resolve("content"));
        assertEquals(0, result.summary().errors());
        assertEquals(5, result.summary().files());
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void neverReplacesTheConfiguration(InitMojo mojo) throws Exception {
        vault("content");
        byte[] mine = "# mine\r\nfailOn: none\n\u00e9".getBytes(StandardCharsets.UTF_8);
        Files.write(project.resolve("contentlint.yaml"), mine);
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> prepared(mojo).execute());
        assertEquals("contentlint: " + project.resolve("contentlint.yaml") + " exists, and init never"
                + " replaces a file: nothing was written. Move it away to start afresh, or write"
                + " elsewhere with -Dcontentlint.configFile=<another folder>/contentlint.yaml;"
                + " -Dcontentlint.init.dryRun=true prints what init would write", error.getMessage());
        assertArrayEquals(mine, Files.readAllBytes(project.resolve("contentlint.yaml")));
        assertFalse(Files.exists(project.resolve("schemas")));
        assertEquals(List.of(), log.lines, "it fails before reading the tree");
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void neverReplacesASchemaAndThenWritesNothing(InitMojo mojo) throws Exception {
        vault("content");
        byte[] mine = "{\"title\": \"my own\"}\n".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve("schemas"));
        Files.write(project.resolve("schemas/person.schema.json"), mine);
        Files.writeString(project.resolve("schemas/other.json"), "{}");
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> prepared(mojo).execute());
        assertTrue(error.getMessage().startsWith("contentlint: " + project.resolve("schemas/person.schema.json")
                + " exists, and init never replaces a file: nothing was written."), error.getMessage());
        assertArrayEquals(mine, Files.readAllBytes(project.resolve("schemas/person.schema.json")));
        assertEquals(List.of("other.json", "person.schema.json"), filesUnder(project.resolve("schemas")));
        assertFalse(Files.exists(project.resolve("contentlint.yaml")));
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void dryRunPrintsAndWritesNothing(InitMojo mojo) throws Exception {
        vault("content");
        byte[] mine = "failOn: none\n".getBytes(StandardCharsets.UTF_8);
        Files.write(project.resolve("contentlint.yaml"), mine);
        prepared(mojo);
        setVariableValueToObject(mojo, "dryRun", true);
        mojo.execute();

        assertTrue(log.lines.contains("[INFO] contentlint: --- " + project.resolve("schemas/post.schema.json")), log.text());
        assertTrue(log.lines.contains("[INFO] contentlint: --- " + project.resolve("contentlint.yaml")
                + " (exists: init would refuse to write)"), log.text());
        assertTrue(log.lines.contains("[INFO] content: content"), log.text());
        assertTrue(log.lines.contains("[INFO]         type: post"), log.text());
        assertEquals("[INFO] contentlint: dry run (contentlint.init.dryRun): nothing was written",
                log.lines.get(log.lines.size() - 1));
        assertArrayEquals(mine, Files.readAllBytes(project.resolve("contentlint.yaml")));
        assertFalse(Files.exists(project.resolve("schemas")));
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void refusesToWriteIntoTheContent(InitMojo mojo) throws Exception {
        vault(".");
        prepared(mojo);
        setVariableValueToObject(mojo, "contentDirectory", project.toFile());
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("inside the content directory " + project
                + "; contentlint never writes there"), error.getMessage());
        assertFalse(Files.exists(project.resolve("contentlint.yaml")));
        assertFalse(Files.exists(project.resolve("schemas")));
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void findsTheOneFolderOfContent(InitMojo mojo) throws Exception {
        vault("vault");
        write("docs/README.md", "# Docs without front matter\n");
        write("src/site/markdown/index.md", "---\ntitle: site\n---\n");
        write("target/classes/x.md", "---\ntitle: built\n---\n");
        prepared(mojo).execute();
        assertEquals("[INFO] contentlint: no content/ folder; using " + project.resolve("vault")
                + ", the one folder with Markdown files with front matter (set"
                + " -Dcontentlint.contentDirectory to choose another)", log.lines.get(0));
        // Without the plugin in the pom (or without a pom), the next step says to add it.
        assertEquals("[INFO] contentlint: next: add the plugin to the pom (README: \"Adding it to a"
                + " project\"), then run mvn validate (it passes on the tree as it is); then review"
                + " the schemas and tighten them", log.lines.get(log.lines.size() - 1));
        assertTrue(Files.readString(project.resolve("contentlint.yaml")).contains("\ncontent: vault\n"));
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void asksWhereSeveralFoldersHoldContent(InitMojo mojo) throws Exception {
        vault("vault");
        vault("blog");
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> prepared(mojo).execute());
        assertEquals("contentlint: no content/ folder, and several folders hold Markdown files:"
                + " blog/ (5 Markdown files, 5 with front matter), vault/ (5 Markdown files, 5 with"
                + " front matter). Say which is the content with -Dcontentlint.contentDirectory=<folder>",
                error.getMessage());
        assertFalse(Files.exists(project.resolve("contentlint.yaml")));
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void aMissingContentDirectoryIsAnError(InitMojo mojo) throws Exception {
        prepared(mojo);
        MojoExecutionException none = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(none.getMessage().startsWith("contentlint: no content directory: "
                + project.resolve("content") + " does not exist and no folder of " + project
                + " holds Markdown files."), none.getMessage());
        setVariableValueToObject(mojo, "contentDirectory", project.resolve("nope").toFile());
        MojoExecutionException given = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("contentlint: the content directory " + project.resolve("nope") + " (from"
                + " contentDirectory / contentlint.contentDirectory) does not exist or is not a"
                + " folder", given.getMessage());
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void brokenFilesAreLoweredToWarningsAndSaidSo(InitMojo mojo) throws Exception {
        vault("content");
        write("content/posts/broken.md", "---\ntype: post\nstatus: [draft\n---\n");
        prepared(mojo).execute();
        assertTrue(log.lines.contains("[WARNING] contentlint: frontmatter.syntax reports 1 error in 1"
                + " file today (the first at posts/broken.md:3:9): lowered to warning in levels, so"
                + " that validate passes; fix it, then remove the line from levels"), log.text());
        assertTrue(Files.readString(project.resolve("contentlint.yaml")).contains("\n  frontmatter.syntax: warning\n"));
    }

    @Test
    @InjectMojo(goal = "init", pom = "pom.xml")
    void groupByAndAnotherConfigFile(InitMojo mojo) throws Exception {
        vault("content");
        prepared(mojo);
        setVariableValueToObject(mojo, "project", projectWithPlugin(false));
        setVariableValueToObject(mojo, "groupBy", "folder");
        setVariableValueToObject(mojo, "configFile", project.resolve("lint/site.yaml").toFile());
        mojo.execute();
        assertEquals(List.of("notes.schema.json", "people.schema.json", "posts.schema.json"),
                filesUnder(project.resolve("lint/schemas")));
        assertTrue(Files.readString(project.resolve("lint/site.yaml")).contains("\ncontent: ../content\n"));
        assertEquals("[INFO] contentlint: next: mvn contentlint:validate -Dcontentlint.configFile="
                + project.resolve("lint/site.yaml") + " (it passes on the tree as it is); then review"
                + " the schemas and tighten them", log.lines.get(log.lines.size() - 1));

        setVariableValueToObject(mojo, "groupBy", "nokey");
        setVariableValueToObject(mojo, "configFile", project.resolve("other/c.yaml").toFile());
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("contentlint: no file's front matter gives the key nokey"),
                error.getMessage());
        assertFalse(Files.exists(project.resolve("other")));
    }
}
