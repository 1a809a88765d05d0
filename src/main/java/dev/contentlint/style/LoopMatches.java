package dev.contentlint.style;

/**
 * Matches found by a loop rather than a regex, as {@link java.util.regex.Matcher#find()} finds
 * them: tried at each char of a stretch of text in turn, the first place where one ends past
 * where it starts wins, and the next search starts where it ended.
 */
abstract class LoopMatches implements Matches {

    protected final String text;
    protected final int to;
    private int start = -1;
    private int end;

    /** The matches in text from index from up to (not including) index to. */
    LoopMatches(String text, int from, int to) {
        this.text = text;
        this.end = from;
        this.to = to;
    }

    /** Where a match that starts at i ends (at most to), or i where none starts there. */
    protected abstract int matchEnd(int i);

    @Override
    public final boolean find() {
        for (int i = end; i < to; i++) {
            int j = matchEnd(i);
            if (j > i) {
                start = i;
                end = j;
                return true;
            }
        }
        end = to;
        return false;
    }

    @Override
    public final int start() {
        return start;
    }

    @Override
    public final int end() {
        return end;
    }
}
