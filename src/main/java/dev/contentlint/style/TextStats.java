package dev.contentlint.style;

import dev.contentlint.document.TextBlock;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts Vale's {@code metric} and {@code readability} rules compute with, over a list of
 * blocks of prose. Immutable.
 *
 * <p>As in Vale's {@code summarize} package: a word is a token {@code (?:[A-Z]\.){2,}} or {@code
 * [\p{N}\p{L}']+}; characters are the letters and digits of words; a long word has more than 6
 * chars (Vale counts UTF-8 bytes, here code points, which differ only for non-ASCII words); a
 * polysyllabic word has 3 or more syllables; a complex word has 3 or more once a final {@code
 * es}, {@code ed} or {@code ing} has taken one away; syllables are counted by {@link
 * Syllables}. Sentences are found with {@link BreakIterator} (Vale uses a Punkt tokenizer)
 * within each block, and a sentence holding no word is not counted. Paragraphs are the blocks
 * holding text (Vale: the blocks written to its summary).
 *
 * <p>Element counts (Vale counts elements of the file): {@code heading_h1}..{@code heading_h6},
 * {@code list} and {@code blockquote} are the blocks with those scopes; {@code pre} is always 0
 * since code blocks are left out of the prose.
 */
public final class TextStats {

    /** The variable names of a metric formula, in a fixed order. */
    public static final List<String> VARIABLES = List.of("words", "sentences", "characters",
            "syllables", "complex_words", "long_words", "polysyllabic_words", "paragraphs", "pre",
            "list", "blockquote", "heading_h1", "heading_h2", "heading_h3", "heading_h4",
            "heading_h5", "heading_h6");

    private static final Pattern WORD = Pattern.compile("(?:[A-Z]\\.){2,}|[\\p{N}\\p{L}']+");
    private static final String[] COMPLEX_SUFFIXES = {"es", "ed", "ing"};

    private final Map<String, Integer> counts;

    private TextStats(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** Counts prose and elements over the same blocks. */
    public static TextStats of(List<TextBlock> blocks) {
        return measure(blocks, blocks, true);
    }

    /** The variables that need syllables counted, the costly part of measuring. */
    public static final java.util.Set<String> NEED_SYLLABLES = java.util.Set.of("syllables",
            "complex_words", "polysyllabic_words");

    /**
     * What a region's rule measures: Vale measures its summary, the prose that is not a heading
     * or a table. Where the rule names elements of its own (the region's blocks are units), they
     * are measured as given.
     */
    public static TextStats ofRegion(ScopedText text) {
        return ofRegion(text, true);
    }

    /**
     * @param syllables whether to count syllables (and the words measured by them); without,
     *     those variables are 0
     */
    public static TextStats ofRegion(ScopedText text, boolean syllables) {
        List<TextBlock> prose = new ArrayList<>();
        for (TextBlock block : text.blocks()) {
            if (text.perBlock() || !(block.hasScope("heading") || block.hasScope("table"))) {
                prose.add(block);
            }
        }
        return measure(prose, text.blocks(), syllables);
    }

    /**
     * @param prose the blocks whose words and sentences are counted
     * @param elements the blocks whose scopes are counted as elements
     */
    public static TextStats measure(List<TextBlock> prose, List<TextBlock> elements,
            boolean syllables) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : VARIABLES) {
            counts.put(name, 0);
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (TextBlock block : prose) {
            String text = block.text();
            if (text.isBlank()) {
                continue;
            }
            counts.merge("paragraphs", 1, Integer::sum);
            sentences.setText(text);
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE;
                    start = end, end = sentences.next()) {
                if (countWords(text.substring(start, end), counts, syllables) > 0) {
                    counts.merge("sentences", 1, Integer::sum);
                }
            }
        }
        for (TextBlock block : elements) {
            for (int level = 1; level <= 6; level++) {
                if (block.hasScope("heading.h" + level)) {
                    counts.merge("heading_h" + level, 1, Integer::sum);
                }
            }
            if (block.hasScope("list")) {
                counts.merge("list", 1, Integer::sum);
            }
            if (block.hasScope("blockquote")) {
                counts.merge("blockquote", 1, Integer::sum);
            }
        }
        return new TextStats(counts);
    }

    private static int countWords(String sentence, Map<String, Integer> counts,
            boolean withSyllables) {
        int words = 0;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String word = m.group();
            words++;
            counts.merge("characters", (int) word.codePoints().filter(TextStats::isLetterOrNumber)
                    .count(), Integer::sum);
            if (word.codePointCount(0, word.length()) > 6) {
                counts.merge("long_words", 1, Integer::sum);
            }
            if (!withSyllables) {
                continue;
            }
            int syllables = Syllables.count(word);
            counts.merge("syllables", syllables, Integer::sum);
            if (syllables > 2) {
                counts.merge("polysyllabic_words", 1, Integer::sum);
            }
            if (isComplex(word, syllables)) {
                counts.merge("complex_words", 1, Integer::sum);
            }
        }
        counts.merge("words", words, Integer::sum);
        return words;
    }

    /** Go's {@code unicode.IsLetter || unicode.IsNumber}: categories L and N. */
    private static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isComplex(String word, int syllables) {
        for (String suffix : COMPLEX_SUFFIXES) {
            if (word.endsWith(suffix)) {
                return syllables - 1 > 2;
            }
        }
        return syllables > 2;
    }

    /** One count by its variable name. */
    public int get(String name) {
        Integer value = counts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no count '" + name + "'; counts are " + VARIABLES);
        }
        return value;
    }

    public int words() {
        return get("words");
    }

    public int sentences() {
        return get("sentences");
    }

    public int characters() {
        return get("characters");
    }

    public int syllables() {
        return get("syllables");
    }

    public int complexWords() {
        return get("complex_words");
    }

    public int longWords() {
        return get("long_words");
    }

    public int polysyllabicWords() {
        return get("polysyllabic_words");
    }

    public int paragraphs() {
        return get("paragraphs");
    }

    /** Every count by variable name, as a formula reads them. */
    public Map<String, Double> variables() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String name : VARIABLES) {
            values.put(name, (double) counts.get(name));
        }
        return values;
    }

    @Override
    public String toString() {
        return variables().toString();
    }
}
