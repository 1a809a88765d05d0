package dev.contentlint.style;

import dev.contentlint.document.TextBlock;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        // Counted in a plain array, one slot per variable: this runs for every word of the file.
        int[] counts = new int[VARIABLES.size()];
        // A word's syllables take a dozen regexes to count, and prose repeats its words.
        Map<String, Integer> syllablesByWord = syllables ? new HashMap<>() : null;
        Syllables.Counter syllableCounter = syllables ? new Syllables.Counter() : null;
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (TextBlock block : prose) {
            String text = block.text();
            if (text.isBlank()) {
                continue;
            }
            counts[PARAGRAPHS]++;
            sentences.setText(text);
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE;
                    start = end, end = sentences.next()) {
                if (countWords(text, start, end, counts, syllablesByWord, syllableCounter) > 0) {
                    counts[SENTENCES]++;
                }
            }
        }
        for (TextBlock block : elements) {
            for (int level = 1; level <= 6; level++) {
                if (block.hasScope("heading.h" + level)) {
                    counts[HEADING_H1 + level - 1]++;
                }
            }
            if (block.hasScope("list")) {
                counts[LIST]++;
            }
            if (block.hasScope("blockquote")) {
                counts[BLOCKQUOTE]++;
            }
        }
        Map<String, Integer> named = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            named.put(VARIABLES.get(i), counts[i]);
        }
        return new TextStats(named);
    }

    // The slots of the variables in VARIABLES.
    private static final int WORDS = 0;
    private static final int SENTENCES = 1;
    private static final int CHARACTERS = 2;
    private static final int SYLLABLES = 3;
    private static final int COMPLEX_WORDS = 4;
    private static final int LONG_WORDS = 5;
    private static final int POLYSYLLABIC_WORDS = 6;
    private static final int PARAGRAPHS = 7;
    private static final int LIST = 9;
    private static final int BLOCKQUOTE = 10;
    private static final int HEADING_H1 = 11;

    /**
     * @param syllablesByWord the words counted so far, or null where syllables are not counted
     * @param syllableCounter what counts a word not counted so far
     */
    private static int countWords(String text, int from, int to, int[] counts,
            Map<String, Integer> syllablesByWord, Syllables.Counter syllableCounter) {
        int words = 0;
        Words m = new Words(text, from, to);
        while (m.find()) {
            words++;
            int letters = 0;
            int codePoints = 0;
            for (int i = m.start(); i < m.end(); ) {
                int c = text.codePointAt(i);
                codePoints++;
                if (Words.isLetterOrNumber(c)) {
                    letters++;
                }
                i += Character.charCount(c);
            }
            counts[CHARACTERS] += letters;
            if (codePoints > 6) {
                counts[LONG_WORDS]++;
            }
            if (syllablesByWord == null) {
                continue;
            }
            String word = text.substring(m.start(), m.end());
            int syllables = syllablesByWord.computeIfAbsent(word, syllableCounter::count);
            counts[SYLLABLES] += syllables;
            if (syllables > 2) {
                counts[POLYSYLLABIC_WORDS]++;
            }
            if (isComplex(word, syllables)) {
                counts[COMPLEX_WORDS]++;
            }
        }
        counts[WORDS] += words;
        return words;
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
