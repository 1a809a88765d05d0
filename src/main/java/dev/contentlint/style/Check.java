package dev.contentlint.style;

import java.util.List;

/**
 * The logic of one Vale extension point, made from one rule file with its patterns compiled.
 * Shared by the checking threads, so it holds nothing mutable.
 */
public interface Check {

    List<Alert> check(ScopedText text);

    /**
     * The prefilters the check asks before it runs its patterns on a block, so that the rules a
     * type applies can share one scan of each block ({@link SharedPrefilter}).
     */
    default List<Prefilter> prefilters() {
        return List.of();
    }

    /**
     * Where the check's patterns can start, where that is known, so that the same shared scan
     * of each block finds those places too ({@link SharedPrefilter}).
     */
    default List<MatchStarts> matchStarts() {
        return List.of();
    }

    /**
     * The rule's message as this check fills it in. Vale rewrites some messages once per rule
     * (a {@code substitution} with {@code action: replace} drops the quotes around its first
     * {@code %s}, as its suggestions come quoted); the rule keeps what this returns.
     */
    default String adaptMessage(String message) {
        return message;
    }
}
