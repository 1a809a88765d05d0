package dev.contentlint.engine;

import dev.contentlint.crossfile.FileFacts;
import dev.contentlint.report.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * <p>Read by the checking threads at once: lookups read a map that no one changes, results go
 * into a concurrent one.
 */
public final class ResultCache {

    private static final byte[] MAGIC = "contentlint-result-cache\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    /** What checking one file gave. */
    public record CachedFile(FileResult result, FileFacts facts) {}

    private record Stored(byte[] hash, CachedFile file) {}

    private final Path file;
    private final String key;
    private final Map<String, Stored> previous;
    private final Map<String, Stored> current = new ConcurrentHashMap<>();
    private final Optional<String> ignoredBecause;
    private final AtomicInteger hits = new AtomicInteger();

    private ResultCache(Path file, String key, Map<String, Stored> previous,
            Optional<String> ignoredBecause) {
        this.file = file;
        this.key = key;
        this.previous = previous;
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
            int count = in.readInt();
            if (count < 0) {
                return ignored(file, key, "it is damaged");
            }
            Map<String, Stored> entries = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                byte[] hash = new byte[32];
                in.readFully(hash);
                CacheCodec.Entry entry = CacheCodec.read(in, path);
                entries.put(path, new Stored(hash, new CachedFile(entry.result(), entry.facts())));
            }
            long sum = checked.getChecksum().getValue();
            DataInputStream tail = new DataInputStream(buffered);
            if (tail.readLong() != sum || tail.read() != -1) {
                return ignored(file, key, "it is damaged (its checksum does not match)");
            }
            return new ResultCache(file, key, entries, Optional.empty());
        } catch (NoSuchFileException e) {
            return new ResultCache(file, key, Map.of(), Optional.empty());
        } catch (EOFException e) {
            return ignored(file, key, "it is cut short");
        } catch (IOException | RuntimeException e) {
            return ignored(file, key, "it is damaged (" + e.getMessage() + ")");
        }
    }

    private static ResultCache ignored(Path file, String key, String why) {
        return new ResultCache(file, key, Map.of(), Optional.of(why));
    }

    /** What the last run gave for a file, if its bytes are the same. */
    public Optional<CachedFile> get(String path, byte[] hash) {
        Stored stored = previous.get(path);
        if (stored == null || !Arrays.equals(stored.hash(), hash)) {
            return Optional.empty();
        }
        hits.incrementAndGet();
        current.put(path, stored);
        return Optional.of(stored.file());
    }

    /** What this run gave for a file. */
    public void put(String path, byte[] hash, FileResult result, FileFacts facts) {
        current.put(path, new Stored(hash, new CachedFile(result, facts)));
    }

    /**
     * Writes this run's files, and only them: a deleted file leaves the cache. Where every file
     * of the cache came from it unchanged and no other file was checked, the file already holds
     * exactly that and is left as it is.
     */
    public void save() throws IOException {
        if (!previous.isEmpty() && hits.get() == previous.size()
                && current.size() == previous.size()) {
            return;
        }
        AtomicFiles.write(file, raw -> {
            BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            CheckedOutputStream checked = new CheckedOutputStream(buffered, new CRC32());
            DataOutputStream out = new DataOutputStream(checked);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeInt(current.size());
            for (Map.Entry<String, Stored> entry : new java.util.TreeMap<>(current).entrySet()) {
                out.writeUTF(entry.getKey());
                out.write(entry.getValue().hash());
                CacheCodec.write(out, entry.getValue().file().result(), entry.getValue().file().facts());
            }
            out.flush();
            // The sum of all that precedes it: a damaged file is never read as findings.
            new DataOutputStream(buffered).writeLong(checked.getChecksum().getValue());
            buffered.flush();
        });
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
