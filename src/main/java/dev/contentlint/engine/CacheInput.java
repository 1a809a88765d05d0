package dev.contentlint.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;

/**
 * Reads a cache entry's bytes, checking what it reads: a count, an ordinal or a string reference
 * out of range means the bytes are damaged, and fails here rather than turning into wrong
 * findings.
 */
final class CacheInput {

    /** More items than any real file has: a count above it means the cache is damaged. */
    private static final int MAX_ITEMS = 10_000_000;

    private final ByteBuffer bytes;
    private final String[] strings;

    /**
     * @param strings the cache's string table, which every string reference points into
     */
    CacheInput(ByteBuffer bytes, String[] strings) {
        this.bytes = bytes;
        this.strings = strings;
    }

    int readInt() throws IOException {
        try {
            return bytes.getInt();
        } catch (BufferUnderflowException e) {
            throw new IOException("damaged: an entry is cut short");
        }
    }

    long readLong() throws IOException {
        try {
            return bytes.getLong();
        } catch (BufferUnderflowException e) {
            throw new IOException("damaged: an entry is cut short");
        }
    }

    boolean readBoolean() throws IOException {
        return ordinal(2) == 1;
    }

    String string() throws IOException {
        int ref = readInt();
        if (ref < 0 || ref >= strings.length) {
            throw new IOException("damaged: a string reference of " + ref);
        }
        return strings[ref];
    }

    int count() throws IOException {
        int count = readInt();
        if (count < 0 || count > MAX_ITEMS) {
            throw new IOException("damaged: a count of " + count);
        }
        return count;
    }

    int ordinal(int size) throws IOException {
        int ordinal;
        try {
            ordinal = Byte.toUnsignedInt(bytes.get());
        } catch (BufferUnderflowException e) {
            throw new IOException("damaged: an entry is cut short");
        }
        if (ordinal >= size) {
            throw new IOException("damaged: an ordinal of " + ordinal);
        }
        return ordinal;
    }

    /** Whether every byte was read: an entry longer than what it holds is damaged too. */
    boolean atEnd() {
        return !bytes.hasRemaining();
    }
}
