package dev.contentlint.report;

import dev.contentlint.document.SourceText;
import dev.contentlint.document.Span;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one content file for the excerpts of the HTML report, at report time: strictly as UTF-8,
 * and only if it is a regular file of at most {@link #MAX_BYTES} inside the content root.
 */
final class SourceExcerpts {

    /** Larger files get no excerpts. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** A file's text, or why there is none. */
    record Source(SourceText text, String unavailable) {

        static Source of(SourceText text) {
            return new Source(text, null);
        }

        static Source none(String why) {
            return new Source(null, why);
        }

        boolean isAvailable() {
            return text != null;
        }
    }

    private SourceExcerpts() {}

    static Source read(Path contentRoot, String path) {
        Path file;
        try {
            file = contentRoot.resolve(path).normalize();
        } catch (RuntimeException e) {
            return Source.none("no source excerpt: the path cannot be resolved");
        }
        if (!file.startsWith(contentRoot)) {
            return Source.none("no source excerpt: the file lies outside the content root");
        }
        try {
            if (!Files.exists(file)) {
                return Source.none("no source excerpt: the file is no longer there");
            }
            if (!Files.isRegularFile(file)) {
                return Source.none("no source excerpt: not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Source.none(String.format(Locale.ROOT,
                        "no source excerpt: the file is too large (%.1f MB; excerpts up to 5 MB)",
                        size / (1024.0 * 1024.0)));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_BYTES) {
                return Source.none("no source excerpt: the file is too large (excerpts up to 5 MB)");
            }
            try {
                return Source.of(SourceText.decode(bytes));
            } catch (CharacterCodingException e) {
                Span at = SourceText.firstInvalidByte(bytes);
                return Source.none("no source excerpt: the file is not UTF-8"
                        + (at == null ? "" : " (first invalid byte at " + at.line() + ":"
                                + at.column() + ")"));
            }
        } catch (NoSuchFileException e) {
            return Source.none("no source excerpt: the file is no longer there");
        } catch (IOException | SecurityException e) {
            return Source.none("no source excerpt: the file cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
