package dev.contentlint.init;

/** A reason init cannot go on that the user can act on; the message says what to do. */
public final class InitException extends Exception {

    private static final long serialVersionUID = 1L;

    public InitException(String message) {
        super(message);
    }
}
