package dev.contentlint.document;

/**
 * A stretch of a source file: 1-based lines, 1-based columns in code points, end exclusive.
 */
public record Span(int line, int column, int endLine, int endColumn) {

    public Span {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    /** An empty span at one place. */
    public static Span at(int line, int column) {
        return new Span(line, column, line, column);
    }

    public boolean isEmpty() {
        return line == endLine && column == endColumn;
    }
}
