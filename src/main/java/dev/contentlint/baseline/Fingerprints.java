package dev.contentlint.baseline;

import dev.contentlint.config.Config;
import dev.contentlint.document.SourceText;
import dev.contentlint.rules.Finding;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The baseline key of each finding: its path and rule, the source text its span covers, and its
 * message, the last two normalised so that the key survives the edits that do not touch the
 * finding itself.
 *
 * <ul>
 *   <li><b>Text.</b> The file is read again after the check (only files with findings, each
 *       once), decoded as the engine decodes it ({@link SourceText}: UTF-8, no byte order mark,
 *       any line ending), and the span is cut out by line and code-point column. Runs of
 *       whitespace, line breaks included, become one space, so re-wrapping a paragraph or
 *       changing its line endings keeps the key; the text is capped at {@link #MAX_TEXT} code
 *       points (a long span is known by its start), so that the baseline stays readable. A span
 *       that marks a point (a file name, missing front matter) has no text: its key is its rule
 *       and message. A file that cannot be read again or is not UTF-8 gives every finding the
 *       empty text, the same way in every run.
 *   <li><b>Message.</b> Whitespace collapsed, and every number that stands on its own written
 *       as {@code #}: a message that names a line ("first at line 6"), a count ("the post has
 *       213 words") or an index ({@code tags[0]}) keeps its key when that number moves. Digits
 *       inside a name, a date or a pattern ({@code 03-Bad-Name.md}, {@code 2026-02-30},
 *       {@code [a-z0-9_]}) stay as they are: they do not move with edits elsewhere, and the
 *       baseline reads better in a review with them.
 * </ul>
 */
public final class Fingerprints {

    /** The longest text kept, in code points; longer texts are cut and end with an ellipsis. */
    public static final int MAX_TEXT = 120;
    /** The longest message kept, in code points. */
    public static final int MAX_MESSAGE = 400;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A number that stands on its own: not inside a word, a name, a date or a range (no letter,
     * digit, {@code _}, {@code -} or {@code .} before it; no letter, digit, {@code _} or
     * {@code -} after it), with its decimals.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}_.\\-])\\p{Nd}+(?:\\.\\p{Nd}+)?"
                    + "(?![\\p{L}\\p{Nd}_\\-]|\\.[\\p{L}\\p{Nd}])");

    private final Path contentRoot;
    private final long maxFileSize;

    /** @param contentRoot the folder that finding paths are relative to */
    public Fingerprints(Path contentRoot) {
        this(contentRoot, Config.DEFAULT_MAX_FILE_SIZE);
    }

    /**
     * @param contentRoot the folder that finding paths are relative to
     * @param maxFileSize the largest file read for its lines; a larger one was not checked
     *     either, and its finding gets a key without them
     */
    public Fingerprints(Path contentRoot, long maxFileSize) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.maxFileSize = maxFileSize;
    }

    /** The key of each finding, in the same order. Reads each file that has findings once. */
    public List<BaselineKey> keys(List<Finding> findings) {
        Map<String, Optional<SourceText>> sources = new HashMap<>();
        List<BaselineKey> keys = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Optional<SourceText> source = sources.computeIfAbsent(finding.path(), this::read);
            keys.add(key(finding, source.orElse(null)));
        }
        return keys;
    }

    /**
     * The key of one finding.
     *
     * @param source the text of the finding's file, or null where it cannot be read
     */
    public static BaselineKey key(Finding finding, SourceText source) {
        String text = source == null ? "" : normaliseText(spanText(source, finding));
        return new BaselineKey(finding.path(), finding.rule(), text,
                normaliseMessage(finding.message()));
    }

    /** The source text from the finding's start to its end (exclusive), as written. */
    static String spanText(SourceText source, Finding finding) {
        int start = offset(source, finding.line(), finding.column());
        int end = offset(source, finding.endLine(), finding.endColumn());
        return end > start ? source.text().substring(start, end) : "";
    }

    /**
     * The char offset of a 1-based line and code-point column; a column past the line's end
     * gives the line's end, a line past the file's end gives the file's end.
     */
    static int offset(SourceText source, int line, int column) {
        if (line > source.lineCount()) {
            return source.text().length();
        }
        // Not by copying the line and walking it: 200,000 findings on a 1 MB line took 17 s.
        String text = source.text();
        int start = source.lineStart(line);
        int end = line < source.lineCount() ? source.lineStart(line + 1) : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return Math.min(source.offset(line, Math.max(column, 1)), end);
    }

    /** Whitespace runs as one space, trimmed, capped at {@link #MAX_TEXT} code points. */
    public static String normaliseText(String text) {
        return cap(WHITESPACE.matcher(text).replaceAll(" ").trim(), MAX_TEXT);
    }

    /**
     * Whitespace runs as one space, each number that stands on its own as {@code #}, capped at
     * {@link #MAX_MESSAGE}.
     */
    public static String normaliseMessage(String message) {
        String collapsed = WHITESPACE.matcher(message).replaceAll(" ").trim();
        return cap(NUMBER.matcher(collapsed).replaceAll("#"), MAX_MESSAGE);
    }

    private static String cap(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "\u2026";
    }

    private Optional<SourceText> read(String path) {
        try {
            Path file = contentRoot.resolve(path).normalize();
            if (!file.startsWith(contentRoot) || !Files.isRegularFile(file)
                    || Files.size(file) > maxFileSize) {
                return Optional.empty();
            }
            return Optional.of(SourceText.decode(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
