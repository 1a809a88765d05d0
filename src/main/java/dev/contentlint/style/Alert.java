package dev.contentlint.style;

import java.util.List;

/**
 * What a check found: a stretch of the source and the values for the {@code %s} of the rule's
 * message, in order.
 *
 * @param start the source offset of the first char (a char offset in the file's text)
 * @param end the source offset just after the last char
 */
public record Alert(int start, int end, List<String> args) {

    public Alert {
        args = List.copyOf(args);
    }

    public static Alert of(int start, int end, String... args) {
        return new Alert(start, end, List.of(args));
    }
}
