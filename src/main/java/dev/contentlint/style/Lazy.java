package dev.contentlint.style;

import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, once, whichever thread asks first; the same value
 * after. A run that takes every file from the result cache never needs the compiled rules, their
 * prefilters nor the cached files' facts: making those only when asked for keeps such a run fast.
 */
public final class Lazy<T> implements Supplier<T> {

    private Supplier<T> make;
    private volatile T value;

    public Lazy(Supplier<T> make) {
        this.make = make;
    }

    /** Whether the value has been made. */
    public boolean isMade() {
        return value != null;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = make.get();
                    value = made;
                    make = null; // what it was made from can go
                }
            }
        }
        return made;
    }
}
