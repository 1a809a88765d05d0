package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ContentType;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.crossfile.FactsReader;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleLevels;
import dev.contentlint.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input (issue #6): a file listed by the scan that cannot be read, or is gone, when it is. */
class FileDeletedDuringRunTest {

    @TempDir
    Path dir;

    @Test
    void aFileDeletedAfterTheScanIsAnUnreadableFinding() {
        LinkSettings links = LinkSettings.DEFAULT;
        FileChecker checker = new FileChecker(new FrontMatterReader(new YamlParser()), List.of(),
                TypeRules.of(ContentType.defaults(), links), new RuleLevels(Map.of(), Set.of()),
                new FactsReader(links));
        FileChecker.Checked checked = checker.check(new ContentFile(dir.resolve("gone.md"), "gone.md"), 1L << 20);
        List<Finding> findings = checked.result().findings();
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("gone.md:1:1 unreadable cannot read the file: the file disappeared while being checked",
                f.path() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.message());
    }

    /**
     * Permissions cannot be taken away from root, so the hostile suite's unreadable file is
     * skipped where the tests run as root (as in many CI containers); the same path is taken
     * here by a folder listed as a file, which nobody can read as one.
     */
    @Test
    void aFileThatCannotBeReadIsAnUnreadableFindingAndTheRunGoesOn() throws Exception {
        LinkSettings links = LinkSettings.DEFAULT;
        FileChecker checker = new FileChecker(new FrontMatterReader(new YamlParser()), List.of(),
                TypeRules.of(ContentType.defaults(), links), new RuleLevels(Map.of(), Set.of()),
                new FactsReader(links));
        Files.createDirectories(dir.resolve("folder.md"));
        List<Finding> findings = checker.check(new ContentFile(dir.resolve("folder.md"), "folder.md"), 1L << 20)
                .result().findings();
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("folder.md:1:1 unreadable", f.path() + ":" + f.line() + ":" + f.column() + " " + f.rule());
        assertTrue(f.message().startsWith("cannot read the file: "), f.message());
    }

    @Test
    void whyAFileCannotBeReadIsSaidInWords() {
        assertEquals("permission denied",
                ContentScanner.describe(new AccessDeniedException("/x/secret.md")));
        assertEquals("the file disappeared while being checked",
                ContentScanner.describe(new NoSuchFileException("/x/gone.md")));
        assertEquals("a symbolic link loop",
                ContentScanner.describe(new FileSystemLoopException("/x/loop.md")));
        assertEquals("Is a directory", ContentScanner.describe(new IOException("Is a directory")));
    }
}
