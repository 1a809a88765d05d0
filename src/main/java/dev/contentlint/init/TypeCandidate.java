package dev.contentlint.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.contentlint.config.ContentType;
import dev.contentlint.config.FrontMatterSettings;
import dev.contentlint.config.Glob;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content type that init proposes, with the criteria that {@code match} will hold.
 *
 * @param name its name under {@code types}
 * @param origin how its files were found, for people, to follow "5 files":
 *     {@code whose node_type is linkedin-post}, {@code in notes/ without node_type}; empty for
 *     the one type of every file
 * @param paths the globs of {@code match.paths}; empty for none
 * @param key the front-matter key of {@code match.frontMatter}, if any
 * @param value the value that key must have
 * @param note something worth a look, such as a value seen once that resembles another
 */
record TypeCandidate(String name, String origin, List<String> paths, Optional<String> key,
        Optional<String> value, Optional<String> note) {

    TypeCandidate {
        paths = List.copyOf(paths);
    }

    /** The type as {@code ConfigLoader} will read it back, for matching files exactly as validate does. */
    ContentType toContentType() {
        Map<String, JsonNode> frontMatter = key.isPresent()
                ? Map.of(key.get(), TextNode.valueOf(value.orElseThrow())) : Map.of();
        return new ContentType(name, paths.stream().map(Glob::compile).toList(), frontMatter,
                Optional.empty(), FrontMatterSettings.NONE);
    }
}
