package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksRuleTest {

    @TempDir
    Path dir;

    private CrossFileTestSupport tree;

    @BeforeEach
    void setUp() {
        tree = new CrossFileTestSupport(dir);
    }

    private static final String B = """
            # B

            ## Second Part

            A quote to embed. ^quote-1

            ## Second Part

            <a id="custom-anchor"></a>
            """;

    @Test
    void everyKindOfLink() throws Exception {
        tree.file("posts/b.md", B)
                .file("posts/img/chart.png", "png")
                .file("guide/Setup.md", "# Setup\n")
                .file("posts/a.md", """
                        # Post A

                        Wiki: [[b]], [[b#Second Part|alias]], [[b#Nope]], [[nowhere]], ![[chart.png]], [[b#^quote-1]], [[b#^gone]].

                        Relative: [B](b.md), [sec](b.md#second-part-1), [bad](b.md#third), [gone](gone.md), [self](#post-a), [top](#nope).

                        ![alt](img/chart.png) ![missing](img/none.png) [case](../guide/setup.md) [anchor](b.md#custom-anchor)

                        External: [site](https://example.com/x), <https://example.org>, [mail](mailto:a@b.c), [q](b.md?x=1#second-part).

                        `[[in code]]` and `[x](nope.md)` are code.

                        ```
                        [[in fence]] [x](nope.md)
                        ```

                        [ref link][docs], [undefined][nodef], [a shortcut] and [[Escaped%20name]].

                        [docs]: ../guide/Setup.md
                        <a href="../guide/missing.md">html</a>
                        """);
        // Each span checked by hand against the text above; every good link stays quiet.
        assertEquals("""
                posts/a.md 3:39-3:49 error [links.broken] [[b#Nope]]: no heading 'Nope' in posts/b.md
                posts/a.md 3:51-3:62 error [links.broken] [[nowhere]]: no note or file 'nowhere' under the content root
                posts/a.md 3:96-3:107 error [links.broken] [[b#^gone]]: no block ^gone in posts/b.md
                posts/a.md 5:55-5:65 error [links.broken] b.md#third: no heading or anchor #third in posts/b.md
                posts/a.md 5:75-5:82 error [links.broken] gone.md: no file or folder posts/gone.md under the content root
                posts/a.md 5:108-5:113 error [links.broken] #nope: no heading or anchor #nope in this file
                posts/a.md 7:34-7:46 error [links.broken] image img/none.png: no file or folder posts/img/none.png under the content root
                posts/a.md 7:55-7:72 error [links.broken] ../guide/setup.md: the file is guide/Setup.md; the case differs, which breaks on Linux and on GitHub
                posts/a.md 17:19-17:37 error [links.broken] [nodef]: no definition [nodef]: ... in this file; define it or write the link inline
                posts/a.md 17:56-17:74 error [links.broken] [[Escaped%20name]]: no note or file 'Escaped%20name' under the content root
                posts/a.md 20:10-20:29 error [links.broken] ../guide/missing.md: no file or folder guide/missing.md under the content root
                """, tree.findings("", RuleIds.LINKS_BROKEN));
    }

    @Test
    void wikiLinksInFrontMatterValuesAreChecked() throws Exception {
        tree.file("people/carter_personality_v01.md", "# Carter\n")
                .file("posts/draft.md", """
                        ---
                        related_concepts:
                          - "[[carter_personality_v01]]"
                          - "[[carter_personality_v02]]"
                        nested: { see: "also [[Nobody Here#Intro]] please" }
                        unquoted: [[carter_personality_v01]]
                        unquoted_broken:
                          - [[nobody]]
                        ---
                        Body.
                        """);
        assertEquals("""
                posts/draft.md 4:6-4:32 error [links.broken] related_concepts: [[carter_personality_v02]]: no note or file 'carter_personality_v02' under the content root (did you mean 'carter_personality_v01'?)
                posts/draft.md 5:22-5:43 error [links.broken] nested: [[Nobody Here#Intro]]: no note or file 'Nobody Here' under the content root
                posts/draft.md 8:5-8:15 error [links.broken] unquoted_broken: [[nobody]]: no note or file 'nobody' under the content root
                """, tree.findings("", RuleIds.LINKS_BROKEN));
    }

    @Test
    void aNameThatFitsSeveralFilesIsAmbiguousUnlessOneIsBesideTheLink() throws Exception {
        tree.file("a/notes.md", "# A\n").file("b/notes.md", "# B\n")
                .file("c/post.md", "See [[notes]] and [[a/notes]].\n")
                .file("a/post.md", "See [[notes]].\n");
        assertEquals("""
                c/post.md 1:5-1:14 warning [links.ambiguous] [[notes]]: 2 files have that name (a/notes.md, b/notes.md); Obsidian opens a/notes.md. Write the folder too, as [[a/notes]], to say which
                """, tree.findings("", RuleIds.LINKS_BROKEN, RuleIds.LINKS_AMBIGUOUS));
    }

    @Test
    void aOneWordFootnoteIsNotALinkDefinition() throws Exception {
        // CommonMark reads [^1]: ibid. as the definition of a link to "ibid."; GitHub, Obsidian
        // and Pandoc read it as a footnote.
        tree.file("post.md", "A claim.[^1] Another.[^src] A [link][ref].\n\n[^1]: ibid.\n[^src]: Wikipedia\n"
                + "[ref]: missing.md\n");
        assertEquals("""
                post.md 5:8-5:18 error [links.broken] missing.md: no file or folder missing.md under the content root
                """, tree.findings("", RuleIds.LINKS_BROKEN));
    }

    @Test
    void anAmbiguousLinkNamesFiveOfTheFilesAndCountsTheRest() throws Exception {
        for (String folder : new String[] {"a", "b", "c", "d", "e", "f", "g"}) {
            tree.file(folder + "/index.md", "# I\n");
        }
        tree.file("posts/post.md", "See [[index]].\n");
        assertEquals("""
                posts/post.md 1:5-1:14 warning [links.ambiguous] [[index]]: 7 files have that name (a/index.md, b/index.md, c/index.md, d/index.md, e/index.md and 2 more); Obsidian opens a/index.md. Write the folder too, as [[a/index]], to say which
                """, tree.findings("", RuleIds.LINKS_BROKEN, RuleIds.LINKS_AMBIGUOUS));
    }

    @Test
    void anchorsOfFilesThatAreNotCheckedAreReadToo() throws Exception {
        tree.file("templates/t.md", "# Template Heading\n")
                .file("post.md", "[t](templates/t.md#template-heading) [bad](templates/t.md#other)\n");
        assertEquals("""
                post.md 1:44-1:64 error [links.broken] templates/t.md#other: no heading or anchor #other in templates/t.md
                """, tree.findings("exclude: [\"templates/**\"]\n", RuleIds.LINKS_BROKEN));
    }

    @Test
    void commentsLevelsIgnoreAndOffTurnLinkChecksOff() throws Exception {
        tree.file("post.md", """
                [a](gone-a.md)
                <!-- contentlint-disable-next-line links.broken -->
                [b](gone-b.md)
                [c](/api/generated.html) [d](gone-d.md)
                [e](elsewhere.md)
                """).file("other/elsewhere.md", "# Elsewhere\n");
        assertEquals("""
                post.md 1:5-1:14 error [links.broken] gone-a.md: no file or folder gone-a.md under the content root
                post.md 4:30-4:39 error [links.broken] gone-d.md: no file or folder gone-d.md under the content root
                post.md 5:5-5:17 error [links.broken] elsewhere.md: no file or folder elsewhere.md under the content root (there is other/elsewhere.md)
                """, tree.findings("links:\n  ignore: [\"^/api/\"]\n", RuleIds.LINKS_BROKEN));
        assertEquals("""
                post.md 1:5-1:14 warning [links.broken] gone-a.md: no file or folder gone-a.md under the content root
                """, tree.findings("links: { ignore: [\"^/api/\", \"-d\\\\.md$\", \"^else\"] }\nlevels: { links.broken: warning }\n"));
        assertEquals("", tree.findings("links: false\n"));
        assertEquals("", tree.findings("levels: { links.broken: off }\n"));
    }

    @Test
    void extensionlessLinksResolveWhereTheSiteGeneratorAllowsThem() throws Exception {
        tree.file("docs/intro.md", "# Intro\n").file("docs/guide/index.md", "# Guide\n")
                .file("post.md", "[i](docs/intro#intro) [g](docs/guide)\n");
        assertEquals("post.md 1:5-1:21 error [links.broken] docs/intro#intro: no file or folder"
                + " docs/intro under the content root; intro.md exists: add the .md, or set"
                + " links.extensionless where a site generator adds it\n",
                tree.findings("", RuleIds.LINKS_BROKEN));
        assertEquals("", tree.findings("links: { extensionless: true }\n", RuleIds.LINKS_BROKEN));
    }

    @Test
    void anchorChecksCanBeTurnedOff() throws Exception {
        tree.file("post.md", "# Title\n\n[x](#nowhere) [[#Nowhere]]\n");
        assertEquals(2, tree.lint("").findings().size());
        assertEquals("", tree.findings("links: { anchors: false }\n"));
    }
}
