package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenEdgesTest {

    @Test
    void punctuationThatProseSetsAgainstASpaceIsFound() {
        assertTrue(TokenEdges.endsWithNonWord("e\\.g\\."));
        assertTrue(TokenEdges.endsWithNonWord("vs[.]"));
        assertTrue(TokenEdges.endsWithNonWord("foo\\.\\b"), "a zero-width end is looked through");
        assertTrue(TokenEdges.endsWithNonWord("(?:etc|ca)\\."));
        assertTrue(TokenEdges.startsWithNonWord("\\(s\\)he"));
        assertTrue(TokenEdges.startsWithNonWord("(?i)\\(s\\)he"));
        assertTrue(TokenEdges.endsWithNonWord("a[.!?]"));
    }

    @Test
    void punctuationThatProseSetsAgainstAWordIsNotAProblem() {
        assertFalse(TokenEdges.startsWithNonWord(", so to speak"), "a comma follows a word");
        assertFalse(TokenEdges.startsWithNonWord("-based"), "a hyphen joins words");
        assertFalse(TokenEdges.endsWithNonWord("\\$"), "a dollar sign comes before a number");
        assertFalse(TokenEdges.endsWithNonWord("foo\\s"), "a space comes before a word");
        assertFalse(TokenEdges.startsWithNonWord("(?<=\\s)-\\d+"));
    }

    @Test
    void onlyCertainAnswersAreYes() {
        assertFalse(TokenEdges.endsWithNonWord("foo"));
        assertFalse(TokenEdges.endsWithNonWord("etc\\.?"), "may end in a letter");
        assertFalse(TokenEdges.endsWithNonWord("(?:\\.|x)"), "one branch ends in a letter");
        assertFalse(TokenEdges.endsWithNonWord("x."), "any char");
        assertFalse(TokenEdges.endsWithNonWord("x[^a]"), "a negated class");
        assertFalse(TokenEdges.endsWithNonWord("x[.a]"), "a class with a letter");
        assertFalse(TokenEdges.endsWithNonWord("(x)\\1"), "a back-reference");
        assertFalse(TokenEdges.endsWithNonWord("broken("), "unreadable: no claim");
        assertFalse(TokenEdges.endsWithNonWord("(?=\\.)"), "matches nothing");
    }

    @Test
    void theWarningNamesTheSideAndTheKind() {
        assertEquals(Optional.empty(), TokenEdges.boundaryWarning("token", "e\\.g\\.", true, false),
                "no boundary after it: raw follows");
        assertTrue(TokenEdges.boundaryWarning("swap key", "e\\.g\\.", true, true).orElseThrow()
                .startsWith("swap key 'e\\.g\\.' ends with a non-word char"));
        assertTrue(TokenEdges.boundaryWarning("token", "\\*\\*", true, true).orElseThrow()
                .contains("starts and ends with a non-word char"));
    }
}
