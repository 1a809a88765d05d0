package dev.contentlint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A content tree for one hostile case: a configuration with a type, a schema, a style rule and
 * link checks; a good file and a known-bad file beside the hostile ones, so that each case also
 * shows that the rest of the tree is still checked.
 */
final class HostileTree {

    static final Duration HANG_GUARD = Duration.ofSeconds(60);

    static final String CONFIG = """
            content: content
            stylesPath: styles
            types:
              post:
                match:
                  paths: ["posts/**"]
                frontMatter:
                  required: true
                  schema: post.schema.yaml
                sections:
                  - heading: Notes
                    required: false
                    level: 2
                styles: [House]
            defaults:
              frontMatter: { required: false }
              styles: [House]
            """;

    static final String SCHEMA = """
            type: object
            required: [title]
            properties:
              title: { type: string }
              tags: { type: array, maxItems: 10 }
            """;

    static final String VERY = """
            extends: existence
            message: "Avoid '%s'."
            level: warning
            tokens: [very]
            """;

    static final String GOOD = "---\ntitle: Good\n---\n# Good\n\nPlain words.\n";
    static final String BAD = "---\ntitle: 5\n---\n# Bad\n\nA very [broken](missing.md) link.\n";

    final Path dir;
    final Path content;

    HostileTree(Path dir) throws IOException {
        this.dir = dir;
        this.content = dir.resolve("content");
        write("contentlint.yaml", CONFIG);
        write("post.schema.yaml", SCHEMA);
        write("styles/House/Very.yml", VERY);
        write("content/posts/good.md", GOOD);
        write("content/posts/bad.md", BAD);
    }

    Path write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String path, byte[] bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    Config config() throws Exception {
        return new ConfigLoader().load(dir.resolve("contentlint.yaml"));
    }

    /** Lints the tree with two threads, under the hang guard, and checks the good and bad files. */
    LintResult lint() {
        LintResult result = assertTimeoutPreemptively(HANG_GUARD,
                () -> new Linter(config(), 2).lint(content));
        assertEquals("", show(result, "posts/good.md"), "the good file beside the hostile one");
        assertFindings(result, "posts/bad.md", "2:8 frontmatter.schema title: 5 is an integer; expected text",
                "6:3 House.Very Avoid 'very'.", "6:17 links.broken no file or folder posts/missing.md");
        for (Finding finding : result.findings()) {
            if (finding.rule().equals(RuleIds.INTERNAL)) {
                fail("an internal fault: " + line(finding));
            }
        }
        return result;
    }

    static String show(LintResult result, String path) {
        return result.findings().stream().filter(f -> f.path().equals(path))
                .map(HostileTree::line).collect(Collectors.joining("\n"));
    }

    static String line(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.message();
    }

    /** Asserts the path's findings are exactly these rules at these places, each message holding its fragment. */
    static void assertFindings(LintResult result, String path, String... expected) {
        List<Finding> found = result.findings().stream().filter(f -> f.path().equals(path)).toList();
        String all = show(result, path);
        assertEquals(expected.length, found.size(), "findings of " + path + ":\n" + all);
        for (int i = 0; i < expected.length; i++) {
            String[] parts = expected[i].split(" ", 3);
            Finding f = found.get(i);
            assertEquals(parts[0] + " " + parts[1], f.line() + ":" + f.column() + " " + f.rule(),
                    "finding " + i + " of " + path + ":\n" + all);
            if (parts.length > 2) {
                assertTrue(f.message().contains(parts[2]), "message of finding " + i + " holds '"
                        + parts[2] + "':\n" + all);
            }
        }
    }
}
