package dev.contentlint.config;

import java.nio.file.Path;

/**
 * A configuration that cannot be used: names the file, the line and column, and the key.
 * Its message is meant for the user as it is, without a stack trace.
 */
public final class ConfigException extends Exception {

    private final transient Path file;
    private final int line;
    private final int column;
    private final String key;

    public ConfigException(Path file, int line, int column, String key, String problem) {
        super(format(file, line, column, key, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.key = key;
    }

    private static String format(Path file, int line, int column, String key, String problem) {
        StringBuilder message = new StringBuilder();
        message.append(file == null ? "configuration" : file.toString());
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        message.append(": ");
        if (key != null && !key.isEmpty()) {
            message.append(key).append(": ");
        }
        return message.append(problem).toString();
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String key() {
        return key;
    }
}
