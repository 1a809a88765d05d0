package dev.contentlint.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlLocation;
import dev.contentlint.yaml.YamlProblem;
import java.util.List;
import java.util.Optional;

/**
 * A file's YAML front matter: the block between a first line {@code ---} and the next line
 * {@code ---} (or {@code ...}).
 *
 * @param status whether the file has front matter, and whether it closes
 * @param opening the span of the opening {@code ---} line (the file's first line)
 * @param bodyLine the 1-based line on which the Markdown body starts
 * @param yaml the block read as YAML; empty for a file without front matter
 * @param problems problems with the block itself and with its YAML
 */
public record FrontMatter(
        Status status, Span opening, int bodyLine, ParsedYaml yaml, List<YamlProblem> problems) {

    public enum Status {
        /** The file does not start with {@code ---}. */
        ABSENT,
        /** A block that opens and closes. */
        PRESENT,
        /** The file starts with {@code ---} and no line closes it. */
        UNCLOSED
    }

    public FrontMatter {
        problems = List.copyOf(problems);
    }

    public boolean isPresent() {
        return status != Status.ABSENT;
    }

    /** The front matter's key-value mapping, if it is one and could be read. */
    public Optional<ObjectNode> data() {
        return yaml.json() instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    }

    public Optional<YamlLocation> location(String pointer) {
        return yaml.location(pointer);
    }
}
