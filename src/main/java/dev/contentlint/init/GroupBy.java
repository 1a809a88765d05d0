package dev.contentlint.init;

import java.util.Optional;

/**
 * How init groups files into content types: {@code auto} (detect), {@code folder} (one type per
 * top-level folder), {@code none} (one type for every file), or a front-matter key (one type per
 * value). A key named like one of the words is written {@code key:folder}.
 *
 * @param key the front-matter key, for {@link Mode#KEY}
 */
public record GroupBy(Mode mode, Optional<String> key) {

    public enum Mode { AUTO, KEY, FOLDER, NONE }

    public static final GroupBy AUTO = new GroupBy(Mode.AUTO, Optional.empty());

    public static GroupBy parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("auto")) {
            return AUTO;
        }
        String value = text.strip();
        if (value.equals("folder")) {
            return new GroupBy(Mode.FOLDER, Optional.empty());
        }
        if (value.equals("none")) {
            return new GroupBy(Mode.NONE, Optional.empty());
        }
        if (value.startsWith("key:") && value.length() > 4) {
            return new GroupBy(Mode.KEY, Optional.of(value.substring(4)));
        }
        return new GroupBy(Mode.KEY, Optional.of(value));
    }
}
