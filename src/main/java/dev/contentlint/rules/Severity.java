package dev.contentlint.rules;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from the least to the most serious. */
public enum Severity {
    SUGGESTION,
    WARNING,
    ERROR;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in configuration, the console and every report. */
    public String id() {
        return id;
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses {@code error}, {@code warning} or {@code suggestion}, ignoring case. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Severity severity : values()) {
            if (severity.id().equalsIgnoreCase(text.trim())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
