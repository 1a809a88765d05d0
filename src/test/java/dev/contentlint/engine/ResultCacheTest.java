package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.config.StagedConfig;
import dev.contentlint.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    @TempDir
    Path dir;

    private Path content;
    private Path cacheFile;

    @BeforeEach
    void tree() throws IOException {
        content = dir.resolve("content");
        cacheFile = dir.resolve("target/contentlint-cache.bin");
        Files.createDirectories(dir.resolve("styles/House"));
        Files.writeString(dir.resolve("styles/House/Dash.yml"),
                "extends: existence\nmessage: \"No '%s'\"\nnonword: true\ntokens: ['—']\n");
        Files.writeString(dir.resolve("contentlint.yaml"), """
                content: content
                types:
                  post:
                    match: { paths: ["posts/**"] }
                    unique: [name]
                    styles: [House]
                """);
        write("posts/a.md", "---\nname: a\n---\n# A\n\nSee [b](b.md#b) and [[note]] — here.\n");
        write("posts/b.md", "---\nname: a\n---\n# B\n\n<!-- contentlint-disable House.Dash -->\nx — y\n");
        write("note.md", "# Note\n\n[gone](gone.md)\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Config config() throws Exception {
        return new ConfigLoader().load(dir.resolve("contentlint.yaml"));
    }

    /** A run with the cache as it is on disk; saves it after, as the Mojo does. */
    private Run cached() throws Exception {
        return cached(dir);
    }

    /** A run of the project in a folder, with its cache as it is on disk. */
    private Run cached(Path project) throws Exception {
        Path configFile = project.resolve("contentlint.yaml");
        Config config = new ConfigLoader().load(configFile);
        ResultCache cache = ResultCache.open(project.resolve("target/contentlint-cache.bin"),
                CacheKey.of(project, new ConfigLoader().stage(configFile).inputs(), "test"));
        LintResult result = new Linter(config, 2, Optional.of(cache)).lint(project.resolve("content"));
        cache.save();
        return new Run(result.findings(), cache.hits(), cache.ignoredBecause(),
                cache.crossFileReused());
    }

    private record Run(List<Finding> findings, int hits, Optional<String> ignored,
            boolean crossFileReused) {}

    private List<Finding> uncached() throws Exception {
        return new Linter(config(), 2).lint(content).findings();
    }

    @Test
    void anUnchangedTreeComesFromTheCacheWithTheSameFindings() throws Exception {
        List<Finding> expected = uncached();
        assertEquals(4, expected.size(), expected.toString());
        Run cold = cached();
        assertEquals(0, cold.hits());
        assertEquals(expected, cold.findings());
        Object written = Files.readAttributes(cacheFile, BasicFileAttributes.class).fileKey();
        Run warm = cached();
        assertEquals(3, warm.hits());
        assertEquals(expected, warm.findings());
        // Nothing changed, so the cache file is left as it is, not written again.
        assertEquals(written, Files.readAttributes(cacheFile, BasicFileAttributes.class).fileKey());
    }

    @Test
    void aCloneInAnotherFolderTakesItsFilesFromTheCacheItWasGiven(@TempDir Path elsewhere)
            throws Exception {
        write("posts/up.md", "---\nname: up\n---\n# Up\n\n[readme](../../README.md)\n");
        Files.writeString(dir.resolve("README.md"), "# Readme\n");
        List<Finding> expected = uncached();
        cached();
        // A fresh checkout: the same files in another folder, every one written just now,
        // and the cache carried over (as a CI job restores it).
        Path clone = elsewhere.resolve("checkout");
        try (var paths = Files.walk(dir)) {
            for (Path from : paths.toList()) {
                Path to = clone.resolve(dir.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Run warm = cached(clone);
        assertEquals(Optional.empty(), warm.ignored());
        assertEquals(4, warm.hits());
        assertTrue(warm.crossFileReused());
        assertEquals(expected, warm.findings());
        // What the checks across files saw beyond the tree is looked at again in the clone.
        Files.delete(clone.resolve("README.md"));
        Run missing = cached(clone);
        assertEquals(4, missing.hits());
        assertFalse(missing.crossFileReused());
        assertTrue(missing.findings().stream().anyMatch(f -> f.path().equals("posts/up.md")
                && f.rule().equals("links.broken")), missing.findings().toString());
    }

    @Test
    void aFileOverMaxFileSizeIsReportedOnEveryRunAndNeverCached() throws Exception {
        Files.writeString(dir.resolve("contentlint.yaml"), Files.readString(dir.resolve("contentlint.yaml"))
                + "maxFileSize: 1 KB\n");
        write("posts/long.md", "---\nname: long\n---\n# Long\n\n" + "Words. ".repeat(300) + "\n");
        List<Finding> expected = uncached();
        Run cold = cached();
        Run warm = cached();
        assertEquals(expected, cold.findings());
        assertEquals(expected, warm.findings());
        assertEquals(3, warm.hits(), "the three small files; the long one is never read");
        assertEquals(List.of("filesize"), warm.findings().stream().filter(f -> f.path().equals("posts/long.md"))
                .map(Finding::rule).toList());
    }

    @Test
    void checksAcrossFilesOfAnUnchangedTreeComeFromTheCache() throws Exception {
        Run cold = cached();
        assertFalse(cold.crossFileReused());
        Run warm = cached();
        assertTrue(warm.crossFileReused());
        assertEquals(uncached(), warm.findings());
    }

    @Test
    void checksAcrossFilesSeeWhatChangesBeyondTheCheckedFiles() throws Exception {
        Files.writeString(dir.resolve("contentlint.yaml"), Files.readString(
                dir.resolve("contentlint.yaml")) + "exclude: [\"drafts/**\"]\n");
        write("drafts/x.md", "# Sec\n");
        write("posts/c.md", "# C\n\n[x](../drafts/x.md#sec), [out](../../outside.md),"
                + " [pic](pic.png)\n");
        assertEquals(Set.of(), broken("posts/c.md", cached()).stream()
                .filter(m -> m.contains("#sec")).collect(Collectors.toSet()));
        assertTrue(cached().crossFileReused());

        // An excluded file whose anchors a link names: its heading changes.
        write("drafts/x.md", "# Other\n");
        Run run = cached();
        assertFalse(run.crossFileReused());
        assertEquals(uncached(), run.findings());
        assertTrue(broken("posts/c.md", run).stream().anyMatch(m -> m.contains("#sec")), run.toString());

        // A file outside the content root comes into being.
        assertTrue(broken("posts/c.md", cached()).stream().anyMatch(m -> m.contains("outside.md")));
        Files.writeString(dir.resolve("outside.md"), "# Outside\n");
        run = cached();
        assertFalse(run.crossFileReused());
        assertEquals(uncached(), run.findings());
        assertTrue(broken("posts/c.md", run).stream().noneMatch(m -> m.contains("outside.md")));

        // A file that is not checked, but that a link names, comes into being.
        assertTrue(broken("posts/c.md", cached()).stream().anyMatch(m -> m.contains("pic.png")));
        Files.write(content.resolve("posts/pic.png"), new byte[] {1, 2, 3});
        run = cached();
        assertFalse(run.crossFileReused());
        assertEquals(uncached(), run.findings());
        assertTrue(broken("posts/c.md", run).stream().noneMatch(m -> m.contains("pic.png")));
        assertTrue(cached().crossFileReused());
    }

    private static List<String> broken(String path, Run run) {
        return run.findings().stream().filter(f -> f.path().equals(path)
                && f.rule().startsWith("links.")).map(Finding::message).toList();
    }

    @Test
    void aFileWhoseSizeAndTimeAreUnchangedIsNotReadAgain() throws Exception {
        Path b = content.resolve("posts/b.md");
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(b, hourAgo);
        List<Finding> before = cached().findings();
        assertTrue(before.stream().anyMatch(f -> f.rule().equals("unique")), before.toString());
        // Other bytes of the same size under the same time: taken as unchanged, as Git and
        // Gradle take them, so the name clash that b.md no longer has is still reported.
        long size = Files.size(b);
        Files.writeString(b, Files.readString(b).replace("name: a", "name: z"));
        assertEquals(size, Files.size(b));
        Files.setLastModifiedTime(b, hourAgo);
        Run run = cached();
        assertEquals(3, run.hits());
        assertEquals(before, run.findings());
        // A new time has it read again.
        Files.setLastModifiedTime(b, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
        run = cached();
        assertEquals(uncached(), run.findings());
        assertTrue(run.findings().stream().noneMatch(f -> f.rule().equals("unique")));
    }

    @Test
    void twoFilesOfOneSizeAndTimeThatSwapNamesAreToldApart() throws Exception {
        write("posts/x.md", "---\nname: x\n---\n# X\n\nx — y\n");
        write("posts/y.md", "---\nname: y\n---\n# Y\n\nx --- y\n");
        Path x = content.resolve("posts/x.md");
        Path y = content.resolve("posts/y.md");
        assertEquals(Files.size(x), Files.size(y), "an em dash is three bytes, as '---' is");
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(x, hourAgo);
        Files.setLastModifiedTime(y, hourAgo);
        cached();
        // A rename keeps a file's size and time; only its identity (its inode) tells.
        Path swap = content.resolve("posts/swap.tmp");
        Files.move(x, swap);
        Files.move(y, x);
        Files.move(swap, y);
        Run run = cached();
        assertEquals(uncached(), run.findings());
        assertTrue(run.findings().stream().anyMatch(f -> f.path().equals("posts/y.md")
                && f.rule().equals("House.Dash")), run.toString());
    }

    @Test
    void aFileChangedJustBeforeTheRunIsReadAgainEvenUnderTheSameTime() throws Exception {
        Path b = content.resolve("posts/b.md");
        FileTime justNow = Files.getLastModifiedTime(b);
        List<Finding> before = cached().findings();
        // The same size and the same time, yet other bytes: the time was too recent to trust.
        byte[] bytes = Files.readAllBytes(b);
        String changed = new String(bytes, StandardCharsets.UTF_8).replace("name: a", "name: z");
        Files.writeString(b, changed);
        assertEquals(bytes.length, Files.size(b));
        Files.setLastModifiedTime(b, justNow);
        Run run = cached();
        assertEquals(2, run.hits());
        assertEquals(uncached(), run.findings());
        assertTrue(!run.findings().equals(before));
    }

    @Test
    void aTouchedFileComesFromTheCacheAndItsNewTimeIsKept() throws Exception {
        for (String path : List.of("posts/a.md", "posts/b.md", "note.md")) {
            Files.setLastModifiedTime(content.resolve(path),
                    FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        }
        cached();
        Path b = content.resolve("posts/b.md");
        Files.setLastModifiedTime(b, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Object before = Files.readAttributes(cacheFile, BasicFileAttributes.class).fileKey();
        Run touched = cached();
        assertEquals(3, touched.hits());
        assertTrue(touched.crossFileReused());
        Object after = Files.readAttributes(cacheFile, BasicFileAttributes.class).fileKey();
        assertTrue(!before.equals(after), "written again with the new time");
        assertEquals(after, Files.readAttributes(cacheFile, BasicFileAttributes.class).fileKey());
        cached();
        assertEquals(after, Files.readAttributes(cacheFile, BasicFileAttributes.class).fileKey(),
                "then left as it is");
    }

    @Test
    void aRunThatTakesEveryFileFromTheCacheCompilesNoSchemaAndNoStyle() throws Exception {
        AtomicInteger compiled = new AtomicInteger();
        LintResult cold = staged(compiled);
        assertEquals(1, compiled.get());
        LintResult warm = staged(compiled);
        assertEquals(1, compiled.get(), "nothing compiled when every file comes from the cache");
        assertEquals(cold.findings(), warm.findings());
        assertEquals(cold.rules(), warm.rules());
        assertTrue(warm.rules().stream().anyMatch(r -> r.id().equals("House.Dash")));
        write("posts/b.md", "---\nname: b\n---\n# B\n\nx — y\n");
        LintResult changed = staged(compiled);
        assertEquals(2, compiled.get(), "compiled for the changed file");
        assertEquals(uncached(), changed.findings());
    }

    /** A run as the Mojo makes it: the configuration compiled only where a file needs it. */
    private LintResult staged(AtomicInteger compiled) throws Exception {
        StagedConfig staged = new ConfigLoader().stage(dir.resolve("contentlint.yaml"));
        ResultCache cache = ResultCache.open(cacheFile, CacheKey.of(staged.inputs(), "test"));
        LintResult result = new Linter(staged.structure(), () -> {
            compiled.incrementAndGet();
            return staged.compile();
        }, 2, Optional.of(cache)).lint(content);
        cache.putConfiguration(new ResultCache.Configuration(List.of(), result.rules()));
        cache.save();
        return result;
    }

    @Test
    void checksAcrossFilesStayRightWhenOnlyOneFileChanges() throws Exception {
        cached();
        // b.md loses its heading and its name clash; a.md is unchanged and taken from the cache,
        // yet its link to b.md#b must now be broken and its name no longer shared.
        write("posts/b.md", "---\nname: b\n---\n# Other\n");
        Run warm = cached();
        assertEquals(2, warm.hits());
        assertEquals(uncached(), warm.findings());
        assertTrue(warm.findings().stream().anyMatch(f -> f.path().equals("posts/a.md")
                && f.rule().equals("links.broken") && f.message().contains("#b")), warm.toString());
        assertTrue(warm.findings().stream().noneMatch(f -> f.rule().equals("unique")));
        // A deleted file leaves the cache, and the link to it breaks.
        Files.delete(content.resolve("note.md"));
        Run after = cached();
        assertEquals(uncached(), after.findings());
        assertTrue(after.findings().stream().anyMatch(f -> f.message().contains("[[note]]")));
    }

    @Test
    void aChangedStyleOrConfigurationEmptiesTheCache() throws Exception {
        cached();
        Files.writeString(dir.resolve("styles/House/Dash.yml"),
                "extends: existence\nmessage: \"Dash '%s'\"\nnonword: true\ntokens: ['—']\n");
        Run run = cached();
        assertEquals(0, run.hits());
        assertTrue(run.ignored().orElseThrow().contains("changed"), run.ignored().toString());
        assertEquals(uncached(), run.findings());
        assertEquals(3, cached().hits());
    }

    @Test
    void aDamagedOrForeignCacheFileIsIgnoredAndRewritten() throws Exception {
        List<Finding> expected = uncached();
        cached();
        byte[] whole = Files.readAllBytes(cacheFile);
        for (byte[] bad : List.of(new byte[0], "not a cache".getBytes(),
                java.util.Arrays.copyOf(whole, whole.length / 2), flipped(whole, 40),
                flipped(whole, whole.length / 2), flipped(whole, whole.length - 12))) {
            Files.write(cacheFile, bad);
            Run run = cached();
            assertEquals(0, run.hits(), "a damaged cache is never used");
            assertEquals(expected, run.findings());
            assertEquals(3, cached().hits(), "rewritten whole after a damaged one");
        }
    }

    /** The cache with one byte changed. */
    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x5A;
        return copy;
    }
}
