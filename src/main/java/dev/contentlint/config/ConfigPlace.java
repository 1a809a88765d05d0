package dev.contentlint.config;

import java.nio.file.Path;

/** A place in a configuration file, for error messages: the file, the position and the key. */
record ConfigPlace(Path file, int line, int column, String key) {

    ConfigException error(String problem) {
        return new ConfigException(file, line, column, key, problem);
    }

    @Override
    public String toString() {
        return (file == null ? "configuration" : file.getFileName()) + ":" + line + " (" + key + ")";
    }
}
