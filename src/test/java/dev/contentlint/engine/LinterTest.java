package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

    @TempDir
    Path dir;

    private Path content;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Config config(String yaml) throws Exception {
        write("contentlint.yaml", yaml);
        return new ConfigLoader().load(dir.resolve("contentlint.yaml"));
    }

    private static String lines(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.severity().id()
                        + " " + f.rule())
                .collect(Collectors.joining("\n"));
    }

    private static final String TYPES = """
            types:
              post:
                match:
                  paths: ["posts/**"]
                fileName: "[a-z_]+\\\\.md"
                frontMatter:
                  required: true
                  schema: post.schema.yaml
              note:
                match:
                  frontMatter: { node_type: note }
                frontMatter:
                  required: true
            """;

    private void tree() throws IOException {
        write("post.schema.yaml", "type: object\nrequired: [status]\nproperties:\n"
                + "  status: {enum: [draft, published]}\n");
        write("content/posts/good_post.md", "---\nstatus: draft\n---\n# ok\n");
        write("content/posts/Bad-Name.md", "---\nstatus: drafted\n---\n# bad\n");
        write("content/posts/no_front_matter.md", "# none\n");
        write("content/notes/n.md", "---\nnode_type: note\nstatus: whatever\n---\n");
        write("content/other.md", "no front matter, no type: fine\n");
        write("content/broken.md", "---\nkey: [\n---\n");
        write("content/templates/t.md", "---\nbroken: [\n---\n");
        write("content/readme.txt", "not markdown");
        content = dir.resolve("content");
    }

    @Test
    void checksEachIncludedFileByItsType() throws Exception {
        tree();
        LintResult result = new Linter(config(TYPES + "exclude: [\"templates/**\"]\n"), 2).lint(content);

        assertEquals("""
                broken.md:3:1 error frontmatter.syntax
                posts/Bad-Name.md:1:1 error filename
                posts/Bad-Name.md:2:9 error frontmatter.schema
                posts/no_front_matter.md:1:1 error frontmatter.missing""", lines(result.findings()));
        assertEquals(new Summary(6, 4, 0, 0), result.summary());
        assertEquals(List.of("broken.md", "notes/n.md", "other.md", "posts/Bad-Name.md",
                "posts/good_post.md", "posts/no_front_matter.md"),
                result.files().stream().map(FileResult::path).toList());
        assertEquals(List.of("filename", "frontmatter.schema"), result.files().get(3).findings()
                .stream().map(Finding::rule).toList());
        FileResult note = result.files().get(1);
        assertEquals("note", note.type());
        assertEquals("whatever", note.status().orElseThrow());
        assertEquals("defaults", result.files().get(2).type());
    }

    @Test
    void levelsOverrideAndTurnOff() throws Exception {
        tree();
        Config config = config(TYPES + "exclude: [\"templates/**\"]\nlevels:\n  filename: warning\n"
                + "  frontmatter.missing: off\n  frontmatter.syntax: suggestion\n");
        LintResult result = new Linter(config, 1).lint(content);

        assertEquals("""
                broken.md:3:1 suggestion frontmatter.syntax
                posts/Bad-Name.md:1:1 warning filename
                posts/Bad-Name.md:2:9 error frontmatter.schema""", lines(result.findings()));
        assertEquals(new Summary(6, 1, 1, 1), result.summary());
    }

    @Test
    void theSameResultWithOneThreadOrMany() throws Exception {
        tree();
        for (int i = 0; i < 50; i++) {
            write("content/posts/p_" + (char) ('a' + i % 26) + "_" + i + ".md",
                    "---\nstatus: " + (i % 3 == 0 ? "bad" : "draft") + "\n---\n");
        }
        Config config = config(TYPES);
        assertEquals(lines(new Linter(config, 1).lint(content).findings()),
                lines(new Linter(config, 4).lint(content).findings()));
    }

    @Test
    void schemasReferToLocalYamlFilesAndKeepYamlDatesAsWritten() throws Exception {
        write("schemas/common.yaml", "$defs:\n  status: {enum: [draft, published]}\n"
                + "  date: {type: string, format: date}\n");
        write("schemas/post.yaml", "type: object\nproperties:\n"
                + "  status: {$ref: \"common.yaml#/$defs/status\"}\n"
                + "  last_updated: {$ref: \"common.yaml#/$defs/date\"}\n");
        write("content/a.md", "---\nstatus: draft\nlast_updated: 2026-02-22\n---\n");
        write("content/b.md", "---\nstatus: done\nlast_updated: 2026-02-31\n---\n");
        Config config = config("types:\n  post:\n    frontMatter: {schema: schemas/post.yaml}\n");
        LintResult result = new Linter(config, 1).lint(dir.resolve("content"));

        assertEquals("""
                b.md:2:9 error frontmatter.schema
                b.md:3:15 error frontmatter.schema""", lines(result.findings()));
        assertEquals("status: \"done\" is not one of draft, published", result.findings().get(0).message());
    }

    @Test
    void neverEntersGitOrTheFoldersItIsToldToSkip() throws Exception {
        write("content/a.md", "---\nbroken: [\n---\n");
        write("content/.git/b.md", "---\nbroken: [\n---\n");
        write("content/target/c.md", "---\nbroken: [\n---\n");
        write("content/targets/d.md", "---\nbroken: [\n---\n");
        LintResult result = new Linter(Config.empty(), 1)
                .lint(dir.resolve("content"), java.util.Set.of(dir.resolve("content/target")));

        assertEquals(List.of("a.md", "targets/d.md"),
                result.files().stream().map(FileResult::path).toList());
    }

    @Test
    void unreadableBytesAreFindingsNotCrashes() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.write(dir.resolve("content/latin1.md"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("content/bom.md"), ("\uFEFF---\nname: x\n---\n").getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(dir.resolve("content/dangling.md"), dir.resolve("nowhere.md"));
        LintResult result = new Linter(Config.empty(), 2).lint(dir.resolve("content"));

        assertEquals("""
                dangling.md:1:1 error unreadable
                latin1.md:1:4 error encoding""", lines(result.findings()));
        assertEquals(3, result.summary().files());
    }

    @Test
    void withoutConfigurationEveryMarkdownFileIsReadAndNothingIsRequired() throws Exception {
        tree();
        LintResult result = new Linter(Config.empty(), 0).lint(content);
        assertEquals("""
                broken.md:3:1 error frontmatter.syntax
                templates/t.md:3:1 error frontmatter.syntax""", lines(result.findings()));
        assertTrue(result.bytes() > 0);
    }
    @Test
    void sectionFindingsAndCommentsThatTurnThemOff() throws Exception {
        write("content/a.md", "# A\n\n## Notes\n");
        write("content/b.md", "# B\n\n<!-- contentlint-disable-next-line sections.empty -->\n## Notes\n"
                + "\n<!-- contentlint-disable sections.missing -->\n");
        Config config = config("""
                content: content
                defaults:
                  sections:
                    - Notes
                    - Sources
                """);
        LintResult result = new Linter(config, 1).lint(dir.resolve("content"));
        assertEquals("""
                a.md:3:1 error sections.empty
                a.md:3:9 error sections.missing""", lines(result.findings()));
    }
}
