package dev.contentlint.crossfile;

import dev.contentlint.document.Suppressions;
import java.util.List;

/**
 * What the checks across files need to know of one checked file, read while the file is checked
 * and kept instead of the file: its links, its anchors and some front-matter values.
 *
 * @param path relative to the content root
 * @param type the content type it matched
 * @param links its links, in the body and in front-matter values
 * @param anchors the places in it that links can name; empty where they are not known (a file
 *     that could not be read), so that no link to it is called broken for want of them
 * @param values the front-matter values its type's {@code unique} and {@code references} name
 * @param suppressions the comments in it that turn rules off
 */
public record FileFacts(String path, String type, List<LinkFact> links, java.util.Optional<Anchors> anchors,
        List<FieldValue> values, Suppressions suppressions) {

    public FileFacts {
        links = List.copyOf(links);
        values = List.copyOf(values);
    }

    /** Facts of a file that could not be read: it still exists for links to it. */
    public static FileFacts unread(String path, String type) {
        return new FileFacts(path, type, List.of(), java.util.Optional.empty(), List.of(),
                Suppressions.NONE);
    }
}
