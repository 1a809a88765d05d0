package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void suggestsTheClosestWithinTwoEdits() {
        assertEquals(" (did you mean 'schema'?)", EditDistance.suggestion("shema", List.of("sections", "schema")));
        assertEquals(" (did you mean 'ab'?)", EditDistance.suggestion("abcd", List.of("abcdefg", "ab")));
        assertEquals("", EditDistance.suggestion("abcd", List.of("abcdefg", "a")));
        assertEquals(" (did you mean 'Match'?)", EditDistance.suggestion("match", List.of("matcher", "Match")));
    }

    @Test
    void ofCandidatesEquallyCloseTheFirstAlphabeticallyWhateverTheirOrder() {
        // Two edits each from "match": the same answer in either order, as a Set.of gives them
        // in an order of its own on each JVM.
        assertEquals(" (did you mean 'ismatch'?)", EditDistance.suggestion("match", List.of("ismatch", "matcher")));
        assertEquals(" (did you mean 'ismatch'?)", EditDistance.suggestion("match", List.of("matcher", "ismatch")));
        assertEquals(" (did you mean 'ismatch'?)",
                EditDistance.suggestion("match", java.util.Set.of("matcher", "ismatch", "watchers")));
    }

    @Test
    void theBandedDistanceIsTheFullOneUpToItsLimit() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : mutate(a, random);
            int full = EditDistance.between(a, b);
            for (int max = 0; max <= 3; max++) {
                assertEquals(Math.min(full, max + 1), EditDistance.between(a, b, max), a + " / " + b + " max " + max);
            }
        }
    }

    private static String word(java.util.Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            word.append((char) ('a' + random.nextInt(3)));
        }
        return word.toString();
    }

    private static String mutate(String word, java.util.Random random) {
        StringBuilder mutated = new StringBuilder(word);
        for (int i = random.nextInt(4); i > 0; i--) {
            int at = random.nextInt(mutated.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> mutated.insert(at, (char) ('a' + random.nextInt(3)));
                case 1 -> { if (at < mutated.length()) mutated.deleteCharAt(at); }
                default -> { if (at < mutated.length()) mutated.setCharAt(at, (char) ('a' + random.nextInt(3))); }
            }
        }
        return mutated.toString();
    }

    @Test
    void aSpentBudgetSuggestsNothingAndEachComparisonSpendsOne() {
        EditDistance.Budget budget = new EditDistance.Budget(2);
        // "sections" is three chars longer than "shema", so it is not compared: one spent.
        assertEquals(" (did you mean 'schema'?)", EditDistance.suggestion("shema", List.of("sections", "schema"), budget));
        // "schemas", two longer, is not compared once "schema" is one edit away: one spent.
        assertEquals(" (did you mean 'schema'?)", EditDistance.suggestion("shema", List.of("schema", "schemas"), budget));
        assertEquals("", EditDistance.suggestion("shema", List.of("schema"), budget));
    }
}
