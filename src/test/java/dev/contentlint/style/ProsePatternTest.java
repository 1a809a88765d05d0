package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.document.TextBlock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * The prefilters and match starts never change what a pattern finds: on random regexes and
 * random texts, {@link ProsePattern.Hits} finds exactly what {@link Matcher#find()} finds, and
 * each match holds a required text and starts with a prefix.
 */
class ProsePatternTest {

    private static final String TEXT_CHARS = "abcAB é'É-.\n9\u212A";

    @Test
    void findsWhatFindFindsOnRandomRegexesAndTexts() {
        Random random = new Random(20261126);
        int patterns = 0;
        int matches = 0;
        int filtered = 0;
        int aroundRequired = 0;
        for (int round = 0; round < 4000; round++) {
            String regex = new RandomRegex(random).regex(3);
            Pattern pattern;
            try {
                pattern = ValeRegex.compile(regex, random.nextInt(3) == 0
                        ? Pattern.CASE_INSENSITIVE : 0);
            } catch (PatternSyntaxException e) {
                continue;
            }
            patterns++;
            ProsePattern prose = ProsePattern.of(pattern);
            if (!prose.prefilter().passesAll()) {
                filtered++;
            }
            Optional<Set<String>> required = RequiredLiterals.of(pattern);
            Optional<Set<String>> prefixes = RequiredLiterals.prefixes(pattern);
            Optional<Set<String>> exact = RequiredLiterals.exact(pattern);
            if (prefixes.isEmpty() && !prose.matchStarts().isEmpty()) {
                aroundRequired++; // tried only a few chars before each required text
            }
            ProsePattern.Hits earlier = null;
            for (int t = 0; t < 8; t++) {
                String text = randomText(random);
                List<int[]> expected = find(pattern.matcher(text));
                matches += expected.size();
                TextBlock block = block(0, text, "paragraph");
                // Read as it is, or through a budget's counting wrapper, as a build reads it.
                ScopedText scoped = random.nextBoolean() ? new ScopedText(List.of(block), 0, 0, false)
                        : new ScopedText(List.of(block), 0, 0, false,
                                RegexBudget.startingNow(java.time.Duration.ofMinutes(5)));
                String where = "/" + regex + "/ on '" + text + "'";
                assertEquals(show(expected), show(found(prose.hits(scoped, block))), where);
                // The same with the matcher of the text before taken over, as checks do.
                ProsePattern.Hits reused = prose.hits(scoped, block, earlier);
                assertEquals(show(expected), show(found(reused)), where + ", matcher taken over");
                earlier = reused;
                for (int[] match : expected) {
                    String found = fold(text.substring(match[0], match[1]));
                    required.ifPresent(r -> assertTrue(r.stream().anyMatch(found::contains),
                            where + ": '" + found + "' holds none of " + r));
                    prefixes.ifPresent(p -> assertTrue(p.stream().anyMatch(found::startsWith),
                            where + ": '" + found + "' starts with none of " + p));
                    exact.ifPresent(e -> assertTrue(e.contains(found),
                            where + ": '" + found + "' is none of " + e));
                }
            }
        }
        // The generator makes enough valid, matching and filterable patterns to mean something.
        assertTrue(patterns > 2500, patterns + " patterns");
        assertTrue(matches > 5000, matches + " matches");
        assertTrue(filtered > 500, filtered + " patterns with a prefilter");
        assertTrue(aroundRequired > 20, aroundRequired + " patterns tried around required texts");
    }

    private static List<int[]> found(ProsePattern.Hits hits) {
        List<int[]> found = new ArrayList<>();
        while (hits.find()) {
            found.add(new int[] {hits.matcher().start(), hits.matcher().end()});
        }
        return found;
    }

    @Test
    void aSharedPrefilterAnswersAsEachOfItsMembers() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<Prefilter> members = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(6); i++) {
                List<Pattern> patterns = new ArrayList<>();
                for (int p = 0; p < 1 + random.nextInt(3); p++) {
                    try {
                        patterns.add(ValeRegex.compile(new RandomRegex(random).regex(2), 0));
                    } catch (PatternSyntaxException e) {
                        // left out
                    }
                }
                if (!patterns.isEmpty()) {
                    members.add(Prefilter.ofEach(patterns));
                }
            }
            List<Check> checks = members.stream().map(m -> (Check) new Check() {
                @Override
                public List<Alert> check(ScopedText text) {
                    return List.of();
                }

                @Override
                public List<Prefilter> prefilters() {
                    return List.of(m);
                }
            }).toList();
            SharedPrefilter.Scan scan = SharedPrefilter.of(checks).newScan();
            for (int t = 0; t < 10; t++) {
                String text = randomText(random);
                for (Prefilter member : members) {
                    assertEquals(member.candidates(text), scan.candidates(member, text), text);
                    assertEquals(member.mayMatch(text), scan.mayMatch(member, text), text);
                }
            }
        }
    }

    /**
     * The shared scan finds, for every member pattern at once, where its matches may start: the
     * same places each member's own scan finds, and so the same matches.
     */
    @Test
    void aSharedScanFindsEachPatternsStartsAsItsOwnScanDoes() {
        Random random = new Random(11);
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            List<ProsePattern> members = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(6); i++) {
                try {
                    members.add(ProsePattern.of(ValeRegex.compile(new RandomRegex(random).regex(2),
                            random.nextBoolean() ? Pattern.CASE_INSENSITIVE : 0)));
                } catch (PatternSyntaxException e) {
                    // left out
                }
            }
            List<Check> checks = members.stream().map(StyleTestSupport::checkOf).toList();
            SharedPrefilter.Scan scan = SharedPrefilter.of(checks).newScan();
            for (int t = 0; t < 10; t++) {
                String text = randomText(random) + " " + randomText(random);
                TextBlock block = block(0, text, "paragraph");
                ScopedText shared = new ScopedText(List.of(block), 0, 0, false, RegexBudget.NONE,
                        scan);
                for (ProsePattern member : members) {
                    for (MatchStarts starts : member.matchStarts()) {
                        assertEquals(java.util.Arrays.toString(starts.in(text)),
                                java.util.Arrays.toString(scan.starts(starts, text)), text);
                        compared += scan.shares(starts) ? 1 : 0;
                    }
                    List<int[]> actual = new ArrayList<>();
                    ProsePattern.Hits hits = member.hits(shared, block);
                    while (hits.find()) {
                        actual.add(new int[] {hits.matcher().start(), hits.matcher().end()});
                    }
                    assertEquals(show(find(member.pattern().matcher(text))), show(actual),
                            "/" + member.pattern() + "/ on '" + text + "'");
                }
            }
        }
        assertTrue(compared > 1000, compared + " starts found by the shared scan");
    }

    @Test
    void aPrefilterSkipsOnlyTextsWithoutItsWords() {
        Prefilter words = Prefilter.of(ValeRegex.compile("(?i)\\b(?:very|extremely)\\b", 0));
        assertFalse(words.passesAll());
        assertTrue(words.mayMatch("This is VERY good."));
        assertTrue(words.mayMatch("everything")); // holds the word, though no match
        assertFalse(words.mayMatch("This is good."));
        assertFalse(words.mayMatch(""));
        assertFalse(Prefilter.of(ValeRegex.compile("\\w+ly", 0)).passesAll()); // needs "ly"
        assertTrue(Prefilter.of(ValeRegex.compile("\\w+|ly", 0)).passesAll());
        assertTrue(Prefilter.of(ValeRegex.compile("\\w+", 0)).mayMatch(""));

        Prefilter pairs = Prefilter.ofEach(List.of(ValeRegex.compile("colou?r", 0),
                ValeRegex.compile("\\w+", 0), ValeRegex.compile("centre|center", 0)));
        BitSet candidates = pairs.candidates("The COLOUR of it");
        assertEquals("{0, 1}", candidates.toString());
        assertEquals("{1, 2}", pairs.candidates("centre").toString());
    }

    @Test
    void anAutomatonTooBigToBuildLetsEverythingThrough() {
        List<String> tokens = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 9000; i++) {
            StringBuilder token = new StringBuilder();
            for (int c = 0; c < 40; c++) {
                token.append((char) ('a' + random.nextInt(26) + (c % 3 == 0 ? 0 : 0x3000)));
            }
            tokens.add(Pattern.quote(token.toString()));
        }
        Prefilter big = Prefilter.of(Pattern.compile(String.join("|", tokens)));
        assertTrue(big.passesAll());
    }

    /**
     * A short pattern whose matches each hold a known text is tried only a few chars before each
     * of those texts, as far back as a match can reach, and finds what find() finds.
     */
    @Test
    void aShortPatternIsTriedOnlyAsFarBackFromItsRequiredTextsAsAMatchReaches() {
        String[] parts = {"", "\\d{1,2}", "[ab]?", " ?", "\\.?", "\\w", "(?:x|yz)", "\\b",
            "(?<=a)", "(?!m)", "\\p{Nd}", "é{0,3}"};
        String[] texts = {"am", "pm", "é.", "--", "a.m"};
        // 𝟙 is a digit of two chars (a surrogate pair): \\p{Nd} and \\w take both.
        String[] alphabet = {"a", "m", "p", "é", ".", "-", "1", "2", " ", "x", "y", "z", "b", "A",
            "P", "M", "\uD835\uDFD9"};
        Random random = new Random(5);
        int tried = 0;
        for (int round = 0; round < 600; round++) {
            String regex = parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)]
                    + "(?:" + texts[random.nextInt(texts.length)] + "|"
                    + texts[random.nextInt(texts.length)] + ")" + parts[random.nextInt(parts.length)];
            Pattern pattern = ValeRegex.compile(regex, random.nextBoolean()
                    ? Pattern.CASE_INSENSITIVE : 0);
            ProsePattern prose = ProsePattern.of(pattern);
            if (prose.matchStarts().isEmpty()) {
                continue;
            }
            tried += RequiredLiterals.prefixes(pattern).isEmpty() ? 1 : 0;
            for (int t = 0; t < 10; t++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(60); i > 0; i--) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                TextBlock block = block(0, text.toString(), "paragraph");
                ScopedText scoped = new ScopedText(List.of(block), 0, 0, false);
                List<int[]> actual = new ArrayList<>();
                ProsePattern.Hits hits = prose.hits(scoped, block);
                while (hits.find()) {
                    actual.add(new int[] {hits.matcher().start(), hits.matcher().end()});
                }
                assertEquals(show(find(pattern.matcher(text))), show(actual),
                        "/" + regex + "/ on '" + text + "'");
            }
        }
        assertTrue(tried > 100, tried + " patterns tried around their required texts");
    }

    @Test
    void matchesAreTriedOnlyWhereTheyCanStartWhereThosePlacesAreRareInProse() {
        // Two chars or more, or a single digit or sign: rare enough to be worth finding first.
        assertEquals(1, ProsePattern.of(ValeRegex.compile("[;-]\\s+so\\b|\\bSo\\b", 0))
                .matchStarts().size());
        assertEquals(1, ProsePattern.of(ValeRegex.compile("\\$\\d+", 0)).matchStarts().size());
        assertEquals(1, ProsePattern.of(ValeRegex.compile("(?i)\\b(?:very|quite)\\b", 0))
                .matchStarts().size());
        // A single letter or a space starts too often: the regex engine searches on its own.
        assertEquals(0, ProsePattern.of(ValeRegex.compile("s\\w+ly", 0)).matchStarts().size());
        assertEquals(0, ProsePattern.of(ValeRegex.compile(" \\w+", 0)).matchStarts().size());
        assertEquals(0, ProsePattern.of(ValeRegex.compile("\\w+!", 0)).matchStarts().size());
    }

    @Test
    void textsThatShareTheirBeginningShareTheAutomatonsStates() {
        // 4,000 texts of 1,000 chars: 4 million chars in all, but one path of 1,000 states
        // with a few states for each text's own end.
        String shared = "abcdefghij".repeat(100);
        Set<String> texts = new java.util.HashSet<>();
        for (int i = 0; i < 4000; i++) {
            texts.add(shared + Integer.toString(i, 26).replace('0', 'z'));
        }
        Prefilter prefilter = Prefilter.ofLiterals(List.of(texts));
        assertFalse(prefilter.passesAll());
        assertTrue(prefilter.mayMatch("x" + shared + "1b2"));
        assertFalse(prefilter.mayMatch(shared));
    }

    private static List<int[]> find(Matcher matcher) {
        List<int[]> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        return found;
    }

    private static String show(List<int[]> matches) {
        StringBuilder out = new StringBuilder();
        for (int[] match : matches) {
            out.append(match[0]).append('-').append(match[1]).append(' ');
        }
        return out.toString();
    }

    private static String fold(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(RequiredLiterals.fold(c));
        }
        return out.toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
        }
        return text.toString();
    }

    /** Random regexes over a small alphabet, with the constructs the rules of styles use. */
    private static final class RandomRegex {

        private static final String[] LEAVES = {"a", "b", "c", "A", "é", "É", " ", "'", "-", "9",
            "ab", "ba", "abc", "\\.", "\\-", "[ab]", "[a-c]", "[aé]", "[^a]", "[\\w']", "\\w",
            "\\W", "\\s", "\\d", ".", "\\b", "\\B", "^", "$", "(?i)", "\\x41", "\\u00e9",
            "\\Qa.b\\E", "\\t", "\\n", "k"};
        private static final String[] QUANTIFIERS = {"", "", "", "", "?", "*", "+", "{2}",
            "{1,2}", "{0,2}", "{2,}", "??", "+?", "*+"};
        /** Bounded only: an unbounded group in a group can backtrack for ever on find(). */
        private static final String[] GROUP_QUANTIFIERS = {"", "", "", "?", "{2}", "{1,2}", "??", "{2,3}", "{3,4}?"};

        private final Random random;
        private int groups;

        RandomRegex(Random random) {
            this.random = random;
        }

        String regex(int depth) {
            StringBuilder out = new StringBuilder(sequence(depth));
            while (random.nextInt(3) == 0) {
                out.append('|').append(sequence(depth));
            }
            return out.toString();
        }

        private String sequence(int depth) {
            StringBuilder out = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) {
                String atom = atom(depth);
                out.append(atom);
                if (atom.startsWith("(?=") || atom.startsWith("(?!") || atom.startsWith("(?<")
                        || atom.equals("(?i)")) {
                    continue;
                }
                String[] quantifiers = atom.startsWith("(") ? GROUP_QUANTIFIERS : QUANTIFIERS;
                out.append(quantifiers[random.nextInt(quantifiers.length)]);
            }
            return out.toString();
        }

        private String atom(int depth) {
            if (depth == 0 || random.nextInt(3) > 0) {
                return LEAVES[random.nextInt(LEAVES.length)];
            }
            String inner = regex(depth - 1);
            return switch (random.nextInt(9)) {
                case 0 -> "(" + inner + ")";
                case 1 -> "(?<g" + groups++ + ">" + inner + ")";
                case 2 -> "(?=" + inner + ")";
                case 3 -> "(?!" + inner + ")";
                case 4 -> "(?<=" + LEAVES[random.nextInt(12)] + ")";
                case 5 -> "(?i:" + inner + ")";
                case 6 -> "(?>" + inner + ")";
                case 7 -> "(" + inner + ")\\1";
                default -> "(?:" + inner + ")";
            };
        }
    }
}
