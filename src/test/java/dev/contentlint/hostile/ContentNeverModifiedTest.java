package dev.contentlint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content is never modified (issue #6): the example project (both vaults, configuration,
 * schemas, styles) is hashed file by file, with its listing, before and after runs with every
 * feature on (types, schemas, sections, styles, unique values, references, links and anchors);
 * nothing changes and nothing is created.
 */
class ContentNeverModifiedTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithEveryFeatureOnChangesAndCreatesNothing() throws Exception {
        for (String part : new String[] {"vault", "broken-vault", "schemas", "styles"}) {
            DraftPropertyTest.copyTree(Path.of("examples", part), dir.resolve(part));
        }
        Files.writeString(dir.resolve("contentlint.yaml"),
                Files.readString(Path.of("examples/contentlint.yaml"))
                        + "links:\n  anchors: true\n  extensionless: true\n");
        Map<String, String> before = hashes(dir);
        assertTrue(before.size() > 15, before.keySet().toString());

        Config config = new ConfigLoader().load(dir.resolve("contentlint.yaml"));
        LintResult clean = new Linter(config, 2).lint(dir.resolve("vault"));
        LintResult broken = new Linter(config, 2).lint(dir.resolve("broken-vault"));

        assertEquals(2, clean.summary().files(), clean.findings().toString());
        assertTrue(broken.summary().errors() >= 18, broken.findings().toString());
        assertEquals(before, hashes(dir), "every file's SHA-256, and the listing, after the runs");
    }

    /** Every path under the root (folders too) with the SHA-256 of each file's bytes. */
    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    hashes.put(name + "/", "folder");
                } else {
                    hashes.put(name, sha256(Files.readAllBytes(path)));
                }
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
