package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example: the real draft, its sections and the Carter style on its post copy. */
class ExampleVaultTest {

    private static final Path EXAMPLES = Path.of("examples");

    private static String lines(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + "-" + f.endLine() + ":"
                        + f.endColumn() + " " + f.rule() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theDraftBreaksItsOwnNotesTwiceAndNothingElseIsReported() throws Exception {
        Config config = new ConfigLoader().load(EXAMPLES.resolve("contentlint.yaml"));
        LintResult result = new Linter(config, 2).lint(EXAMPLES.resolve("vault"));
        // Checked by hand: line 64 of the post copy has an em dash ("record changes — but"),
        // though the notes say "No em dashes"; hook B is 167 characters, past the 140 that a
        // phone shows before "see more". The title's, the table's and the notes' em dashes are
        // outside the sections the style is applied to.
        assertEquals("""
                posts/30_demos_bidirectional_carter.md:46:1-46:11 Carter.HookLength The hook is\
                 about 160 characters long; LinkedIn's 'see more' cuts at about 140 on a phone.
                posts/30_demos_bidirectional_carter.md:64:60-64:61 Carter.EmDash Don't use an em\
                 dash ('—') in the post; use a comma, a colon or a full stop.""",
                lines(result.findings()));
    }

    @Test
    void theSameStyleOnTheWholeBodyWouldFlagTheTitleTheTableAndTheNotes(@TempDir Path dir)
            throws Exception {
        String yaml = Files.readString(EXAMPLES.resolve("contentlint.yaml"))
                .replace("content: vault", "content: " + EXAMPLES.resolve("vault").toAbsolutePath())
                .replace("stylesPath: styles", "stylesPath: "
                        + EXAMPLES.resolve("styles").toAbsolutePath())
                .replace("schema: schemas/", "schema: " + EXAMPLES.toAbsolutePath() + "/schemas/")
                .replace("    sectionOrder: strict", "    styles: [Carter.EmDash]\n    sectionOrder: strict");
        Files.writeString(dir.resolve("contentlint.yaml"), yaml);
        Config config = new ConfigLoader().load(dir.resolve("contentlint.yaml"));
        List<Finding> dashes = new Linter(config, 1).lint(EXAMPLES.resolve("vault")).findings()
                .stream().filter(f -> f.rule().equals("Carter.EmDash")).toList();
        // Every em dash of the body: the title (22), the angle (23), the table (32, 33), the post
        // (64) and the notes (80, 81, 89).
        assertEquals(List.of(22, 23, 32, 33, 64, 80, 80, 81, 89, 89, 89),
                dashes.stream().map(Finding::line).toList());
    }
}
