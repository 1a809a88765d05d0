package dev.contentlint.document;

import java.util.function.Supplier;

/**
 * Runs work again on a thread whose stack is deep enough for it. Java's regex engine recurses
 * once per repetition of a group, so a pattern such as flexmark's thematic break on a line of
 * 10,000 {@code "- "}, or a Vale rule's {@code (?:[^,]+,){1,}} on a paragraph of 300,000 commas,
 * overflows a checking thread's stack; such rare text is read again on a 1 GB stack, so that it
 * is checked, not lost. The caller waits for it, so what the work reads and writes is handed over
 * and back as on one thread.
 */
public final class DeepStack {

    /** Deep enough for a recursing regex on any line a file of a few MB can hold. */
    static final long SIZE = 1L << 30;

    private DeepStack() {}

    /**
     * The work's result, computed on a deep stack; its failure, a runtime exception or a stack
     * overflow even there, thrown as it was.
     */
    public static <T> T call(String name, Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread deep = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (RuntimeException | StackOverflowError e) {
                failure[0] = e;
            }
        }, name, SIZE);
        deep.setDaemon(true);
        deep.start();
        try {
            deep.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, interrupted);
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure[0] != null) {
            throw (StackOverflowError) failure[0];
        }
        @SuppressWarnings("unchecked")
        T done = (T) result[0];
        return done;
    }
}
