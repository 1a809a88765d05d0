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
        /**
         * A contentlint baseline (it names the format, or is empty) whose content is broken: a
         * merge conflict in it, say. Recording a new baseline may replace it.
         */
        CORRUPT,
        /** Not a contentlint baseline: some other file, JSON or not. Never overwritten. */
        FOREIGN,
        /** A contentlint baseline of a format version newer than this contentlint reads. */
        NEWER
    }

    private final Kind kind;
    private final String problem;

    BaselineFileException(Kind kind, String problem, String advice) {
        super(problem + (advice.isEmpty() ? "" : ". " + advice));
        this.kind = kind;
        this.problem = problem;
    }

    public Kind kind() {
        return kind;
    }

    /** What is wrong, naming the file, without the advice of {@link #getMessage()}. */
    public String problem() {
        return problem;
    }
}
