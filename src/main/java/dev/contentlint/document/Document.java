package dev.contentlint.document;

/**
 * One content file as read once for every check: its text and its front matter.
 *
 * @param path the path relative to the content root, with {@code /} separators
 */
public record Document(String path, SourceText source, FrontMatter frontMatter) {

    /** The file name, without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
