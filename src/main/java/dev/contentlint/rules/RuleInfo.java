package dev.contentlint.rules;

import java.util.Optional;

/**
 * What the reports say of a rule: its id, a one-line description, where to read more, and the
 * severity it reports at unless {@code levels} says otherwise.
 */
public record RuleInfo(String id, String description, Optional<String> helpUri,
        Severity defaultSeverity) {}
