package dev.contentlint.rules;

import static dev.contentlint.rules.SectionTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Body;
import dev.contentlint.document.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionMatchesTest {

    private static SectionMatches matches(String text, SectionSpec... specs) {
        Body body = RuleTestSupport.document("a.md", text).body();
        return SectionMatches.of(body, List.of(specs));
    }

    private static List<String> texts(List<Section> sections) {
        return sections.stream().map(s -> s.heading().text()).toList();
    }

    @Test
    void eachSpecGetsItsHeadingsInDocumentOrderIgnoringCase() {
        SectionMatches m = matches("# Title\n\n## notes\n\nx\n\n## Other\n\n## NOTES\n",
                spec("NOTES"), spec("Missing"));
        assertEquals(List.of("notes", "NOTES"), texts(m.sections(0)));
        assertEquals(List.of(), texts(m.sections(1)));
        assertEquals("notes", m.first(0).orElseThrow().heading().text());
        assertTrue(m.first(1).isEmpty());
        assertEquals(-1, m.specOf(0)); // the title is not listed
        assertEquals(0, m.specOf(1));
        assertEquals(-1, m.specOf(2));
        assertTrue(m.isFirstOfSpec(1));
        assertFalse(m.isFirstOfSpec(3)); // the second NOTES
        assertFalse(m.isFirstOfSpec(0));
    }

    @Test
    void aHeadingThatMatchesSeveralSpecsBelongsToTheMostSpecificOnly() {
        String text = "## HOOK A (Recommended)\n\nx\n\n## HOOK B\n\ny\n";
        // The longer prefix wins, whichever is listed first.
        SectionMatches m = matches(text, spec("HOOK*"), spec("HOOK A*"));
        assertEquals(List.of("HOOK B"), texts(m.sections(0)));
        assertEquals(List.of("HOOK A (Recommended)"), texts(m.sections(1)));
        m = matches(text, spec("HOOK A*"), spec("HOOK*"));
        assertEquals(List.of("HOOK A (Recommended)"), texts(m.sections(0)));
        assertEquals(List.of("HOOK B"), texts(m.sections(1)));
        // Exact text beats a prefix, a prefix beats a regex.
        m = matches("## NOTES\n", spec("/NOTE/"), spec("NOTE*"), spec("notes"));
        assertEquals(List.of(), texts(m.sections(0)));
        assertEquals(List.of(), texts(m.sections(1)));
        assertEquals(List.of("NOTES"), texts(m.sections(2)));
        m = matches("## NOTES\n", spec("/NOTE/"), spec("NOTE*"));
        assertEquals(List.of("NOTES"), texts(m.sections(1)));
        // Among equals, the first listed.
        m = matches("## FULL POST\n", spec("/POST/"), spec("/^FULL/"));
        assertEquals(List.of("FULL POST"), texts(m.sections(0)));
        assertEquals(List.of(), texts(m.sections(1)));
    }
}
