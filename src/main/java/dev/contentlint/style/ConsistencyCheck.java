package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vale's {@code consistency}: for each pair {@code first: second} of {@code either}, only one of
 * the two may be used in a region.
 *
 * <p>As in Vale ({@code internal/check/consistency.go}): each pair is one regex, {@code
 * \b(?:(first)|(second))\b} ({@code nonword} drops the {@code \b}; {@code ignorecase} makes it
 * case-insensitive). The blocks are read in order, remembering which forms have been seen so
 * far. A block that holds a match of the pair, once both forms have been seen (in it or before
 * it), gets one alert for the pair, whichever form it holds; so the first block that completes
 * the pair is reported, and every later block using either form. The alert's text is that of
 * the block's last match of the pair, and it is placed on the first match in the block with that
 * same text (Vale reports the last match's text and locates it by searching the block for it).
 */
public final class ConsistencyCheck implements Check {

    public static final Set<String> KEYS = Set.of("either", "ignorecase", "nonword");

    private static final String FIRST = "clEitherFirst";
    private static final String SECOND = "clEitherSecond";

    private final List<Pattern> pairs;
    /** Tells in one pass over a block which pairs may match in it; made when first needed. */
    private final Lazy<Prefilter> prefilter;

    private ConsistencyCheck(List<Pattern> pairs) {
        this.pairs = List.copyOf(pairs);
        this.prefilter = new Lazy<>(() -> Prefilter.ofEach(this.pairs));
    }

    public static Check from(RuleSource source) throws ConfigException {
        Map<String, String> either = source.mapping("either");
        if (either.isEmpty()) {
            throw source.error("either", "is required: a mapping of one form to the other");
        }
        boolean ignoreCase = source.bool("ignorecase", false);
        String bound = source.bool("nonword", false) ? "" : "\\b";
        List<Pattern> pairs = new ArrayList<>();
        for (Map.Entry<String, String> pair : either.entrySet()) {
            String regex = bound + "(?:(?<" + FIRST + ">" + pair.getKey() + ")|(?<" + SECOND + ">"
                    + pair.getValue() + "))" + bound;
            pairs.add(source.pattern("either", regex,
                    Pattern.MULTILINE | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0)));
        }
        return new ConsistencyCheck(pairs);
    }

    /** The pattern of each pair, in order. */
    List<Pattern> pairs() {
        return pairs;
    }

    @Override
    public List<Prefilter> prefilters() {
        return List.of(prefilter.get());
    }

    @Override
    public List<Alert> check(ScopedText text) {
        boolean[][] seen = new boolean[pairs.size()][2];
        List<Alert> alerts = new ArrayList<>();
        for (TextBlock block : text.blocks()) {
            BitSet candidates = text.candidates(prefilter.get(), block);
            for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
                Matcher m = pairs.get(p).matcher(text.chars(block));
                String last = null;
                while (m.find()) {
                    seen[p][m.start(FIRST) >= 0 ? 0 : 1] = true;
                    last = m.group();
                }
                if (last != null && seen[p][0] && seen[p][1]) {
                    m.reset();
                    while (m.find()) {
                        if (m.group().equals(last)) {
                            alerts.add(Alert.of(block.sourceOffset(m.start()),
                                    block.sourceEnd(m.end()), last));
                            break;
                        }
                    }
                }
            }
        }
        alerts.sort(Comparator.comparingInt(Alert::start).thenComparingInt(Alert::end));
        return alerts;
    }
}
