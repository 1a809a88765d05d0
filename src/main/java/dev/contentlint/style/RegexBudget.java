package dev.contentlint.style;

import java.time.Duration;

/**
 * How long one style rule may match its regexes against one file. A regex that backtracks
 * catastrophically ({@code (a+)+$} on a long run of a's) would otherwise hang the build: Java's
 * regex engine cannot be interrupted, so the text it reads is handed over as a char sequence that
 * looks at the clock every few thousand reads and gives up once the time is spent.
 *
 * <p>One budget per rule and file, used by one thread.
 */
public final class RegexBudget {

    /** No limit: the text itself, for tests and for work that cannot run away. */
    public static final RegexBudget NONE = new RegexBudget(Long.MAX_VALUE, Duration.ZERO);

    /** The clock is read once in this many char reads: cheap, and still every few microseconds. */
    private static final int READS_PER_LOOK = 4096;

    /** The budget ran out. Unchecked, so that it passes through the regex engine. */
    public static final class Exceeded extends RuntimeException {

        private final Duration budget;

        Exceeded(Duration budget) {
            super("the regex time budget of " + budget.toMillis() + " ms is spent", null, false,
                    false);
            this.budget = budget;
        }

        public Duration budget() {
            return budget;
        }
    }

    private final long deadline;
    private final Duration budget;
    private int reads;
    private long spent;

    private RegexBudget(long deadline, Duration budget) {
        this.deadline = deadline;
        this.budget = budget;
    }

    /** A budget that starts now. */
    public static RegexBudget startingNow(Duration budget) {
        return new RegexBudget(System.nanoTime() + budget.toNanos(), budget);
    }

    /** The text for a matcher, read under this budget. */
    public CharSequence chars(String text) {
        return this == NONE ? text : new Timed(text);
    }

    private void look() {
        if (++reads % READS_PER_LOOK == 0 && System.nanoTime() - deadline > 0) {
            throw new Exceeded(budget);
        }
    }

    /**
     * Counts work done on text read uncounted (at least one char read for each unit), and looks
     * at the clock as {@link #look()} does: once the units since the last look reach a look's
     * worth of reads.
     */
    void spend(long units) {
        if (this == NONE) {
            return;
        }
        spent += units;
        if (spent >= READS_PER_LOOK) {
            spent = 0;
            if (System.nanoTime() - deadline > 0) {
                throw new Exceeded(budget);
            }
        }
    }

    /** A string whose reads count against the budget. */
    private final class Timed implements CharSequence {

        private final String text;

        Timed(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            look();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
