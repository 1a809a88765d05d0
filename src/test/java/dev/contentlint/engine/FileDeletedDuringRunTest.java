package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.config.ContentType;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.crossfile.FactsReader;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleLevels;
import dev.contentlint.yaml.YamlParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input (issue #6): a file listed by the scan and deleted before it is read. */
class FileDeletedDuringRunTest {

    @TempDir
    Path dir;

    @Test
    void aFileDeletedAfterTheScanIsAnUnreadableFinding() {
        LinkSettings links = LinkSettings.DEFAULT;
        FileChecker checker = new FileChecker(new FrontMatterReader(new YamlParser()), List.of(),
                TypeRules.of(ContentType.defaults(), links), new RuleLevels(Map.of(), Set.of()),
                new FactsReader(links));
        FileChecker.Checked checked = checker.check(new ContentFile(dir.resolve("gone.md"), "gone.md"));
        List<Finding> findings = checked.result().findings();
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("gone.md:1:1 unreadable cannot read the file: the file disappeared while being checked",
                f.path() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.message());
    }
}
