package dev.contentlint.engine;

import dev.contentlint.crossfile.DiskLookups;
import dev.contentlint.crossfile.FileFacts;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.style.Lazy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What checking each file gave on the last run, keyed by the file's path and the SHA-256 of its
 * bytes, under one key for the configuration and the plugin version: an unchanged file is not
 * read as Markdown again, yet still reports its findings and still takes part in the checks
 * across files (its links and values are kept too). A cache file that cannot be read, or that was
 * written for another configuration or version, is ignored whole and rewritten, never trusted.
 *
 * <p>Opening reads the file whole ({@link CacheFile}) and checks its sum, but leaves each file's
 * entry as bytes: the checking threads decode the entries they ask for, at once. Lookups read a
 * map that no one changes, results go into a concurrent one.
 */
public final class ResultCache {

    /**
     * What checking one file gave: its result, and its facts for the checks across files, which
     * are decoded only when those checks run (not where their findings come from the cache).
     */
    public record CachedFile(FileResult result, Supplier<FileFacts> facts) {}

    /**
     * What the configuration the cache was written under says of itself: its warnings, and every
     * rule that can report. The cache's key covers every file the configuration is read from, so
     * a cache opened under the same key may stand for the compiled configuration.
     */
    public record Configuration(List<String> warnings, List<RuleInfo> rules) {

        public Configuration {
            warnings = List.copyOf(warnings);
            rules = List.copyOf(rules);
        }
    }

    /**
     * When a file's bytes were last read: its size, last-modified time and identity then, where
     * a later change of its bytes must change them (see {@link #get(String, Stamp)}).
     *
     * @param modified nanoseconds since the epoch; -1 where the time is not to be trusted
     * @param identity a hash of the file system's key for the file (device and inode), 0 where
     *     it has none: two files of one size and time that swap names are still told apart
     */
    public record Stamp(long size, long modified, long identity) {

        public static final Stamp NONE = new Stamp(-1, -1, 0);

        boolean trusted() {
            return size >= 0 && modified >= 0;
        }
    }

    private record Stored(byte[] hash, Stamp stamp, CachedFile file) {}

    private final Path file;
    private final String key;
    /** What the file held; each file's entry is decoded when the file is asked for. */
    private final CacheFile.Contents previous;
    private final Optional<String> ignoredBecause;
    private final Map<String, Stored> current = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private volatile CacheFile.WrittenCrossFile crossFile;
    private volatile boolean crossFileReused;
    private volatile boolean restamped;
    private volatile Configuration configuration;

    private ResultCache(Path file, String key, CacheFile.Read read) {
        this.file = file;
        this.key = key;
        this.previous = read.contents();
        this.ignoredBecause = read.ignoredBecause();
    }

    /**
     * The cache in a file, for a configuration; empty where there is no file yet, and where the
     * file cannot be used (then {@link #ignoredBecause} says why).
     */
    public static ResultCache open(Path file, String key) {
        return new ResultCache(file, key, CacheFile.read(file, key));
    }

    /**
     * What the last run gave for a file whose size and last-modified time are what they were
     * when its bytes were read then, without reading them again: as Git and Gradle do, a file
     * whose size and time are the same is taken to hold the same bytes. A time is kept only
     * where the file was last changed well before it was read (see {@link Linter}), so that a
     * change made in the same tick of a coarse clock cannot go unseen.
     */
    public Optional<CachedFile> get(String path, Stamp stamp) {
        CacheFile.Entry encoded = previous.entries().get(path);
        if (encoded == null || !stamp.trusted() || !stamp.equals(encoded.stamp())) {
            return Optional.empty();
        }
        return hit(path, encoded, encoded.hash(), stamp);
    }

    /**
     * What the last run gave for a file, if its bytes are the same. An entry that cannot be
     * decoded, which its checksum makes all but impossible, counts as not cached.
     *
     * @param stamp the file's size and time when its bytes were read now, kept for the next run
     */
    public Optional<CachedFile> get(String path, byte[] hash, Stamp stamp) {
        CacheFile.Entry encoded = previous.entries().get(path);
        if (encoded == null || !Arrays.equals(encoded.hash(), hash)) {
            return Optional.empty();
        }
        return hit(path, encoded, hash, stamp);
    }

    private Optional<CachedFile> hit(String path, CacheFile.Entry encoded, byte[] hash,
            Stamp stamp) {
        CachedFile cached;
        try {
            ByteBuffer bytes = ByteBuffer.wrap(encoded.bytes());
            FileResult result = CacheCodec.readResult(new CacheInput(bytes,
                    previous.strings()), path);
            int factsAt = bytes.position();
            cached = new CachedFile(result, new Lazy<>(() -> facts(encoded, factsAt, result)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!stamp.equals(encoded.stamp())) {
            restamped = true;
        }
        hits.incrementAndGet();
        current.put(path, new Stored(hash, stamp, cached));
        return Optional.of(cached);
    }

    /** A cached file's facts, decoded from where its result ends in its entry. */
    private FileFacts facts(CacheFile.Entry encoded, int at, FileResult result) {
        try {
            return CacheCodec.readFacts(new CacheInput(ByteBuffer.wrap(encoded.bytes()).position(at),
                    previous.strings()), result.path(), result.type());
        } catch (IOException e) {
            // Its checksum matched, so only a fault of this code can get here.
            throw new UncheckedIOException("the result cache " + file + " holds an entry for "
                    + result.path() + " that cannot be read; delete the file", e);
        }
    }

    /** What this run gave for a file, and its size and time when its bytes were read. */
    public void put(String path, byte[] hash, Stamp stamp, FileResult result, FileFacts facts) {
        current.put(path, new Stored(hash, stamp, new CachedFile(result, () -> facts)));
    }

    /**
     * What the configuration said of itself when the cache was written, where it was written
     * under this very key: then the configuration compiled and said just this.
     */
    public Optional<Configuration> configuration() {
        return previous.configuration();
    }

    /** What the configuration says of itself on this run, kept for the next. */
    public void putConfiguration(Configuration now) {
        configuration = now;
    }

    /**
     * What the checks across files found in each file on the last run, where this run sees the
     * same tree: the same files under the root, each checked file's bytes the same (every one
     * of them through this cache), and the same on disk wherever those checks looked beyond the
     * tree. Empty otherwise; then the caller runs them and hands their findings to
     * {@link #putCrossFile}.
     *
     * @param allFiles every file under the root, as the scan found them
     * @param checkedFiles how many files this run checked
     * @param root the content root
     * @param maxFileSize the largest file those checks read
     */
    public Optional<Map<String, List<Finding>>> crossFile(List<String> allFiles, int checkedFiles,
            Path root, long maxFileSize) {
        Optional<byte[]> tree = tree(allFiles, checkedFiles);
        Optional<CacheFile.CrossFile> before = previous.crossFile();
        if (tree.isEmpty() || before.isEmpty() || !Arrays.equals(tree.get(), before.get().tree())) {
            return Optional.empty();
        }
        CacheCodec.CrossFile decoded;
        try {
            decoded = CacheCodec.readCrossFile(new CacheInput(ByteBuffer.wrap(before.get().bytes()),
                    previous.strings()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!DiskLookups.unchanged(root, decoded.lookups(), maxFileSize)) {
            return Optional.empty();
        }
        crossFile = new CacheFile.WrittenCrossFile(tree.get(), decoded);
        crossFileReused = true;
        return Optional.of(decoded.findings());
    }

    /**
     * What the checks across files found in each file on this run (files with none may be left
     * out), and where they looked on disk beyond the tree. Kept only where every checked file
     * went through this cache, as {@link #crossFile} requires.
     */
    public void putCrossFile(List<String> allFiles, int checkedFiles,
            Map<String, List<Finding>> findings, Map<String, String> lookups) {
        tree(allFiles, checkedFiles).ifPresent(tree -> crossFile = new CacheFile.WrittenCrossFile(
                tree, new CacheCodec.CrossFile(Map.copyOf(lookups), Map.copyOf(findings))));
    }

    /**
     * The key of a tree: every path under the root and the hash of each checked file's bytes;
     * none where a checked file did not go through this cache (it could not be read).
     */
    private Optional<byte[]> tree(List<String> allFiles, int checkedFiles) {
        if (current.size() != checkedFiles) {
            return Optional.empty();
        }
        MessageDigest digest = CacheKey.sha256();
        List<String> all = sortedDistinct(allFiles);
        for (String path : all) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        digest.update((byte) 1);
        for (String path : checkedInOrder(all)) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(current.get(path).hash());
        }
        return Optional.of(digest.digest());
    }

    /**
     * The checked files' paths in order: those of every file's, where the checked files are
     * among them (as the scan finds them), so that a hundred thousand paths are not sorted
     * again; else sorted apart.
     */
    private List<String> checkedInOrder(List<String> all) {
        List<String> checked = new ArrayList<>(current.size());
        for (String path : all) {
            if (current.containsKey(path)) {
                checked.add(path);
            }
        }
        return checked.size() == current.size() ? checked : sortedDistinct(current.keySet());
    }

    /**
     * The paths in order, each once: a sorted list rather than a TreeSet, since the scan's list
     * is already sorted (a warm run of 100,000 files spent about 0.2 s building the trees).
     */
    private static List<String> sortedDistinct(java.util.Collection<String> paths) {
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(null);
        List<String> distinct = new ArrayList<>(sorted.size());
        for (String path : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(path)) {
                distinct.add(path);
            }
        }
        return distinct;
    }

    /**
     * Writes this run's files, and only them: a deleted file leaves the cache. Where every file
     * of the cache came from it unchanged (bytes, size and time), no other file was checked and
     * the checks across files came from it too, the file already holds exactly that and is left
     * as it is.
     */
    public void save() throws IOException {
        Map<String, CacheFile.Entry> before = previous.entries();
        if (!before.isEmpty() && hits.get() == before.size() && current.size() == before.size()
                && crossFileReused && !restamped
                && previous.configuration().equals(Optional.ofNullable(configuration))) {
            return;
        }
        List<CacheFile.Written> files = new ArrayList<>(current.size());
        for (Map.Entry<String, Stored> stored : new TreeMap<>(current).entrySet()) {
            CachedFile cached = stored.getValue().file();
            files.add(new CacheFile.Written(stored.getKey(), stored.getValue().hash(),
                    stored.getValue().stamp(), cached.result(), cached.facts().get()));
        }
        CacheFile.write(file, key, files, Optional.ofNullable(crossFile),
                Optional.ofNullable(configuration));
    }

    /** Whether this run took the findings of the checks across files from the cache. */
    public boolean crossFileReused() {
        return crossFileReused;
    }

    /** How many files this run took from the cache. */
    public int hits() {
        return hits.get();
    }

    /** Why the cache file on disk was not used, where it was not. */
    public Optional<String> ignoredBecause() {
        return ignoredBecause;
    }

    public Path file() {
        return file;
    }
}
