package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContentScannerTest {

    @Test
    void aFilesPathUnderTheRootIsTheRestOfItsName() {
        assertEquals("a/b.md", ContentScanner.relative(Path.of("/vault"), Path.of("/vault/a/b.md")));
        assertEquals("b.md", ContentScanner.relative(Path.of("/"), Path.of("/b.md")));
        assertEquals("x.md", ContentScanner.relative(Path.of("/vault/"), Path.of("/vault/x.md")));
        // A sibling folder whose name starts with the root's is not under it.
        assertEquals("../vaults/x.md",
                ContentScanner.relative(Path.of("/vault"), Path.of("/vaults/x.md")));
        assertEquals("", ContentScanner.relative(Path.of("/vault"), Path.of("/vault")));
    }

    @Test
    void theFastPathAgreesWithRelativizeOnWhatAWalkGives() {
        Path root = Path.of("/work/content");
        for (String name : new String[] {"a.md", "dir/b c.md", "ü/ß.md", "...md", ".hidden/x.md"}) {
            Path file = root.resolve(name);
            assertEquals(root.relativize(file).toString(), ContentScanner.relative(root, file), name);
        }
    }
}
