package dev.contentlint.baseline;

/**
 * A baseline file that cannot be used, with a message for people: the file, where Jackson
 * stopped (line and column) where it is not JSON, what is wrong and what to do.
 */
public final class BaselineFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Kind {
        /** It cannot be read at all (permissions, a folder). */
        UNREADABLE,
        /** It is not JSON, or it is a contentlint baseline whose content is broken. */
        CORRUPT,
        /** It is JSON but not a contentlint baseline: some other file. */
        FOREIGN,
        /** A contentlint baseline of a format version newer than this contentlint reads. */
        NEWER
    }

    private final Kind kind;
    private final boolean contentlintBaseline;

    BaselineFileException(Kind kind, boolean contentlintBaseline, String message) {
        super(message);
        this.kind = kind;
        this.contentlintBaseline = contentlintBaseline;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the file was written as a contentlint baseline (it names the format), so that
     * recording a new one may replace it: a baseline broken by a merge conflict, for instance.
     * Never true for a foreign file, which is never overwritten.
     */
    public boolean isContentlintBaseline() {
        return contentlintBaseline;
    }
}
