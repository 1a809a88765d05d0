package dev.contentlint.style;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word by heuristics: Titus Wormer's {@code syllable}
 * algorithm (MIT), in the form of its Go port {@code jdkato/syllables} by Vale's author.
 *
 * <p>Vale's readability statistics come from {@code summarize} ({@code jdkato/twine}), whose own
 * syllable function could not be read; this is the same family of heuristic (prefixes and
 * suffixes with known counts, vowel groups, then corrections for groups that are one syllable
 * too many or too few), so counts agree with Vale on ordinary words but are not guaranteed to
 * agree on every word.
 *
 * <p>Steps: lower-case the word and keep a-z only; none left is 0, one or two letters is 1; a
 * few irregular words have fixed counts; suffixes counted as three syllables, prefixes and
 * suffixes counted as two, then as one, are counted and removed; each remaining group of vowels
 * ({@code aeiouy}) is one syllable; one is taken away for each pattern that reads as one
 * syllable where there are two vowel groups, and one added for each that reads as two where
 * there is one group. Never less than 1 for a word with letters.
 */
public final class Syllables {

    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private static final Pattern TRIPLE = Pattern.compile("(?:ology|ologist|onomy|onomist)$");
    private static final Pattern DOUBLE = Pattern.compile(
            "^(?:above|anti|ante|counter|hyper|afore|agri|infra|intra|inter|over|semi|ultra"
            + "|under|extra|dia|micro|mega|kilo|pico|nano|macro)"
            + "|(?:fully|berry|woman|women)$");
    private static final Pattern SINGLE = Pattern.compile(
            "^(?:un|fore|ware|none?|out|post|sub|pre|pro|dis|side)"
            + "|(?:ly|less|some|ful|ers?|ness|cians?|ments?|ettes?|villes?|ships?|sides?|ports?"
            + "|shires?|tion(?:ed)?)$");

    /** Two vowel groups that are read as one syllable. */
    private static final Pattern[] ONE_LESS = {
        Pattern.compile("cia(?:l|$)|tia|cius|cious|[^aeiou]giu|[aeiouy][^aeiouy]ion|iou|sia$"
                + "|eous$|[oa]gue$|.[^aeiuoycgltdb]{2,}ed$|.ely$|^jua|uai|eau|^busi$"
                + "|(?:[aeiouy](?:b|c|ch|dg|f|g|gh|gn|k|l|lch|ll|lv|m|mm|n|nc|ng|nch|nn|p|r|rc"
                + "|rn|rs|rv|s|sc|sk|sl|squ|ss|th|v|y|z)ed$)"
                + "|(?:[aeiouy](?:b|ch|d|f|gh|gn|k|l|lch|ll|lv|m|mm|n|nch|nn|p|r|rn|rs|rv|s|sc"
                + "|sk|sl|squ|ss|st|t|th|v|y)es$)"),
        Pattern.compile("[aeiouy](?:b|c|ch|d|dg|f|g|gh|gn|k|l|ll|lv|m|mm|n|nc|ng|nn|p|r|rc|rn"
                + "|rs|rv|s|sc|sk|sl|squ|ss|st|t|th|v|y|z)e$"),
    };

    /** One vowel group that is read as two syllables. */
    private static final Pattern[] ONE_MORE = {
        Pattern.compile("(?:[^aeiouy]ie(?:r|st|t)|[aeiouym]bl|eo|ism|asm|thm|dnt|uity|dea|gean"
                + "|oa|ua|eings?|[aeiouy]sh?e[rsd])$"),
        Pattern.compile("[^gq]ua[^auieo]|[aeiou]{3}|^(?:ia|mc|coa[dglx].)"),
        Pattern.compile("[^aeiou]y[ae]|[^l]lien|riet|dien|iu|io|ii|uen|real|iell|eo[^aeiou]"
                + "|[aeiou]y[aeiou]"),
        Pattern.compile("[^s]ia"),
    };

    /** Words the rules get wrong, with their counts. */
    private static final Map<String, Integer> IRREGULAR = Map.ofEntries(
            Map.entry("abalone", 4), Map.entry("abare", 3), Map.entry("abed", 2),
            Map.entry("abruzzese", 4), Map.entry("abbruzzese", 4), Map.entry("aborigine", 5),
            Map.entry("aborigines", 5), Map.entry("acreage", 3), Map.entry("adame", 3),
            Map.entry("adieu", 2), Map.entry("adobe", 3), Map.entry("anemone", 4),
            Map.entry("apache", 3), Map.entry("aphrodite", 4), Map.entry("apostrophe", 4),
            Map.entry("ariadne", 4), Map.entry("cafe", 2), Map.entry("cafes", 2),
            Map.entry("calliope", 4), Map.entry("catastrophe", 4), Map.entry("chile", 2),
            Map.entry("chloe", 2), Map.entry("circe", 2), Map.entry("coyote", 3),
            Map.entry("epitome", 4), Map.entry("facsimile", 4), Map.entry("forever", 3),
            Map.entry("gethsemane", 4), Map.entry("guacamole", 4), Map.entry("hyperbole", 4),
            Map.entry("jesse", 2), Map.entry("jukebox", 2), Map.entry("karate", 3),
            Map.entry("machete", 3), Map.entry("maybe", 2), Map.entry("people", 2),
            Map.entry("recipe", 3), Map.entry("sesame", 3), Map.entry("shoreline", 2),
            Map.entry("simile", 3), Map.entry("syncope", 3), Map.entry("tamale", 3),
            Map.entry("yosemite", 4), Map.entry("daphne", 2), Map.entry("eurydice", 4),
            Map.entry("euterpe", 3), Map.entry("hermione", 4), Map.entry("penelope", 4),
            Map.entry("persephone", 4), Map.entry("phoebe", 2), Map.entry("zoe", 2));

    private Syllables() {}

    /** The syllables of one word (a token of letters, digits and apostrophes). */
    public static int count(String word) {
        return new Counter().count(word);
    }

    /**
     * Counts word after word with the same matchers, reset for each word rather than made anew
     * (a dozen per word). One measurement's own: not for sharing between threads.
     */
    static final class Counter {

        private final Matcher vowelGroups = VOWEL_GROUP.matcher("");
        private final Matcher triple = TRIPLE.matcher("");
        private final Matcher doubled = DOUBLE.matcher("");
        private final Matcher single = SINGLE.matcher("");
        private final Matcher[] oneLess = matchers(ONE_LESS);
        private final Matcher[] oneMore = matchers(ONE_MORE);
        private final StringBuilder rest = new StringBuilder();

        private static Matcher[] matchers(Pattern[] patterns) {
            Matcher[] matchers = new Matcher[patterns.length];
            for (int i = 0; i < patterns.length; i++) {
                matchers[i] = patterns[i].matcher("");
            }
            return matchers;
        }

        int count(String word) {
            String text = letters(word);
            if (text.isEmpty()) {
                return 0;
            }
            if (text.length() < 3) {
                return 1;
            }
            Integer irregular = IRREGULAR.get(text);
            if (irregular != null) {
                return irregular;
            }
            int[] count = {0};
            text = countAndRemove(triple, text, 3, count);
            text = countAndRemove(doubled, text, 2, count);
            text = countAndRemove(single, text, 1, count);
            vowelGroups.reset(text);
            while (vowelGroups.find()) {
                count[0]++;
            }
            for (Matcher matcher : oneLess) {
                count[0] -= matches(matcher, text);
            }
            for (Matcher matcher : oneMore) {
                count[0] += matches(matcher, text);
            }
            return Math.max(count[0], 1);
        }

        private String countAndRemove(Matcher m, String text, int each, int[] count) {
            m.reset(text);
            rest.setLength(0);
            while (m.find()) {
                count[0] += each;
                m.appendReplacement(rest, "");
            }
            m.appendTail(rest);
            return rest.toString();
        }

        private static int matches(Matcher m, String text) {
            m.reset(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
    }

    /** The word lower-cased, a-z only. */
    private static String letters(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}
