package dev.contentlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.yaml.YamlParser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private static Body body(String text) {
        SourceText source = SourceText.of(text);
        return MarkdownReader.SHARED.read(source, new FrontMatterReader(new YamlParser()).read(source));
    }

    /** Each block as "scopes|text|line:col" of its first char, scopes sorted. */
    private static String blocks(Body body) {
        return body.blocks().stream().map(b -> b.scopes().stream().sorted()
                        .collect(Collectors.joining(",")) + "|" + b.text() + "|"
                        + body.source().lineOf(b.sourceStart()) + ":"
                        + body.source().columnOf(b.sourceStart()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void headingsAndSectionsWithPositionsInTheWholeFile() {
        Body body = body("---\ntitle: x\n---\n# Title\n\nIntro.\n\n## A\n\ntext\n\n### A1\n\n## B\n\n"
                + "Setext\n------\n");
        assertEquals(List.of("Title", "A", "A1", "B", "Setext"),
                body.headings().stream().map(Heading::text).toList());
        assertEquals(List.of(1, 2, 3, 2, 2), body.headings().stream().map(Heading::level).toList());
        Section a = body.sections().get(1);
        assertEquals(8, body.source().lineOf(a.heading().start()));
        // A runs over its subsection up to B.
        assertEquals(14, body.source().lineOf(a.end()));
        assertFalse(a.empty());
        assertTrue(body.sections().get(2).empty(), "A1 holds nothing");
        assertTrue(body.sections().get(3).empty(), "B holds only the next heading");
        assertEquals(new Span(16, 1, 16, 7), body.source().span(body.headings().get(4).start(),
                body.headings().get(4).end()));
        assertEquals(17, body.start() == 0 ? -1 : 17, "body starts after the front matter");
        assertEquals(4, body.source().lineOf(body.start()));
    }

    @Test
    void proseLeavesOutCodeUrlsCommentsAndLinkTargets() {
        Body body = body("Run `mvn` now, see https://example.com/x and [the docs](http://d.example)"
                + " <!-- hidden --> or <http://a.example>.\n\n```\ncode — here\n```\n\n    indented\n");
        assertEquals("paragraph|Run  now, see  and the docs  or .|1:1", blocks(body));
        TextBlock block = body.blocks().get(0);
        int docs = block.text().indexOf("the docs");
        assertEquals(new Span(1, 47, 1, 55), body.source().span(block.sourceOffset(docs),
                block.sourceEnd(docs + "the docs".length())));
    }

    @Test
    void bareUrlsAreLeftOutOfEachTextNodeThatHoldsThem() {
        Body body = body("Visit www.example.com today. *Then ftp://x.example/y https://in.example*"
                + " and `http://code`"
                + " and wwww.example.org.\n\nNo address: just words, ok.\n\n| A | B |\n|---|---|\n"
                + "| see www.t.example | plain |\n");
        // Only http(s):// and www. at a word's start are URLs, as Vale has them.
        assertEquals("paragraph|Visit  today. Then ftp://x.example/y  and  and wwww.example.org.|1:1\n"
                + "paragraph|No address: just words, ok.|3:1\n"
                + "table,table.header|A|5:3\ntable,table.header|B|5:7\n"
                + "table,table.cell|see |7:3\ntable,table.cell|plain|7:23", blocks(body));
        TextBlock first = body.blocks().get(0);
        int then = first.text().indexOf("Then");
        assertEquals(new Span(1, 31, 1, 35), body.source().span(first.sourceOffset(then),
                first.sourceEnd(then + 4)));
    }

    @Test
    void linksOfEveryKindWithTheSpanToPointAt() {
        String text = "# T\n\nSee [[note#H|alias]], ![[pic.png]], [a](x.md#y), ![i](p.png), [r][def],"
                + " [u][nodef], `[[code]]`.\n\n<img src=\"h.png\" id=\"top\">\n\n[def]: d.md\n";
        Body body = body(text);
        StringBuilder found = new StringBuilder();
        for (BodyLink link : body.links()) {
            found.append(link.kind()).append(' ').append(link.target()).append(" = ")
                    .append(text, link.start(), link.end()).append('\n');
        }
        assertEquals("""
                WIKI [[note#H|alias]] = [[note#H|alias]]
                WIKI_EMBED ![[pic.png]] = ![[pic.png]]
                LINK x.md#y = x.md#y
                IMAGE p.png = p.png
                UNDEFINED_REFERENCE nodef = [u][nodef]
                HTML h.png = h.png
                DEFINITION d.md = d.md
                """, found.toString());
        assertEquals(java.util.List.of("top"), body.htmlIds());
        // A reader sees a wiki link's alias (else its name), never the embed or the target.
        assertEquals("See alias, , a, , r, u, .", body.blocks().get(1).text());
    }

    @Test
    void scopesOfElementsAndContainers() {
        Body body = body("# Head *em*\n\n> quoted\n\n- item\n  - nested\n\n| A | B |\n|---|---|\n| c | d |\n");
        assertEquals("""
                heading,heading.h1|Head em|1:3
                blockquote,paragraph|quoted|3:3
                list,paragraph|item|5:3
                list,paragraph|nested|6:5
                table,table.header|A|8:3
                table,table.header|B|8:7
                table,table.cell|c|10:3
                table,table.cell|d|10:7""", blocks(body));
        assertEquals(List.of(new MarkdownTable(body.source().lineStart(8), List.of("A", "B"), 1)),
                body.tables());
    }

    @Test
    void lineBreaksInsideAParagraphStayLineBreaksAndCrlfKeepsColumns() {
        Body body = body("one —\r\ntwo\r\n");
        TextBlock block = body.blocks().get(0);
        assertEquals("one —\ntwo", block.text());
        int dash = block.text().indexOf('—');
        assertEquals(new Span(1, 5, 1, 6), body.source().span(block.sourceOffset(dash),
                block.sourceEnd(dash + 1)));
        assertEquals(new Span(2, 1, 2, 4), body.source().span(block.sourceOffset(6),
                block.sourceEnd(9)));
    }

    @Test
    void supplementaryCharactersCountAsOneColumn() {
        Body body = body("😀 x — y\n");
        TextBlock block = body.blocks().get(0);
        int dash = block.text().indexOf('—');
        assertEquals(new Span(1, 5, 1, 6), body.source().span(block.sourceOffset(dash),
                block.sourceEnd(dash + 1)));
    }

    @Test
    void theExampleDraft() throws java.io.IOException {
        java.nio.file.Path draft = java.nio.file.Path.of(
                "examples/vault/posts/30_demos_bidirectional_carter.md");
        Body body = body(java.nio.file.Files.readString(draft));
        assertEquals(List.of("1 CARTER — What Bi-Directional Sync Actually Means",
                "2 Angle: One thing Carter had to figure out early — the gap between what teams call"
                        + " bi-directional sync and what they actually have. Curious learner, not"
                        + " expert counting demos.",
                "2 IDEA LEGOS", "3 HOOK A (Recommended)", "3 HOOK B", "3 FULL POST (using Hook A)",
                "2 NOTES"), body.headings().stream().map(h -> h.level() + " " + h.text()).toList());
        assertEquals(List.of("Lego", "Choice"), body.tables().get(0).header());
        assertEquals(8, body.tables().get(0).rows());
        assertEquals(List.of(false, true, false, false, false, false, false),
                body.sections().stream().map(Section::empty).toList());
        Section fullPost = body.sections().get(5);
        assertEquals(79, body.source().lineOf(fullPost.end()), "runs to NOTES");
    }

    @Test
    void suppressionComments() {
        Body body = body("""
                a
                <!-- contentlint-disable Carter.EmDash sections.empty -->
                b
                <!-- contentlint-enable Carter.EmDash -->
                c <!-- contentlint-disable-next-line -->
                d
                <!-- vale off -->
                e
                <!-- vale on -->
                <!-- vale write-good.Weasel = NO -->
                f
                <!-- vale write-good.Weasel = YES -->
                g
                """);
        Suppressions s = body.suppressions();
        assertFalse(s.suppresses("Carter.EmDash", 1, true));
        assertTrue(s.suppresses("Carter.EmDash", 3, true));
        assertFalse(s.suppresses("Carter.EmDash", 5, true), s.toString());
        assertTrue(s.suppresses("sections.empty", 13, false), "never enabled again");
        assertTrue(s.suppresses("frontmatter.schema", 6, false), "next line, every rule");
        assertFalse(s.suppresses("frontmatter.schema", 7, false));
        assertTrue(s.suppresses("Any.Rule", 8, true), "vale off: style rules");
        assertFalse(s.suppresses("links.broken", 8, false), "vale off: not built-in rules");
        assertTrue(s.suppresses("write-good.Weasel", 11, true));
        assertFalse(s.suppresses("write-good.Other", 11, true));
        assertFalse(s.suppresses("write-good.Weasel", 13, true));
    }

    @Test
    void readsQuotesNestedThousandsDeep() {
        Body body = MarkdownReader.SHARED.read(SourceText.of(">".repeat(20_000) + " deep words\n"),
                new FrontMatterReader(new YamlParser()).read(SourceText.of(">")));
        assertEquals(1, body.blocks().size());
        assertTrue(body.blocks().get(0).text().contains("deep words"));
        assertTrue(body.blocks().get(0).scopes().contains("blockquote"));
    }

    @Test
    void aLineThatOverflowsFlexmarksStackIsReadOnADeeperOne() throws Exception {
        // A thread with a small stack overflows in flexmark's thematic-break regex on this line.
        String text = "- ".repeat(3_000) + "words\n";
        SourceText source = SourceText.of(text);
        Body[] body = new Body[1];
        Throwable[] failure = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                body[0] = MarkdownReader.SHARED.read(source, new FrontMatterReader(new YamlParser()).read(source));
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        assertEquals(null, failure[0]);
        assertTrue(body[0].blocks().stream().anyMatch(b -> b.text().contains("words")));
    }
}
