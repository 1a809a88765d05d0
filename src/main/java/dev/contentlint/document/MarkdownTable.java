package dev.contentlint.document;

import java.util.List;

/**
 * A GitHub-style table of the body.
 *
 * @param start the source offset of its first line
 * @param header the header cells' text, trimmed
 * @param rows the number of body rows
 */
public record MarkdownTable(int start, List<String> header, int rows) {

    public MarkdownTable {
        header = List.copyOf(header);
    }
}
