package dev.contentlint.baseline;

import java.util.Objects;

/**
 * One line of the baseline: a key and how many findings with that key are accepted. With three
 * baselined em dashes in a file and a fourth added, the entry says 3 and one finding is new.
 */
public record BaselineEntry(BaselineKey key, int count) {

    public BaselineEntry {
        Objects.requireNonNull(key, "key");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
    }
}
