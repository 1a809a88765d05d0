package dev.contentlint.rules;

import java.util.Comparator;
import java.util.Objects;

/**
 * One fault found in one file. Positions are 1-based; columns count code points of the source
 * file's line; the end is exclusive (the column just after the span), as in the JSON contract.
 *
 * @param path the file's path relative to the content root, with {@code /} separators
 */
public record Finding(
        String path,
        int line,
        int column,
        int endLine,
        int endColumn,
        Severity severity,
        String rule,
        String message) {

    /** The order of the console and of every report: by file, then by position, then by rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(path, line, column, endLine, endColumn, newSeverity, rule, message);
    }
}
