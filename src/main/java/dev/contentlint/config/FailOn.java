package dev.contentlint.config;

import dev.contentlint.rules.Severity;
import java.util.Locale;
import java.util.Optional;

/** The least severity that fails the build, or none. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    SUGGESTION(Severity.SUGGESTION),
    NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public boolean fails(Severity severity) {
        return threshold != null && severity.isAtLeast(threshold);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailOn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (FailOn failOn : values()) {
            if (failOn.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(failOn);
            }
        }
        return Optional.empty();
    }
}
