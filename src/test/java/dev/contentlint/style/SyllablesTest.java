package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyllablesTest {

    @Test
    void countsVowelGroups() {
        assertEquals(1, Syllables.count("cat"));
        assertEquals(1, Syllables.count("The"));
        assertEquals(3, Syllables.count("formulas"));
        assertEquals(4, Syllables.count("difficulty"));
        assertEquals(5, Syllables.count("readability"));
    }

    @Test
    void silentEndingsAreOneSyllableLess() {
        // "ate" at the end: es-ti-mate, not es-ti-ma-te
        assertEquals(3, Syllables.count("estimate"));
        assertEquals(2, Syllables.count("table"));
        assertEquals(3, Syllables.count("entities"));
    }

    @Test
    void knownPrefixesSuffixesAndIrregularWords() {
        assertEquals(4, Syllables.count("biology"));
        assertEquals(3, Syllables.count("unhappy"));
        assertEquals(5, Syllables.count("documentation"));
        assertEquals(2, Syllables.count("people"));
        assertEquals(2, Syllables.count("maybe"));
    }

    @Test
    void tokensWithoutLettersAndShortWords() {
        assertEquals(0, Syllables.count("2024"));
        assertEquals(1, Syllables.count("U.S."));
        assertEquals(1, Syllables.count("a"));
        assertEquals(1, Syllables.count("don't"));
    }

    @Test
    void oneCounterForManyWordsCountsEachAsAFreshOneDoes() {
        String[] words = {"biology", "cat", "unhappiness", "İstanbul", "readability", "a", "",
            "Über-cooperative", "shorelines", "antidisestablishmentarianism", "it's", "1984",
            "sociology", "fully", "people", "mcdonald", "queueing", "beautifully", "ology"};
        Syllables.Counter counter = new Syllables.Counter();
        for (int round = 0; round < 2; round++) {
            for (String word : words) {
                assertEquals(Syllables.count(word), counter.count(word), word);
            }
        }
    }
}
