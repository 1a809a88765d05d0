package dev.contentlint.init;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What init learnt of one content file, read as {@code validate} reads it.
 *
 * @param path relative to the content root, with {@code /}
 * @param state whether it could be read, and whether it has front matter
 * @param frontMatterProblems whether its front matter has YAML problems ({@code frontmatter.syntax})
 * @param data its front matter as {@code validate} sees it: present where the block could be read
 *     as a mapping (even with a duplicate key), empty otherwise
 */
record SurveyedFile(String path, State state, boolean frontMatterProblems, Optional<ObjectNode> data) {

    enum State {
        /** The file could not be read (permissions, a link to nothing). */
        UNREADABLE,
        /** Not UTF-8: {@code validate} reports {@code encoding} and checks nothing else. */
        NOT_UTF8,
        /** No front matter block. */
        NO_FRONT_MATTER,
        /** A front matter block, closed or not, readable or not. */
        FRONT_MATTER
    }

    /** Whether {@code validate} reads the file at all: UTF-8 text that could be read. */
    boolean readable() {
        return state == State.NO_FRONT_MATTER || state == State.FRONT_MATTER;
    }

    /** The top-level folder it lies in, if it is not at the root. */
    Optional<String> topFolder() {
        int slash = path.indexOf('/');
        return slash > 0 ? Optional.of(path.substring(0, slash)) : Optional.empty();
    }
}
