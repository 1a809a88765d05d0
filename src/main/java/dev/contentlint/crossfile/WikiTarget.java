package dev.contentlint.crossfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a wiki link names, as Obsidian reads it: {@code [[note]]}, {@code [[folder/note]]},
 * {@code [[note#heading]]}, {@code [[note#^block]]}, {@code [[#heading]]} (this file),
 * {@code [[note|alias]]}, and {@code ![[picture.png]]} to embed.
 *
 * @param note the note's name or path, as written; empty for a heading of the same file
 * @param fragment what follows the first {@code #}, if anything does
 * @param embed whether it is written {@code ![[...]]}
 */
public record WikiTarget(String note, Optional<String> fragment, boolean embed) {

    /** Wiki links inside a text, such as a front-matter value; no line breaks inside one. */
    private static final Pattern IN_TEXT = Pattern.compile("(!?)\\[\\[([^\\[\\]\\n]*)]]");

    /** A wiki link in a text, and where it stands in that text. */
    public record Occurrence(WikiTarget target, String written, int start, int end) {}

    /** Reads a whole wiki link, {@code [[...]]} or {@code ![[...]]}. */
    public static Optional<WikiTarget> parse(String written) {
        String text = written.strip();
        boolean embed = text.startsWith("!");
        if (embed) {
            text = text.substring(1);
        }
        if (!text.startsWith("[[") || !text.endsWith("]]") || text.length() < 4) {
            return Optional.empty();
        }
        return Optional.of(inner(text.substring(2, text.length() - 2), embed));
    }

    /** Every wiki link in a text. */
    public static List<Occurrence> findIn(String text) {
        if (text.indexOf("[[") < 0) {
            return List.of();
        }
        List<Occurrence> found = new ArrayList<>();
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            found.add(new Occurrence(inner(matcher.group(2), !matcher.group(1).isEmpty()),
                    matcher.group(), matcher.start(), matcher.end()));
        }
        return found;
    }

    /** The part between the brackets: {@code note#heading|alias}; {@code \|} is a table's pipe. */
    static WikiTarget inner(String inner, boolean embed) {
        String link = inner.replace("\\|", "|");
        int pipe = link.indexOf('|');
        if (pipe >= 0) {
            link = link.substring(0, pipe);
        }
        int hash = link.indexOf('#');
        Optional<String> fragment = Optional.empty();
        if (hash >= 0) {
            fragment = Optional.of(link.substring(hash + 1).strip());
            link = link.substring(0, hash);
        }
        return new WikiTarget(link.strip(), fragment, embed);
    }

    /** The link as a reader would write it, for messages. */
    public String describe() {
        return (embed ? "![[" : "[[") + note + fragment.map(f -> "#" + f).orElse("") + "]]";
    }
}
