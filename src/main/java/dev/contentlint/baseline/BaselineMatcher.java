package dev.contentlint.baseline;

import dev.contentlint.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds today's findings against a baseline. A finding is baselined when an entry with its key
 * still has count left; findings are taken in report order (by file, line, column), so with
 * three accepted em dashes in a file and four found, the last one in the file is the new one
 * (which of identical findings was added cannot be known without positions, and positions are
 * what the key leaves out on purpose).
 *
 * <p>Findings that are equal in every field (the same rule reporting the same message twice at
 * the same place) cannot be told apart by the reports, so they share one fate: they are all
 * baselined when the entry's count covers all of them, else all new. The reports, the console
 * and {@code failOn} therefore always agree.
 */
public final class BaselineMatcher {

    private BaselineMatcher() {}

    /**
     * @param file the baseline file as the console and reports name it
     * @param findings today's findings, in report order
     * @param keys their keys, in the same order ({@link Fingerprints#keys})
     */
    public static BaselineMatch match(Baseline baseline, String file, List<Finding> findings,
            List<BaselineKey> keys) {
        if (findings.size() != keys.size()) {
            throw new IllegalArgumentException("one key per finding: " + findings.size()
                    + " findings, " + keys.size() + " keys");
        }
        Map<Finding, Integer> copies = new LinkedHashMap<>();
        Map<Finding, BaselineKey> keyOf = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            copies.merge(findings.get(i), 1, Integer::sum);
            keyOf.putIfAbsent(findings.get(i), keys.get(i));
        }
        Map<BaselineKey, Integer> left = new HashMap<>(baseline.counts());
        Set<Finding> baselined = new HashSet<>();
        for (Map.Entry<Finding, Integer> finding : copies.entrySet()) {
            BaselineKey key = keyOf.get(finding.getKey());
            int available = left.getOrDefault(key, 0);
            if (available >= finding.getValue()) {
                left.put(key, available - finding.getValue());
                baselined.add(finding.getKey());
            }
        }
        List<BaselineEntry> fixed = new ArrayList<>();
        for (BaselineEntry entry : baseline.entries()) {
            int count = left.getOrDefault(entry.key(), 0);
            if (count > 0) {
                fixed.add(new BaselineEntry(entry.key(), count));
            }
        }
        return new BaselineMatch(file, baselined, fixed);
    }
}
