package dev.contentlint.document;

import java.util.List;

/**
 * The rules that comments in the body turn off, and where: {@code <!-- contentlint-disable
 * RULE... -->} to {@code <!-- contentlint-enable RULE... -->}, {@code <!--
 * contentlint-disable-next-line RULE... -->}, and Vale's {@code <!-- vale off -->}, {@code <!--
 * vale on -->} and {@code <!-- vale Style.Rule = NO -->}.
 */
public final class Suppressions {

    /**
     * Lines from {@code fromLine} to {@code toLine} (inclusive) where a rule, or every rule when
     * {@code rule} is null, reports nothing. {@code styleOnly} marks Vale's comments, which only
     * ever turn off style rules.
     */
    public record Range(String rule, int fromLine, int toLine, boolean styleOnly) {

        boolean covers(String id, int line, boolean isStyleRule) {
            return line >= fromLine && line <= toLine && (rule == null || rule.equals(id)
                    || (rule.indexOf('.') < 0 && isStyleRule && id.startsWith(rule + ".")))
                    && (!styleOnly || isStyleRule);
        }
    }

    public static final Suppressions NONE = new Suppressions(List.of());

    private final List<Range> ranges;

    /** Suppressions as read before, such as from a result cache. */
    public static Suppressions of(List<Range> ranges) {
        return ranges.isEmpty() ? NONE : new Suppressions(ranges);
    }

    /** The ranges, for a result cache to keep. */
    public List<Range> ranges() {
        return ranges;
    }

    Suppressions(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Whether a finding of a rule on a 1-based line is turned off by a comment. */
    public boolean suppresses(String ruleId, int line, boolean isStyleRule) {
        for (Range range : ranges) {
            if (range.covers(ruleId, line, isStyleRule)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return ranges.toString();
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}
