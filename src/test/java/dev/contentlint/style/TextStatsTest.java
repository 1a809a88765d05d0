package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.region;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.document.TextBlock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextStatsTest {

    private static final TextBlock HEADING = block(0, "Getting started", "heading", "heading.h2");
    // Words (chars, syllables): The 3/1, cat 3/1, sat 3/1, on 2/1, the 3/1, mat 3/1,
    // Readability 11/5, formulas 8/3, estimate 8/3, difficulty 10/4.
    private static final TextBlock PARAGRAPH = block(20,
            "The cat sat on the mat. Readability formulas estimate difficulty.", "paragraph");
    // Use 3/1, short 5/1, words 5/1.
    private static final TextBlock ITEM = block(100, "Use short words.", "paragraph", "list");

    @Test
    void countsWordsSentencesCharactersAndSyllables() {
        TextStats stats = TextStats.of(List.of(PARAGRAPH));
        assertEquals(10, stats.words());
        assertEquals(2, stats.sentences());
        assertEquals(17 + 37, stats.characters());
        assertEquals(6 + 15, stats.syllables());
        assertEquals(4, stats.polysyllabicWords());
        assertEquals(4, stats.complexWords());
        assertEquals(4, stats.longWords());
        assertEquals(1, stats.paragraphs());
    }

    @Test
    void complexWordsLeaveOutEndingsAndLongWordsAreLongerThanSix() {
        // remaining: 3 syllables, less "ing" is 2; entities: 3, less "es" is 2; matter: 6 chars
        TextStats stats = TextStats.of(List.of(block(0, "Remaining entities matter.")));
        assertEquals(3, stats.words());
        assertEquals(2, stats.polysyllabicWords());
        assertEquals(0, stats.complexWords());
        assertEquals(2, stats.longWords());
        assertEquals(3 + 3 + 2, stats.syllables());
    }

    @Test
    void acronymsAreOneWordOfTheirLetters() {
        TextStats stats = TextStats.of(List.of(block(0, "The U.S. team won 2024 games.")));
        assertEquals(6, stats.words());
        assertEquals(3 + 2 + 4 + 3 + 4 + 5, stats.characters());
        assertEquals(1, stats.sentences());
    }

    @Test
    void aRegionMeasuresItsProseAndCountsItsElements() {
        TextStats stats = TextStats.ofRegion(region(HEADING, PARAGRAPH, ITEM));
        assertEquals(13, stats.words());
        assertEquals(3, stats.sentences());
        assertEquals(54 + 13, stats.characters());
        assertEquals(21 + 3, stats.syllables());
        assertEquals(2, stats.paragraphs());
        Map<String, Double> variables = stats.variables();
        assertEquals(TextStats.VARIABLES, List.copyOf(variables.keySet()));
        assertEquals(1.0, variables.get("heading_h2"));
        assertEquals(0.0, variables.get("heading_h1"));
        assertEquals(1.0, variables.get("list"));
        assertEquals(0.0, variables.get("blockquote"));
        assertEquals(0.0, variables.get("pre"));
    }

    @Test
    void aRegionOfElementsMeasuresThemAsGiven() {
        ScopedText headings = new ScopedText(List.of(HEADING), 0, 1, true);
        assertEquals(2, TextStats.ofRegion(headings).words());
        assertEquals(0, TextStats.ofRegion(region(HEADING)).words());
    }

    @Test
    void blankBlocksAndPunctuationAreNotParagraphsOrSentences() {
        TextStats stats = TextStats.of(List.of(block(0, "   "), block(5, "...")));
        assertEquals(0, stats.words());
        assertEquals(0, stats.sentences());
        assertEquals(1, stats.paragraphs());
    }
}
