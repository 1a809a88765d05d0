package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationTest {

    @Test
    void groupsByFirstCharacterInListedOrder() {
        List<String> tokens = List.of("abc", "abd", "x y", "ab", "b", "a", "xz", "c[de]f");
        // After "a", an empty rest (the token "a") stops the grouping: it has no first character.
        assertEquals("a(?:bc|bd|b|)|x(?: y|z)|b|c[de]f", Alternation.join(tokens, false));
        assertEquals("A(?:b)|c|d|e|f|g|h",
                Alternation.join(List.of("Ab", "AB", "c", "d", "e", "f", "g", "h"), true));
        assertEquals("A(?:b)|a(?:B)|c|d|e|f|g|h".replace("(?:b)", "b").replace("(?:B)", "B"),
                Alternation.join(List.of("Ab", "aB", "c", "d", "e", "f", "g", "h"), false));
    }

    @Test
    void leavesListsItCannotGroupSafelyAsTheyAre() {
        List<String> shortList = List.of("abc", "abd");
        assertEquals("abc|abd", Alternation.join(shortList, false));
        // A group first: its characters are read, and the look-ahead form is used.
        List<String> regexFirst = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "(?:b|c)d");
        assertEquals("(?=[a])(?:a1|a2|a3|a4|a5|a6|a7)|(?:b|c)d", Alternation.join(regexFirst, false));
        List<String> topLevelBar = List.of("ab|cd", "a1", "a2", "a3", "a4", "a5", "a6", "a7");
        assertEquals(String.join("|", topLevelBar), Alternation.join(topLevelBar, false));
        List<String> flag = List.of("a(?i)b", "a1", "a2", "a3", "a4", "a5", "a6", "a7");
        assertEquals(String.join("|", flag), Alternation.join(flag, false));
    }

    @Test
    void readsTheCharAfterAStartThatReadsNoneAndWhitespaceAsAClass() {
        // Microsoft's FirstPerson: whitespace or the text's start, then I; or a word.
        List<String> firstPerson = List.of("(?:^|\\s)I(?=\\s)", "(?:^|\\s)I(?=,\\s)", "\\bI'd\\b",
                "\\bI'll\\b", "\\bI'm\\b", "\\bI've\\b", "\\bme\\b", "\\bmy\\b", "\\bmine\\b");
        assertEquals("(?=[\\si])(?:" + String.join("|", firstPerson.subList(0, 6)) + ")|(?=[m])(?:"
                + String.join("|", firstPerson.subList(6, 9)) + ")", Alternation.join(firstPerson, true));
        assertEquals(java.util.Set.of(Alternation.WHITESPACE, (int) 'i'),
                Alternation.firstChars("(?:^|\\s)I(?=\\s)", true));
        assertEquals(java.util.Set.of((int) 'm'), Alternation.firstChars("\\bme\\b", false));
        // Google's FirstPerson, six tokens: short, but one starts at any whitespace.
        List<String> google = List.of("(?:^|\\s)I\\s", "(?:^|\\s)I,\\s", "\\bI'm\\b", "\\bme\\b", "\\bmy\\b",
                "\\bmine\\b");
        assertEquals("(?=[\\si])(?:" + String.join("|", google.subList(0, 3)) + ")|(?=[m])(?:"
                + String.join("|", google.subList(3, 6)) + ")", Alternation.join(google, true));
        // A short list that starts at no whitespace stays as it is.
        List<String> words = List.of("\\bme\\b", "\\bmy\\b", "\\bI'm\\b");
        assertEquals(String.join("|", words), Alternation.join(words, true));
        // Nothing after the start, or an optional or repeated whitespace: not told.
        assertEquals(null, Alternation.firstChars("\\b", false));
        assertEquals(null, Alternation.firstChars("(?:^|\\s)", false));
        assertEquals(null, Alternation.firstChars("\\s*I", false));
        assertEquals(null, Alternation.firstChars("(?:^|\\s)?I", false));
    }

    @Test
    void groupsTheRunsOfLiteralsAroundATokenWhoseFirstCharactersAreUnknown() {
        // write-good's Passive: a class first, then the participles.
        List<String> passive = List.of("[\\w]+ed", "awoken", "beat", "become", "been", "begun", "bent",
                "bet", "bid", "bidden");
        assertEquals("[\\w]+ed|awoken|b(?:e(?:at|come|en|gun|nt|t)|i(?:d(?:|den)))",
                Alternation.join(passive, true));
        List<String> unknownFirst = List.of("a1", "a2", "a3", "a4", ".d", "a5", "b6", "a7");
        assertEquals("a(?:1|2|3|4)|.d|a(?:5|7)|b6", Alternation.join(unknownFirst, false));
        List<String> quantified = List.of("a?b", "a1", "a2", "a3", "a4", "a5", "a6", "a7");
        assertEquals("a?b|a(?:1|2|3|4|5|6|7)", Alternation.join(quantified, false));
    }

    private static final String[] ZERO_WIDTH_OR_SPACE = {"\\b", "\\B", "^", "\\s", "(?:^|\\s)",
        "(?:\\s|^)", "\\b(?:^|\\s)", "(?:^|\\b)"};

    private static final String[] UNREAD_FIRSTS = {".", "[\\w]+", "\\w", "a?", "(?:a|c)?", "[ab]+", "\\.a"};

    /** The grouped pattern finds exactly what the plain one finds, on random tokens and text. */
    @Test
    void findsTheSameMatchesAsThePlainAlternation() {
        Random random = new Random(42);
        String[] pieces = {"a", "b", "ab", "ba", "c", " ", "'", "s?", "[ab]", "(?:a|c)", "\\.", "é", "É"};
        for (int round = 0; round < 2000; round++) {
            List<String> tokens = new ArrayList<>();
            // Short lists too: they get look-aheads where a token can start at whitespace.
            int count = random.nextInt(4) == 0 ? 2 + random.nextInt(6) : 8 + random.nextInt(20);
            for (int i = 0; i < count; i++) {
                StringBuilder token = new StringBuilder(random.nextBoolean() ? "a" : "b");
                if (random.nextInt(4) == 0) {
                    token.setCharAt(0, random.nextBoolean() ? 'é' : 'É');
                }
                if (random.nextInt(6) == 0) {
                    // a start that reads no char, or any whitespace: the char after it counts
                    token.insert(0, ZERO_WIDTH_OR_SPACE[random.nextInt(ZERO_WIDTH_OR_SPACE.length)]);
                }
                if (random.nextInt(12) == 0) {
                    // a token whose first characters are not read: the runs around it are grouped
                    token.replace(0, token.length(), UNREAD_FIRSTS[random.nextInt(UNREAD_FIRSTS.length)]);
                }
                int length = random.nextInt(4);
                for (int j = 0; j < length; j++) {
                    token.append(pieces[random.nextInt(pieces.length)]);
                }
                tokens.add(token.toString());
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                String alphabet = "abcé É'.-";
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean ignoreCase = random.nextBoolean();
            boolean word = random.nextBoolean();
            String flags = ignoreCase ? "(?i)" : "";
            String plain = String.join("|", tokens);
            String grouped = Alternation.join(tokens, ignoreCase);
            String wrap = word ? "\\b(?:%s)\\b" : "(?:%s)";
            assertEquals(matches(flags + wrap.formatted(plain), text.toString()),
                    matches(flags + wrap.formatted(grouped), text.toString()),
                    tokens + " on '" + text + "' as " + grouped);
        }
    }

    @Test
    void wrappedAlternativesShareALookAheadForTheirFirstCharacter() {
        List<String> tokens = List.of("abc", "abd", "x", "Ab", "b", "c", "d", "e");
        List<String> wrapped = tokens.stream().map(t -> "(" + t + ")").toList();
        assertEquals("(?=[a])(?:(abc)|(abd)|(Ab))|(x)|(b)|(c)|(d)|(e)",
                Alternation.joinWrapped(tokens, wrapped, true));
        assertEquals("(?=[a])(?:(abc)|(abd))|(x)|(Ab)|(b)|(c)|(d)|(e)",
                Alternation.joinWrapped(tokens, wrapped, false));
        // Overlapping first characters share a group, in the order of their first member.
        List<String> mixed = List.of("(?:cell|mobile) phone", "apple", "[mn]ix", "xray", "x?y", "b",
                "c", "d");
        assertEquals(String.join("|", mixed.stream().map(t -> "(" + t + ")").toList()),
                Alternation.joinWrapped(mixed, mixed.stream().map(t -> "(" + t + ")").toList(), false),
                "x?y may start with y: the list is left as it is");
        List<String> overlapping = List.of("(?:cell|mobile) phone", "apple", "[mn]ix", "xray", "b",
                "c", "d", "e");
        assertEquals("(?=[cmn])(?:((?:cell|mobile) phone)|([mn]ix)|(c))|(apple)|(xray)|(b)|(d)|(e)",
                Alternation.joinWrapped(overlapping,
                        overlapping.stream().map(t -> "(" + t + ")").toList(), false));
        Random random = new Random(7);
        String[] starts = {"a", "b", "c", "(?:a|b)", "(?:b|c)", "[ab]", "[bc]", "A", "(?:ab|c)"};
        for (int round = 0; round < 1000; round++) {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < 8 + random.nextInt(10); i++) {
                list.add(starts[random.nextInt(starts.length)] + "ab c".substring(random.nextInt(4)));
            }
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                groups.add("(?<g" + i + ">" + list.get(i) + ")");
            }
            String text = "ab c abc ba b a cab abab Ab CAB bc c ab";
            boolean ignoreCase = random.nextBoolean();
            String flags = ignoreCase ? "(?i)" : "";
            assertEquals(matches(flags + "\\b(?:" + String.join("|", groups) + ")\\b", text),
                    matches(flags + "\\b(?:" + Alternation.joinWrapped(list, groups, ignoreCase)
                            + ")\\b", text), list.toString());
        }
    }

    private static List<String> matches(String regex, String text) {
        Matcher m = ValeRegex.compile(regex, 0).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }
}
