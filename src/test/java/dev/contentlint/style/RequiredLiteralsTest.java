package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    private static Pattern vale(String regex) {
        return ValeRegex.compile(regex, 0);
    }

    private static Optional<Set<String>> required(String regex) {
        return RequiredLiterals.of(vale(regex));
    }

    @Test
    void aWordListRequiresItsWordsFoldedWhateverTheBoundariesAndFlags() {
        assertEquals(Optional.of(Set.of("very")), required("(?i)(?m)\\b(?:Very)\\b"));
        assertEquals(Optional.of(Set.of("sea change", "sealed with a kiss", "second to none")),
                required("\\b(?:s(?:e(?:a(?: change|led with a kiss)|cond to none)))\\b"));
        assertEquals(Optional.of(Set.of("gray", "grey")), required("gr[ae]y"));
        assertEquals(Optional.of(Set.of("color", "colour")), required("colou?r"));
        assertEquals(Optional.of(Set.of("a.m", "p.m")), required("[ap]\\.m"));
        assertEquals(Optional.of(Set.of("é")), required("\\u00C9"));
        assertEquals(Optional.of(Set.of("a.b")), required("\\Qa.b\\E"));
    }

    @Test
    void aPartThatCanBeAnythingLeavesTheRestRequired() {
        // The longest known run of the sequence is chosen.
        assertEquals(Optional.of(Set.of(" phone")), required("(?:cell|mobile|\\w+) phone"));
        assertEquals(Optional.of(Set.of("ed")), required("\\b\\w+ed\\b"));
        assertEquals(Optional.of(Set.of("am", "is")), required("\\b(?:am|is)\\b\\s*\\w+"));
        // Look-arounds consume nothing and require nothing.
        assertEquals(Optional.of(Set.of("end")), required("(?<=the )end(?! of)"));
        assertEquals(Optional.of(Set.of("ab")), required("a(?:b)+c?"));
    }

    @Test
    void theFirstRepeatsOfAnAtLeastTwiceAreRequiredTogether() {
        // proselint's Hyperbole: "!" or "?" alone is in most texts, two in a row in few
        assertEquals(Optional.of(Set.of("!!", "!?", "?!", "??")), required("(?i)[a-z]+[!?]{2,}"));
        assertEquals(Optional.of(Set.of("aaa")), required("a{3,}"));
        assertEquals(Optional.of(Set.of("abab", "abc", "cab", "cc")), required("(?:ab|c){2,5}?"));
        assertEquals(Optional.of(Set.of("xx")), required("x{2}+"));
        // 2^20 texts are too many to know: each repeat's own texts are required
        assertEquals(Optional.of(Set.of("a", "b")), required("(?:a|b){20,}"));
    }

    @Test
    void givesUpWhereAMatchCanHoldAnythingOrTheRegexIsNotReadForCertain() {
        assertEquals(Optional.empty(), required(".*"));
        assertEquals(Optional.empty(), required("\\w+"));
        assertEquals(Optional.empty(), required("a|\\w"));
        assertEquals(Optional.empty(), required("(?:abc)?"));
        assertEquals(Optional.empty(), required("(a)\\1|\\1"));
        assertEquals(Optional.empty(), required("[^a]"));
        assertEquals(Optional.empty(), required("\\Gabc"));
        assertEquals(Optional.empty(), RequiredLiterals.of(Pattern.compile("(?x) a b c")));
        assertEquals(Optional.empty(), RequiredLiterals.of(Pattern.compile("[]a]bc")));
        assertEquals(Optional.empty(), RequiredLiterals.of(Pattern.compile("[a[b]]cd")));
        assertEquals(Optional.empty(), RequiredLiterals.of(Pattern.compile("abc", Pattern.COMMENTS)));
    }

    @Test
    void knowsEveryTextOfAFiniteListAndHowEveryMatchStarts() {
        Pattern list = vale("(?i)\\b(?:am|are|is(?:n't)?)\\b");
        assertEquals(Optional.of(Set.of("am", "are", "is", "isn't")), RequiredLiterals.exact(list));
        assertEquals(Optional.of(Set.of("am", "are", "is", "isn't")),
                RequiredLiterals.prefixes(list));
        Pattern passive = vale("(?i)\\b(am|is)\\b\\s*(?m)\\b(?:\\w+ed|bent)\\b");
        assertEquals(Optional.empty(), RequiredLiterals.exact(passive));
        assertEquals(Optional.of(Set.of("am", "is")), RequiredLiterals.prefixes(passive));
        assertEquals(Optional.empty(), RequiredLiterals.prefixes(vale("\\w+ly")));
        assertEquals(Optional.empty(), RequiredLiterals.prefixes(vale("(?:ab)?c|d")).filter(
                p -> !p.equals(Set.of("abc", "c", "d"))));
    }

    @Test
    void foldsAsJavaComparesWithoutCase() {
        // Java's CASE_INSENSITIVE | UNICODE_CASE treats these as one char each.
        assertEquals(RequiredLiterals.fold('k'), RequiredLiterals.fold('\u212A')); // Kelvin sign
        assertEquals(RequiredLiterals.fold('i'), RequiredLiterals.fold('\u0131')); // dotless i
        assertEquals(RequiredLiterals.fold('s'), RequiredLiterals.fold('\u017F')); // long s
        assertEquals('é', RequiredLiterals.fold('É'));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            char folded = RequiredLiterals.fold(c);
            boolean same = Pattern.compile(Pattern.quote(String.valueOf(c)),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(String.valueOf(folded)).matches();
            assertTrue(same, "U+" + Integer.toHexString(c) + " and its fold");
        }
    }

    private static long paths(String regex) {
        return RequiredLiterals.analyze(vale(regex)).paths();
    }

    @Test
    void theWaysToMatchAtOnePlaceAreCountedUnboundedWhereAQuantifierIs() {
        assertEquals(1, paths("very"));
        assertEquals(4, paths("(?i)(?m)\\b(?:very|quite|a(?:b|c))\\b"));
        assertEquals(4, paths("a?b{2,3}")); // (1 + 1) * (1 + 1)
        assertEquals(101, paths(".{0,100}"));
        assertEquals(1 << 20, paths("(?:a|a){20}"));
        assertEquals(4, paths("(?<=ab|c)d")); // a look-behind tried at each of its lengths
        assertEquals(3, paths("(?=a|b|c)\\w"));
        assertEquals(2, paths("(a|b)\\1"));
        assertEquals(2, paths("x\\R"));
        assertEquals(MatchTexts.UNBOUNDED, paths("a*"));
        assertEquals(MatchTexts.UNBOUNDED, paths("\\b(?:is|am)\\b\\s+\\w+"));
        assertEquals(MatchTexts.UNBOUNDED, paths("a{2,}"));
        assertEquals(MatchTexts.UNBOUNDED, paths("(?=a+)b"));
        assertEquals(MatchTexts.UNBOUNDED, paths("(?:a|b){100}")); // 2^100 overflows: no bound
        assertEquals(MatchTexts.UNBOUNDED, paths("(?x)a b")); // comments mode: not read
    }

    private static long longest(String regex) {
        return RequiredLiterals.analyze(vale(regex)).longest();
    }

    @Test
    void theLongestMatchIsCountedInCharsUnboundedWhereAQuantifierOrAReferenceIs() {
        assertEquals(4, longest("very"));
        assertEquals(7, longest("\\p{Nd}{1,2} ?[ap]m\\b")); // a digit may take two chars
        assertEquals(3, longest("x{2,3}"));
        assertEquals(1, longest("(?=abc)d")); // a look-ahead takes nothing
        assertEquals(2, longest("\\R"));
        assertEquals(4, longest("(?:ab|cdef)|x"));
        assertEquals(MatchTexts.UNBOUNDED, longest("a*"));
        assertEquals(MatchTexts.UNBOUNDED, longest("(a)\\1"));
        assertEquals(MatchTexts.UNBOUNDED, longest("\\X"));
    }
}
