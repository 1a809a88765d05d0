package dev.contentlint.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.engine.LintResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitializerTest {

    @TempDir
    Path dir;

    @Test
    void mixedVaultValidatesClean() throws Exception {
        Path content = dir.resolve("content");
        InitFixtures.mixedVault(content);
        LintResult result = InitFixtures.initThenValidate(content, dir.resolve("contentlint.yaml"), GroupBy.AUTO);
        System.out.println(InitFixtures.read(dir.resolve("contentlint.yaml")));
        for (String s : new String[] {"linkedin-post", "personality", "notes"}) {
            System.out.println(InitFixtures.read(dir.resolve("schemas/" + s + ".schema.json")));
        }
        assertEquals(0, result.summary().errors(), result.findings().toString());
    }
}
