package dev.contentlint.style;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Placeholder until the loader lands from its branch. */
public final class StyleLibrary {
    private final Optional<Path> stylesPath;

    public StyleLibrary(Optional<Path> stylesPath) {
        this.stylesPath = stylesPath;
    }

    public Optional<Path> stylesPath() {
        return stylesPath;
    }

    public Optional<List<ValeRule>> resolve(String name) throws dev.contentlint.config.ConfigException {
        return Optional.empty();
    }

    public List<String> styleNames() {
        return List.of();
    }

    public List<String> warnings() {
        return List.of();
    }
}
