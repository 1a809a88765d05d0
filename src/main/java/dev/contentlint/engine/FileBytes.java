package dev.contentlint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's bytes, read only where there are no more of them than a limit: a data dump named
 * {@code .md} would fill the heap (a 200 MB file took 5 GB to check), and one over 2 GB cannot
 * be held by a Java array at all.
 */
public final class FileBytes {

    /** A file larger than the limit, left unread. */
    public static final class TooLarge extends IOException {

        private final long size;

        TooLarge(long size) {
            super("the file is larger than the limit");
            this.size = size;
        }

        /** Its size in bytes, as far as it is known: at least the limit plus one. */
        public long size() {
            return size;
        }
    }

    private FileBytes() {}

    public static byte[] read(Path file, long limit) throws IOException {
        return read(file, limit, -1);
    }

    /**
     * @param knownSize the file's size as the scan of the tree saw it, so that it need not be
     *     asked again; -1 where not known
     */
    static byte[] read(Path file, long limit, long knownSize) throws IOException {
        long size = knownSize >= 0 ? knownSize : Files.size(file);
        if (size > limit) {
            throw new TooLarge(size);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > limit) {
            throw new TooLarge(bytes.length); // it grew since it was measured
        }
        return bytes;
    }
}
