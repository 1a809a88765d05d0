package dev.contentlint.engine;

import java.nio.file.Path;

/**
 * A file to check.
 *
 * @param file where it is
 * @param path its path relative to the content root, with {@code /} separators
 * @param size its size as the scan saw it
 * @param modified its last-modified time in nanoseconds since the epoch, as the scan saw it; -1
 *     where not known (a symbolic link, whose own time says nothing of its target's bytes)
 * @param identity a hash of the file system's key for it (device and inode), 0 where none
 */
public record ContentFile(Path file, String path, long size, long modified, long identity) {

    /** A file whose size and time are not known. */
    public ContentFile(Path file, String path) {
        this(file, path, -1, -1, 0);
    }
}
