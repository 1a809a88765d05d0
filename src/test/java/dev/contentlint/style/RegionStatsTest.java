package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.contentlint.document.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionStatsTest {

    private static final String PROSE = "Readability formulas count syllables. Every word is"
            + " measured once, however many rules read it; the region's counts are shared.";

    private static ScopedText region(RegionStats stats) {
        TextBlock block = StyleTestSupport.block(0, PROSE, "paragraph");
        return new ScopedText(List.of(block), 0, 1, false, RegexBudget.NONE, null, stats);
    }

    @Test
    void measuresOnceAndServesTheCountsWithSyllablesToEveryRule() {
        RegionStats stats = new RegionStats();
        ScopedText text = region(stats);
        TextStats without = text.measured(false);
        assertSame(without, text.measured(false));
        assertEquals(0.0, without.variables().get("syllables"));
        TextStats with = text.measured(true);
        assertNotSame(without, with);
        assertEquals(TextStats.ofRegion(text, true).variables(), with.variables());
        assertSame(with, text.measured(true));
        // Once syllables are counted, a rule that needs none reads the same counts.
        assertSame(with, text.measured(false));
        assertEquals(without.variables().get("words"), with.variables().get("words"));
    }

    @Test
    void aTextOfItsOwnHasCountsOfItsOwn() {
        ScopedText one = new ScopedText(List.of(StyleTestSupport.block(0, PROSE, "paragraph")), 0, 1, false);
        ScopedText other = new ScopedText(List.of(StyleTestSupport.block(0, PROSE, "paragraph")), 0, 1, false);
        assertNotSame(one.measured(true), other.measured(true));
        assertEquals(one.measured(true).variables(), other.measured(true).variables());
    }
}
