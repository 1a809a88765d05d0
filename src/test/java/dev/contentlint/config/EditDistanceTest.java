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
}
