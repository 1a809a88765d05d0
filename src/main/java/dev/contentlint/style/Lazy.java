package dev.contentlint.style;

import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, once, whichever thread asks first; the same value
 * after. Rules are built for every run, but a run that takes every file from the result cache
 * never needs their prefilters: building those only when a file is checked keeps such a run fast.
 */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
        this.make = make;
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
