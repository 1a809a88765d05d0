package dev.contentlint.document;

/**
 * A heading and what follows it up to the next heading of the same or a higher level (or the
 * end of the file), subsections included.
 *
 * @param index the heading's position among the body's headings, from 0
 * @param end the source offset where the section ends (exclusive)
 * @param empty whether nothing but headings, thematic breaks, comments and blank lines lie in it
 */
public record Section(int index, Heading heading, int end, boolean empty) {

    /** Whether a source offset lies inside the section, its heading included. */
    public boolean contains(int offset) {
        return offset >= heading.start() && offset < end;
    }
}
