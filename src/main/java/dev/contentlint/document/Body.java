package dev.contentlint.document;

import java.util.List;
import java.util.Set;

/**
 * The Markdown after the front matter, read once per file: its headings and sections, its
 * tables, its prose blocks and its suppression comments. All offsets are char offsets in the
 * whole file's {@link SourceText}.
 *
 * @param start the offset where the body begins (after the front matter)
 * @param sections one per heading, in the same order
 * @param links the links written in the body, in source order
 * @param htmlIds the {@code id} and {@code name} values of its HTML, anchors that links can name
 */
public record Body(
        SourceText source,
        int start,
        List<Heading> headings,
        List<Section> sections,
        List<MarkdownTable> tables,
        List<TextBlock> blocks,
        Suppressions suppressions,
        List<BodyLink> links,
        List<String> htmlIds) {

    public Body {
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
        htmlIds = List.copyOf(htmlIds);
    }

    /** The offset where the body ends: the end of the file. */
    public int end() {
        return source.text().length();
    }

    /** The body's source as one block with the scope {@code raw}, nothing left out. */
    public TextBlock raw() {
        String text = source.text().substring(start);
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        return new TextBlock(Set.of("raw"), text, offsets);
    }

    /** The tables that start inside a section. */
    public List<MarkdownTable> tablesIn(Section section) {
        return tables.stream().filter(t -> section.contains(t.start())).toList();
    }
}
