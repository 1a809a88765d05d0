package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginBuildTest {

    @TempDir
    Path dir;

    @Test
    void aRebuiltJarWithTheSameVersionIsAnotherBuild() throws Exception {
        Path jar = dir.resolve("contentlint-maven-plugin-0.1.0-SNAPSHOT.jar");
        Files.write(jar, new byte[] {'P', 'K', 1});
        String first = PluginBuild.jarDigest(jar).orElseThrow();
        assertEquals(first, PluginBuild.jarDigest(jar).orElseThrow());
        Files.write(jar, new byte[] {'P', 'K', 2});
        assertNotEquals(first, PluginBuild.jarDigest(jar).orElseThrow());
    }

    @Test
    void classesFromAFolderAreKnownByTheVersionAlone() {
        assertTrue(PluginBuild.jarDigest(dir).isEmpty());
        assertTrue(PluginBuild.jarDigest(dir.resolve("missing.jar")).isEmpty());
        // The tests run from target/classes.
        assertEquals("1.2.3", PluginBuild.identity("1.2.3"));
    }
}
