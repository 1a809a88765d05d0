package dev.contentlint.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML text read as a JSON tree, with the place of every value.
 *
 * @param json the tree, or null where the text could not be read at all (see problems) or holds
 *     nothing
 * @param locations by JSON Pointer ({@code ""} for the root, {@code /tags/0} for an item)
 * @param problems syntax errors and duplicate keys, in the order found
 */
public record ParsedYaml(JsonNode json, Map<String, YamlLocation> locations, List<YamlProblem> problems) {

    public ParsedYaml {
        locations = Map.copyOf(locations);
        problems = List.copyOf(problems);
    }

    public Optional<YamlLocation> location(String pointer) {
        return Optional.ofNullable(locations.get(pointer));
    }

    /** JSON Pointer escaping of one reference token (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
