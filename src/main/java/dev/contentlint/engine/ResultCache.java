package dev.contentlint.engine;

import dev.contentlint.crossfile.DiskLookups;
import dev.contentlint.crossfile.FileFacts;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.style.Lazy;
import dev.contentlint.report.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What checking each file gave on the last run, keyed by the file's path and the SHA-256 of its
 * bytes, under one key for the configuration and the plugin version: an unchanged file is not
 * read as Markdown again, yet still reports its findings and still takes part in the checks
 * across files (its links and values are kept too). A cache file that cannot be read, or that was
 * written for another configuration or version, is ignored whole and rewritten, never trusted.
 *
 * <p>Opening reads the file whole and checks its sum, but leaves each file's entry as bytes: the
 * checking threads decode the entries they ask for, at once. Lookups read a map that no one
 * changes, results go into a concurrent one.
 */
public final class ResultCache {

    private static final byte[] MAGIC = "contentlint-result-cache\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int FORMAT = 4;

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
     * When a file's bytes were last read: its size and last-modified time then, where a later
     * change of its bytes must change them (see {@link #get(String, Stamp)}).
     *
     * @param modified nanoseconds since the epoch; -1 where the time is not to be trusted
     */
    public record Stamp(long size, long modified) {

        public static final Stamp NONE = new Stamp(-1, -1);

        boolean trusted() {
            return size >= 0 && modified >= 0;
        }
    }

    /** A file's entry as the cache file holds it, decoded when the file is asked for. */
    private record Encoded(byte[] hash, Stamp stamp, byte[] entry) {}

    private record Stored(byte[] hash, Stamp stamp, CachedFile file) {}

    /** The checks across files' findings for one tree: its key, and the findings as bytes. */
    private record EncodedCrossFile(byte[] tree, byte[] bytes) {}

    private record StoredCrossFile(byte[] tree, CacheCodec.CrossFile crossFile) {}

    private final Path file;
    private final String key;
    private final String[] strings;
    private final Map<String, Encoded> previous;
    private final Optional<EncodedCrossFile> previousCrossFile;
    private volatile StoredCrossFile crossFile;
    private volatile boolean crossFileReused;
    private volatile boolean restamped;
    private final Optional<Configuration> previousConfiguration;
    private volatile Configuration configuration;
    private final Map<String, Stored> current = new ConcurrentHashMap<>();
    private final Optional<String> ignoredBecause;
    private final AtomicInteger hits = new AtomicInteger();

    private ResultCache(Path file, String key, String[] strings, Map<String, Encoded> previous,
            Optional<EncodedCrossFile> previousCrossFile,
            Optional<Configuration> previousConfiguration, Optional<String> ignoredBecause) {
        this.file = file;
        this.key = key;
        this.strings = strings;
        this.previous = previous;
        this.previousCrossFile = previousCrossFile;
        this.previousConfiguration = previousConfiguration;
        this.ignoredBecause = ignoredBecause;
    }

    /**
     * The cache in a file, for a configuration; empty where there is no file yet, and where the
     * file cannot be used (then {@link #ignoredBecause} says why).
     */
    public static ResultCache open(Path file, String key) {
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            CheckedInputStream checked = new CheckedInputStream(buffered, new CRC32());
            DataInputStream in = new DataInputStream(checked);
            if (!Arrays.equals(MAGIC, in.readNBytes(MAGIC.length))) {
                return ignored(file, key, "it is not a contentlint result cache");
            }
            if (in.readInt() != FORMAT) {
                return ignored(file, key, "it was written in another format");
            }
            if (!key.equals(in.readUTF())) {
                return ignored(file, key, "the configuration, a schema, a style or the plugin"
                        + " version changed since it was written");
            }
            String[] strings = new String[count(in)];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
            }
            int entries = count(in);
            Map<String, Encoded> previous = new HashMap<>(Math.max(16, entries * 2));
            for (int i = 0; i < entries; i++) {
                int path = in.readInt();
                if (path < 0 || path >= strings.length) {
                    return ignored(file, key, "it is damaged");
                }
                byte[] hash = new byte[32];
                in.readFully(hash);
                Stamp stamp = new Stamp(in.readLong(), in.readLong());
                byte[] entry = new byte[count(in)];
                in.readFully(entry);
                previous.put(strings[path], new Encoded(hash, stamp, entry));
            }
            Optional<EncodedCrossFile> crossFile = Optional.empty();
            if (in.readBoolean()) {
                byte[] tree = new byte[32];
                in.readFully(tree);
                byte[] bytes = new byte[count(in)];
                in.readFully(bytes);
                crossFile = Optional.of(new EncodedCrossFile(tree, bytes));
            }
            Optional<Configuration> configuration = Optional.empty();
            if (in.readBoolean()) {
                byte[] bytes = new byte[count(in)];
                in.readFully(bytes);
                configuration = Optional.of(CacheCodec.readConfiguration(
                        new CacheInput(ByteBuffer.wrap(bytes), strings)));
            }
            long sum = checked.getChecksum().getValue();
            DataInputStream tail = new DataInputStream(buffered);
            if (tail.readLong() != sum || tail.read() != -1) {
                return ignored(file, key, "it is damaged (its checksum does not match)");
            }
            return new ResultCache(file, key, strings, previous, crossFile, configuration,
                    Optional.empty());
        } catch (NoSuchFileException e) {
            return new ResultCache(file, key, new String[0], Map.of(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        } catch (EOFException e) {
            return ignored(file, key, "it is cut short");
        } catch (IOException | RuntimeException e) {
            return ignored(file, key, "it is damaged (" + e.getMessage() + ")");
        }
    }

    /** A count or length, which a damaged file may have turned negative. */
    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a count of " + count);
        }
        return count;
    }

    private static ResultCache ignored(Path file, String key, String why) {
        return new ResultCache(file, key, new String[0], Map.of(), Optional.empty(),
                Optional.empty(), Optional.of(why));
    }

    /**
     * What the last run gave for a file whose size and last-modified time are what they were
     * when its bytes were read then, without reading them again: as Git and Gradle do, a file
     * whose size and time are the same is taken to hold the same bytes. A time is kept only
     * where the file was last changed well before it was read (see {@link Linter}), so that a
     * change made in the same tick of a coarse clock cannot go unseen.
     */
    public Optional<CachedFile> get(String path, Stamp stamp) {
        Encoded encoded = previous.get(path);
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
        Encoded encoded = previous.get(path);
        if (encoded == null || !Arrays.equals(encoded.hash(), hash)) {
            return Optional.empty();
        }
        return hit(path, encoded, hash, stamp);
    }

    private Optional<CachedFile> hit(String path, Encoded encoded, byte[] hash, Stamp stamp) {
        CachedFile cached;
        try {
            ByteBuffer bytes = ByteBuffer.wrap(encoded.entry());
            FileResult result = CacheCodec.readResult(new CacheInput(bytes, strings), path);
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
    private FileFacts facts(Encoded encoded, int at, FileResult result) {
        try {
            return CacheCodec.readFacts(new CacheInput(ByteBuffer.wrap(encoded.entry()).position(at),
                    strings), result.path(), result.type());
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
        return previousConfiguration;
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
     */
    public Optional<Map<String, List<Finding>>> crossFile(List<String> allFiles, int checkedFiles,
            Path root) {
        Optional<byte[]> tree = tree(allFiles, checkedFiles);
        if (tree.isEmpty() || previousCrossFile.isEmpty()
                || !Arrays.equals(tree.get(), previousCrossFile.get().tree())) {
            return Optional.empty();
        }
        CacheCodec.CrossFile decoded;
        try {
            decoded = CacheCodec.readCrossFile(new CacheInput(
                    ByteBuffer.wrap(previousCrossFile.get().bytes()), strings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!DiskLookups.unchanged(root, decoded.lookups())) {
            return Optional.empty();
        }
        crossFile = new StoredCrossFile(tree.get(), decoded);
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
        tree(allFiles, checkedFiles).ifPresent(tree -> crossFile = new StoredCrossFile(tree,
                new CacheCodec.CrossFile(Map.copyOf(lookups), Map.copyOf(findings))));
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
        for (String path : new TreeSet<>(allFiles)) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        digest.update((byte) 1);
        for (Map.Entry<String, Stored> entry : new TreeMap<>(current).entrySet()) {
            digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(entry.getValue().hash());
        }
        return Optional.of(digest.digest());
    }

    /**
     * Writes this run's files, and only them: a deleted file leaves the cache. Where every file
     * of the cache came from it unchanged (bytes, size and time), no other file was checked and
     * the checks across files came from it too, the file already holds exactly that and is left
     * as it is.
     */
    public void save() throws IOException {
        if (!previous.isEmpty() && hits.get() == previous.size()
                && current.size() == previous.size() && crossFileReused && !restamped
                && previousConfiguration.equals(Optional.ofNullable(configuration))) {
            return;
        }
        StoredCrossFile across = crossFile;
        Configuration said = configuration;
        Map<String, Stored> sorted = new TreeMap<>(current);
        // The strings first, so that a reader knows them all before the first entry: a first
        // pass over the entries numbers them and writes nothing.
        CacheCodec.StringTable table = new CacheCodec.StringTable();
        DataOutputStream nowhere = new DataOutputStream(OutputStream.nullOutputStream());
        for (Map.Entry<String, Stored> entry : sorted.entrySet()) {
            table.id(entry.getKey());
            CacheCodec.write(nowhere, table, entry.getValue().file().result(),
                    entry.getValue().file().facts().get());
        }
        if (across != null) {
            CacheCodec.write(nowhere, table, across.crossFile());
        }
        if (said != null) {
            CacheCodec.write(nowhere, table, said);
        }
        AtomicFiles.write(file, raw -> {
            BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            CheckedOutputStream checked = new CheckedOutputStream(buffered, new CRC32());
            DataOutputStream out = new DataOutputStream(checked);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeInt(table.strings().size());
            for (String string : table.strings()) {
                byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            out.writeInt(sorted.size());
            ByteArrayOutputStream entry = new ByteArrayOutputStream();
            DataOutputStream entryOut = new DataOutputStream(entry);
            for (Map.Entry<String, Stored> stored : sorted.entrySet()) {
                entry.reset();
                CacheCodec.write(entryOut, table, stored.getValue().file().result(),
                        stored.getValue().file().facts().get());
                out.writeInt(table.id(stored.getKey()));
                out.write(stored.getValue().hash());
                out.writeLong(stored.getValue().stamp().size());
                out.writeLong(stored.getValue().stamp().modified());
                out.writeInt(entry.size());
                entry.writeTo(out);
            }
            out.writeBoolean(across != null);
            if (across != null) {
                entry.reset();
                CacheCodec.write(entryOut, table, across.crossFile());
                out.write(across.tree());
                out.writeInt(entry.size());
                entry.writeTo(out);
            }
            out.writeBoolean(said != null);
            if (said != null) {
                entry.reset();
                CacheCodec.write(entryOut, table, said);
                out.writeInt(entry.size());
                entry.writeTo(out);
            }
            out.flush();
            // The sum of all that precedes it: a damaged file is never read as findings.
            new DataOutputStream(buffered).writeLong(checked.getChecksum().getValue());
            buffered.flush();
        });
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
