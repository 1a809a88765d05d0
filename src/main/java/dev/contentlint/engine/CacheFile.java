package dev.contentlint.engine;

import dev.contentlint.crossfile.FileFacts;
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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The result cache's file, read and written whole. In order: a magic line, the format, the key;
 * the string table (its size, then each string's UTF-8 length and bytes); the files (their number,
 * then for each its path's string number, the SHA-256 of its bytes, its size, time and identity,
 * and its entry's length and bytes, see {@link CacheCodec}); the checks across files (whether
 * there are any, the tree's key, their length and bytes); the configuration (whether there is
 * one, its length and bytes); last, a CRC-32 of all that precedes, so that a damaged file is
 * never read as findings.
 */
final class CacheFile {

    private static final byte[] MAGIC = "contentlint-result-cache\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 5;

    /** A file's entry: how its bytes were known, and its result and facts, still encoded. */
    record Entry(byte[] hash, ResultCache.Stamp stamp, byte[] bytes) {}

    /** The findings of the checks across files for one tree, still encoded. */
    record CrossFile(byte[] tree, byte[] bytes) {}

    /** What a cache file holds, its strings read, the rest left as bytes but the configuration. */
    record Contents(String[] strings, Map<String, Entry> entries, Optional<CrossFile> crossFile,
            Optional<ResultCache.Configuration> configuration) {

        static final Contents NONE = new Contents(new String[0], Map.of(), Optional.empty(),
                Optional.empty());
    }

    /** The contents of a file, or why it is not used (then they are {@link Contents#NONE}). */
    record Read(Contents contents, Optional<String> ignoredBecause) {

        static Read ignored(String why) {
            return new Read(Contents.NONE, Optional.of(why));
        }
    }

    /** One file, as it goes into a cache file. */
    record Written(String path, byte[] hash, ResultCache.Stamp stamp, FileResult result,
            FileFacts facts) {}

    /** The checks across files' findings for one tree, as they go into a cache file. */
    record WrittenCrossFile(byte[] tree, CacheCodec.CrossFile crossFile) {}

    private CacheFile() {}

    /** Reads a cache file written under a key; none there is an empty cache, not a fault. */
    static Read read(Path file, String key) {
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            CheckedInputStream checked = new CheckedInputStream(buffered, new CRC32());
            DataInputStream in = new DataInputStream(checked);
            if (!Arrays.equals(MAGIC, in.readNBytes(MAGIC.length))) {
                return Read.ignored("it is not a contentlint result cache");
            }
            if (in.readInt() != FORMAT) {
                return Read.ignored("it was written in another format");
            }
            if (!key.equals(in.readUTF())) {
                return Read.ignored("the configuration, a schema, a style or the plugin's"
                        + " build changed since it was written");
            }
            String[] strings = new String[count(in)];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
            }
            int files = count(in);
            Map<String, Entry> entries = new HashMap<>(Math.max(16, files * 2));
            for (int i = 0; i < files; i++) {
                int path = in.readInt();
                if (path < 0 || path >= strings.length) {
                    return Read.ignored("it is damaged");
                }
                byte[] hash = in.readNBytes(32);
                ResultCache.Stamp stamp = new ResultCache.Stamp(in.readLong(), in.readLong(),
                        in.readLong());
                entries.put(strings[path], new Entry(hash, stamp, in.readNBytes(count(in))));
            }
            Optional<CrossFile> crossFile = Optional.empty();
            if (in.readBoolean()) {
                byte[] tree = in.readNBytes(32);
                crossFile = Optional.of(new CrossFile(tree, in.readNBytes(count(in))));
            }
            Optional<ResultCache.Configuration> configuration = Optional.empty();
            if (in.readBoolean()) {
                configuration = Optional.of(CacheCodec.readConfiguration(new CacheInput(
                        ByteBuffer.wrap(in.readNBytes(count(in))), strings)));
            }
            long sum = checked.getChecksum().getValue();
            DataInputStream tail = new DataInputStream(buffered);
            if (tail.readLong() != sum || tail.read() != -1) {
                return Read.ignored("it is damaged (its checksum does not match)");
            }
            return new Read(new Contents(strings, entries, crossFile, configuration),
                    Optional.empty());
        } catch (NoSuchFileException e) {
            return new Read(Contents.NONE, Optional.empty());
        } catch (EOFException e) {
            return Read.ignored("it is cut short");
        } catch (IOException | RuntimeException e) {
            return Read.ignored("it is damaged (" + e.getMessage() + ")");
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

    /** Writes one part of the file. */
    @FunctionalInterface
    private interface Part {
        void write(DataOutputStream out) throws IOException;
    }

    /** A part preceded by its length, so that a reader can keep it as bytes until it is needed. */
    private static void sized(DataOutputStream out, ByteArrayOutputStream buffer, Part part)
            throws IOException {
        buffer.reset();
        part.write(new DataOutputStream(buffer));
        out.writeInt(buffer.size());
        buffer.writeTo(out);
    }

    /**
     * Writes a cache file whole, atomically.
     *
     * @param files in the order they are written (by path)
     */
    static void write(Path file, String key, List<Written> files,
            Optional<WrittenCrossFile> crossFile,
            Optional<ResultCache.Configuration> configuration) throws IOException {
        // The strings first, so that a reader knows them all before the first entry: a first
        // pass over the entries numbers them and writes nothing.
        CacheCodec.StringTable table = new CacheCodec.StringTable();
        DataOutputStream nowhere = new DataOutputStream(OutputStream.nullOutputStream());
        for (Written written : files) {
            table.id(written.path());
            CacheCodec.write(nowhere, table, written.result(), written.facts());
        }
        if (crossFile.isPresent()) {
            CacheCodec.write(nowhere, table, crossFile.get().crossFile());
        }
        if (configuration.isPresent()) {
            CacheCodec.write(nowhere, table, configuration.get());
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
            out.writeInt(files.size());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            for (Written written : files) {
                out.writeInt(table.id(written.path()));
                out.write(written.hash());
                out.writeLong(written.stamp().size());
                out.writeLong(written.stamp().modified());
                out.writeLong(written.stamp().identity());
                sized(out, buffer, part -> CacheCodec.write(part, table, written.result(),
                        written.facts()));
            }
            out.writeBoolean(crossFile.isPresent());
            if (crossFile.isPresent()) {
                out.write(crossFile.get().tree());
                sized(out, buffer, part -> CacheCodec.write(part, table, crossFile.get().crossFile()));
            }
            out.writeBoolean(configuration.isPresent());
            if (configuration.isPresent()) {
                sized(out, buffer, part -> CacheCodec.write(part, table, configuration.get()));
            }
            out.flush();
            new DataOutputStream(buffered).writeLong(checked.getChecksum().getValue());
            buffered.flush();
        });
    }
}
