package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static ContentType type(List<String> paths, Map<String, JsonNode> frontMatter) {
        return new ContentType("t", paths.stream().map(Glob::compile).toList(), frontMatter,
                Optional.empty(), FrontMatterSettings.NONE);
    }

    private static Optional<ObjectNode> data(String key, JsonNode value) {
        ObjectNode data = NODES.objectNode();
        data.set(key, value);
        return Optional.of(data);
    }

    @Test
    void aTypeWithoutCriteriaMatchesEveryFile() {
        assertTrue(type(List.of(), Map.of()).matches("any/where.md", Optional.empty()));
    }

    @Test
    void anyOfThePathGlobs() {
        ContentType type = type(List.of("posts/**", "drafts/*.md"), Map.of());
        assertTrue(type.matches("posts/a/b.md", Optional.empty()));
        assertTrue(type.matches("drafts/x.md", Optional.empty()));
        assertFalse(type.matches("drafts/old/x.md", Optional.empty()));
    }

    @Test
    void everyFrontMatterValueAndThePath() {
        ContentType type = type(List.of("posts/**"), Map.of("node_type", NODES.textNode("post")));
        assertTrue(type.matches("posts/a.md", data("node_type", NODES.textNode("post"))));
        assertFalse(type.matches("posts/a.md", data("node_type", NODES.textNode("note"))));
        assertFalse(type.matches("notes/a.md", data("node_type", NODES.textNode("post"))));
        assertFalse(type.matches("posts/a.md", data("other", NODES.textNode("post"))));
        assertFalse(type.matches("posts/a.md", Optional.empty()));
    }

    @Test
    void aListMatchesWhenItHoldsTheValueAndScalarsCompareAsWritten() {
        ContentType tagged = type(List.of(), Map.of("tags", NODES.textNode("post")));
        assertTrue(tagged.matches("a.md", data("tags", NODES.arrayNode().add("x").add("post"))));
        assertFalse(tagged.matches("a.md", data("tags", NODES.arrayNode().add("x"))));
        ContentType versioned = type(List.of(), Map.of("version", NODES.textNode("2")));
        assertTrue(versioned.matches("a.md", data("version", NODES.numberNode(2))));
        ContentType empty = type(List.of(), Map.of("status", NODES.nullNode()));
        assertFalse(empty.matches("a.md", data("status", NODES.textNode("null"))));
        assertTrue(empty.matches("a.md", data("status", NODES.nullNode())));
    }
}
