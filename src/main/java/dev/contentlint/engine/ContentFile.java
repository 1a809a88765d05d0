package dev.contentlint.engine;

import java.nio.file.Path;

/**
 * A file to check.
 *
 * @param file where it is
 * @param path its path relative to the content root, with {@code /} separators
 */
public record ContentFile(Path file, String path) {}
