package dev.contentlint.init;

import java.util.List;
import java.util.Optional;

/**
 * How the files were grouped into content types.
 *
 * @param kind what the types are made from
 * @param key the front-matter key, for {@link Kind#FRONT_MATTER}
 * @param types the types, in the order in which {@code types} lists them (the first that matches
 *     a file is its type)
 * @param description one sentence for the log and the configuration's comments
 */
record Grouping(Kind kind, Optional<String> key, List<TypeCandidate> types, String description) {

    enum Kind {
        /** One type per value of a front-matter key, then one per folder for the files without it. */
        FRONT_MATTER,
        /** One type per top-level folder. */
        FOLDER,
        /** One type for every file. */
        SINGLE,
        /** No file has front matter: no types, only {@code defaults}. */
        NONE
    }

    Grouping {
        types = List.copyOf(types);
    }
}
