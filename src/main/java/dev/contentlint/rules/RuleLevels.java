package dev.contentlint.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration's {@code levels}: rules given another severity, and rules turned off.
 *
 * @param severities rule id to the severity it reports at instead of its default
 * @param off rule ids that report nothing
 */
public record RuleLevels(Map<String, Severity> severities, Set<String> off) {

    public static final RuleLevels DEFAULTS = new RuleLevels(Map.of(), Set.of());

    public RuleLevels {
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
    }

    /** The severity a rule reports at, or empty where it is off. */
    public Optional<Severity> severityOf(String rule, Severity defaultSeverity) {
        if (off.contains(rule)) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(rule, defaultSeverity));
    }
}
