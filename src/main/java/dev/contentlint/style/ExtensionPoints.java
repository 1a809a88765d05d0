package dev.contentlint.style;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry of Vale extension points: one line each. */
public final class ExtensionPoints {

    /**
     * One extension point: the keys its rules may set besides the common ones (so that any other
     * key can be reported as ignored), and how its check is made.
     */
    public record Point(Set<String> keys, CheckFactory factory) {

        public Point {
            keys = Set.copyOf(keys);
        }
    }

    private static final Map<String, Point> SUPPORTED = Map.ofEntries(
            Map.entry("existence", new Point(ExistenceCheck.KEYS, ExistenceCheck::from)),
            Map.entry("substitution", new Point(SubstitutionCheck.KEYS, SubstitutionCheck::from)),
            Map.entry("occurrence", new Point(OccurrenceCheck.KEYS, OccurrenceCheck::from)),
            Map.entry("repetition", new Point(RepetitionCheck.KEYS, RepetitionCheck::from)),
            Map.entry("consistency", new Point(ConsistencyCheck.KEYS, ConsistencyCheck::from)),
            Map.entry("conditional", new Point(ConditionalCheck.KEYS, ConditionalCheck::from)),
            Map.entry("capitalization", new Point(CapitalizationCheck.KEYS, CapitalizationCheck::from)),
            Map.entry("metric", new Point(MetricCheck.KEYS, MetricCheck::from)),
            Map.entry("readability", new Point(ReadabilityCheck.KEYS, ReadabilityCheck::from)));

    /** Extension points of Vale that are read but not applied yet: a warning says so. */
    public static final Set<String> NOT_APPLIED = Set.of("spelling", "sequence", "script");

    private ExtensionPoints() {}

    public static Optional<Point> point(String extensionPoint) {
        return Optional.ofNullable(SUPPORTED.get(extensionPoint));
    }

    public static Set<String> supported() {
        return SUPPORTED.keySet();
    }
}
