package dev.contentlint.config;

import dev.contentlint.rules.Severity;
import java.util.Locale;
import java.util.Optional;

/** The level a configuration gives a rule in {@code levels}: a severity, or off. */
public enum Level {
    OFF,
    SUGGESTION,
    WARNING,
    ERROR;

    public Optional<Severity> severity() {
        return this == OFF ? Optional.empty() : Severity.parse(name());
    }

    public static Optional<Level> parse(String text) {
        for (Level level : values()) {
            if (level.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
