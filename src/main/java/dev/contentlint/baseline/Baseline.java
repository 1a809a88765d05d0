package dev.contentlint.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The accepted findings of a content tree: entries by key, each with a count, sorted by path,
 * rule, text and message (the order of the file, so that a rewritten baseline differs from the
 * old one only where findings came or went).
 */
public final class Baseline {

    /** The version of the file format that this contentlint reads and writes. */
    public static final int VERSION = 1;

    private final Map<BaselineKey, Integer> counts;

    private Baseline(Map<BaselineKey, Integer> counts) {
        this.counts = Collections.unmodifiableMap(counts);
    }

    /** The baseline of today's findings, one key per finding (as {@link Fingerprints} gives them). */
    public static Baseline of(List<BaselineKey> keys) {
        Map<BaselineKey, Integer> counts = new TreeMap<>();
        for (BaselineKey key : keys) {
            counts.merge(Objects.requireNonNull(key, "key"), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /** A baseline of entries; entries with the same key add up. */
    public static Baseline ofEntries(List<BaselineEntry> entries) {
        Map<BaselineKey, Integer> counts = new TreeMap<>();
        for (BaselineEntry entry : entries) {
            counts.merge(entry.key(), entry.count(), Math::addExact);
        }
        return new Baseline(counts);
    }

    public static Baseline empty() {
        return new Baseline(new TreeMap<>());
    }

    /** The entries, in the file's order. */
    public List<BaselineEntry> entries() {
        List<BaselineEntry> entries = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> entries.add(new BaselineEntry(key, count)));
        return entries;
    }

    /** How many findings with this key are accepted; 0 for none. */
    public int count(BaselineKey key) {
        return counts.getOrDefault(key, 0);
    }

    /** Every key with its count, sorted. */
    Map<BaselineKey, Integer> counts() {
        return counts;
    }

    /** How many findings it accepts in all. */
    public int findings() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many files it names. */
    public int files() {
        return (int) counts.keySet().stream().map(BaselineKey::path).distinct().count();
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /**
     * What changed from an older baseline to this one, in findings: how many this one accepts
     * that the older did not, and how many the older accepted that this one drops (fixed, or
     * changed beyond recognition).
     */
    public Change changeFrom(Baseline older) {
        int added = 0;
        int dropped = 0;
        for (Map.Entry<BaselineKey, Integer> entry : counts.entrySet()) {
            added += Math.max(0, entry.getValue() - older.count(entry.getKey()));
        }
        for (Map.Entry<BaselineKey, Integer> entry : older.counts.entrySet()) {
            dropped += Math.max(0, entry.getValue() - count(entry.getKey()));
        }
        return new Change(added, dropped);
    }

    /** Findings a new baseline adds and drops compared with an older one. */
    public record Change(int added, int dropped) {}

    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline baseline && counts.equals(baseline.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "Baseline" + counts;
    }
}
