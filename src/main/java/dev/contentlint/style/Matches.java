package dev.contentlint.style;

import java.util.regex.Matcher;

/** Matches found one by one, from a {@link Matcher} or a loop that finds the same. */
interface Matches {

    boolean find();

    int start();

    int end();

    static Matches of(Matcher matcher) {
        return new Matches() {
            @Override
            public boolean find() {
                return matcher.find();
            }

            @Override
            public int start() {
                return matcher.start();
            }

            @Override
            public int end() {
                return matcher.end();
            }
        };
    }
}
