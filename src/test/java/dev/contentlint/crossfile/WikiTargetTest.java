package dev.contentlint.crossfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WikiTargetTest {

    private static WikiTarget parse(String written) {
        return WikiTarget.parse(written).orElseThrow();
    }

    @Test
    void readsNameFragmentAliasAndEmbed() {
        assertEquals(new WikiTarget("note", Optional.empty(), false), parse("[[note]]"));
        assertEquals(new WikiTarget("people/jane", Optional.of("Early years"), false),
                parse("[[people/jane#Early years|Jane]]"));
        assertEquals(new WikiTarget("note", Optional.of("^quote-1"), false), parse("[[note#^quote-1]]"));
        assertEquals(new WikiTarget("", Optional.of("Setup"), false), parse("[[#Setup]]"));
        assertEquals(new WikiTarget("picture.png", Optional.empty(), true), parse("![[picture.png]]"));
        // In a table the pipe is escaped: [[note\|alias]].
        assertEquals(new WikiTarget("note", Optional.empty(), false), parse("[[note\\|alias]]"));
    }

    @Test
    void refusesWhatIsNoWikiLink() {
        assertTrue(WikiTarget.parse("[note]").isEmpty());
        assertTrue(WikiTarget.parse("note").isEmpty());
        assertTrue(WikiTarget.parse("[[]").isEmpty());
    }

    @Test
    void findsEveryWikiLinkInAText() {
        List<WikiTarget.Occurrence> found = WikiTarget.findIn("see [[a]] and ![[b.png]], not [c]");
        assertEquals(2, found.size());
        assertEquals("a", found.get(0).target().note());
        assertEquals(4, found.get(0).start());
        assertEquals(9, found.get(0).end());
        assertEquals("![[b.png]]", found.get(1).written());
        assertTrue(found.get(1).target().embed());
        assertTrue(WikiTarget.findIn("no links [here]").isEmpty());
    }
}
