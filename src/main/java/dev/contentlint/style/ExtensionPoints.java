package dev.contentlint.style;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry of Vale extension points: one line each. */
public final class ExtensionPoints {

    private static final Map<String, CheckFactory> SUPPORTED = Map.ofEntries(
            // Map.entry("existence", ExistenceCheck::from),
    );

    /** Extension points of Vale that are read but not applied yet: a warning says so. */
    public static final Set<String> NOT_APPLIED = Set.of("spelling", "sequence", "script");

    private ExtensionPoints() {}

    public static Optional<CheckFactory> factory(String extensionPoint) {
        return Optional.ofNullable(SUPPORTED.get(extensionPoint));
    }

    public static Set<String> supported() {
        return SUPPORTED.keySet();
    }
}
