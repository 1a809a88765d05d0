package dev.contentlint.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * What identifies a finding in the baseline, without its position: the file, the rule, the text
 * the finding's span covers and its message, both normalised by {@link Fingerprints}.
 *
 * <p>No line or column is part of it, so that a finding keeps its key when lines are inserted
 * or removed above it, or when its paragraph moves within the file. The path is part of it, so
 * that a finding moved (or copied) to another file is a new finding there.
 *
 * @param path the file's path relative to the content root, with {@code /}
 * @param rule the rule id
 * @param text the source text of the finding's span, whitespace collapsed, capped in length;
 *     empty for a finding that marks a point (a file name, missing front matter)
 * @param message the message with whitespace collapsed and every run of digits written as
 *     {@code #}, so that a message naming a line number or a count stays the same
 */
public record BaselineKey(String path, String rule, String text, String message)
        implements Comparable<BaselineKey> {

    /** The order of the baseline file: by path, rule, text, then message. */
    public static final Comparator<BaselineKey> ORDER = Comparator.comparing(BaselineKey::path)
            .thenComparing(BaselineKey::rule)
            .thenComparing(BaselineKey::text)
            .thenComparing(BaselineKey::message);

    public BaselineKey {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(BaselineKey other) {
        return ORDER.compare(this, other);
    }
}
