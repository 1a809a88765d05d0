package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class ValeRegexTest {

    private static boolean finds(String regex, String text) {
        return ValeRegex.compile(regex, 0).matcher(text).find();
    }

    private static boolean matches(String regex, String text) {
        return ValeRegex.compile(regex, 0).matcher(text).matches();
    }

    @Test
    void pythonNamedGroupsBecomeJavaNamesAndReferencesFollow() {
        assertEquals("(?<firstx5Fxword>a)\\k<firstx5Fxword>",
                ValeRegex.translate("(?P<first_word>a)\\k<first_word>"));
        Matcher m = ValeRegex.compile("(?P<word>\\w+) \\k<word>", 0).matcher("say the the end");
        assertTrue(m.find());
        assertEquals("the", m.group("word"));
        assertTrue(matches("(?'w'a)\\k'w'", "aa"), ".NET's quoted names too");
    }

    @Test
    void unboundedRepetitionsInLookBehindsAreBounded() {
        assertEquals("(?<!:[^ ]{1,100}?):", ValeRegex.translate("(?<!:[^ ]+?):"));
        assertEquals("(?<=a{0,100})(?<=b{2,100})(?<=c{150,150})x",
                ValeRegex.translate("(?<=a*)(?<=b{2,})(?<=c{150,})x"));
        assertEquals("a*b+c{2,}", ValeRegex.translate("a*b+c{2,}"), "only inside look-behinds");
        assertEquals("(?<=(?:ab){0,100})x*", ValeRegex.translate("(?<=(?:ab)*)x*"),
                "a group closes, the look-behind with it");
        assertEquals("a*+", ValeRegex.translate("a*+"), "a + after a quantifier is no repetition");
    }

    @Test
    void googleColonsCompilesAndKeepsItsMeaning() {
        String colons = "(?<!:[^ ]+?):\\s[A-Z]";
        assertTrue(finds(colons, "Note: The end"));
        assertFalse(finds(colons, "see a:b: The end"), "a colon after :text is a URL or a time");
        assertTrue(finds("(?<=\\s)-\\d+", "minus -5"), "Microsoft.Negative");
    }

    @Test
    void posixClassesAreAsciiAsInRe2() {
        assertTrue(matches("[[:alpha:]]+", "Abc"));
        assertFalse(matches("[[:alpha:]]+", "é"));
        assertTrue(matches("[[:^digit:]]", "a"));
        assertFalse(matches("[[:^digit:]]", "7"));
        assertTrue(matches("[x[:digit:]]+", "x42"));
        assertTrue(matches("[[:punct:]]+", "!-/[`{~"));
        PatternSyntaxException e = assertThrows(PatternSyntaxException.class,
                () -> ValeRegex.compile("[[:letter:]]", 0));
        assertTrue(e.getDescription().contains("unknown POSIX class [:letter:]"), e.getDescription());
    }

    @Test
    void wordDigitAndSpaceClassesAreRegexp2s() {
        assertTrue(matches("\\w+", "café_日本ß9"));
        assertFalse(matches("\\w", "\u093F"), "a spacing mark (Devanagari vowel sign) is no \\w in .NET");
        assertTrue(matches("\\w", "\u200D"), "the zero-width joiner is");
        assertTrue(matches("\\W", "-"));
        assertTrue(matches("[\\w-]+", "well-known"));
        assertTrue(matches("[^\\W]+", "word"));
        assertTrue(matches("\\d", "\u0663"), "Arabic-Indic three");
        assertFalse(matches("\\d", "x"));
        assertTrue(matches("\\s", "\u00A0"), "no-break space is White_Space, as Go's IsSpace");
        assertTrue(matches("[\\s,]+", " ,\u2003"));
        assertTrue(matches("\\S+", "abc"));
    }

    @Test
    void wordBoundariesAreUnicode() {
        assertTrue(finds("\\bcafé\\b", "un café noir"));
        assertFalse(finds("\\bna\\b", "naïve"));
        assertTrue(finds("\\bnaïve\\b", "so naïve."));
        assertFalse(finds("\\Bcat", "cat"));
        assertTrue(finds("\\Bcat", "concatenate"));
        assertTrue(ValeRegex.isWordChar('é'));
        assertTrue(ValeRegex.isWordChar('_'));
        assertFalse(ValeRegex.isWordChar('.'));
        assertFalse(ValeRegex.isWordChar(' '));
    }

    @Test
    void braceThatStartsNoQuantifierIsLiteral() {
        assertTrue(matches("a{,3}", "a{,3}"));
        assertTrue(matches("{foo}", "{foo}"));
        assertTrue(matches("a{2}", "aa"));
        assertTrue(matches("a{1,2}b", "aab"));
    }

    @Test
    void classesReadAsDotNetReadsThem() {
        assertTrue(matches("[a&&b]", "&"), "no intersection in .NET");
        assertFalse(matches("[a&&b]", "c"));
        assertTrue(matches("[[x]", "["), "a [ in a class is a member");
        assertTrue(matches("[]a]", "]"), "a ] first is a member");
        assertTrue(matches("[a-z-[aeiou]]", "b"), ".NET subtraction");
        assertFalse(matches("[a-z-[aeiou]]", "a"));
        assertTrue(matches("[\\b]", "\b"), "\\b in a class is a backspace");
        assertTrue(matches("\\v", "\u000B"));
        assertFalse(matches("\\v", "\n"), "only the vertical tab, not Java's vertical whitespace");
    }

    @Test
    void scriptNamesAndCommentsAndLines() {
        assertTrue(matches("\\p{Greek}+", "αβγ"));
        assertTrue(matches("\\p{Lu}\\p{L}", "Ab"));
        assertTrue(matches("\\pL", "x"));
        assertEquals("ab", ValeRegex.translate("a(?#note)b"));
        assertTrue(matches("a(?#note)b", "ab"));
        assertTrue(matches("a.b", "a\rb"), "only \\n ends a line for '.', as in .NET");
        assertFalse(matches("a.b", "a\nb"));
        assertTrue(finds("(?m)^b", "a\nb"));
    }

    @Test
    void caseFoldingIsUnicode() {
        assertTrue(ValeRegex.compile("élan", Pattern.CASE_INSENSITIVE).matcher("ÉLAN").matches());
        assertTrue(ValeRegex.compile("(?i)élan", 0).matcher("Élan").matches());
        assertTrue(matches("(?i:a)B", "AB"));
        assertFalse(matches("(?i:a)B", "Ab"));
    }

    @Test
    void invalidRegexesStayInvalid() {
        assertThrows(PatternSyntaxException.class, () -> ValeRegex.compile("(a", 0));
        assertThrows(PatternSyntaxException.class, () -> ValeRegex.compile("[a", 0));
        assertThrows(PatternSyntaxException.class, () -> ValeRegex.compile("a\\", 0));
    }
}
