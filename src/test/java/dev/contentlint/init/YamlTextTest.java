package dev.contentlint.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTextTest {

    /** Texts that a naive writer would get wrong, each for its own reason. */
    static final List<String> HOSTILE = List.of(
            "plain", "linkedin-post", "with space", " leading", "trailing ", "", " ",
            "say \"hi\"", "it's", "a # not a comment", "#start", "key: value", "a:b", "ends:",
            "line\nbreak", "cr\rlf\r\n", "tab\there", "back\\slash", "\\n literally",
            "yes", "No", "on", "OFF", "y", "n", "null", "Null", "~", "true", "FALSE",
            "2026-02-22", "2026-02-22T09:30:00Z", "123", "-7", "0x1F", "0o17", "1e3", ".inf", ".nan",
            "1_000", "-", "- item", "? key", "*alias", "&anchor", "!tag", "!!str x", "%directive",
            "@at", "`tick`", "{a: 1}", "[a, b]", "|", ">", "'single'", "---", "...", "../up", "../../a.b/c", ".hidden",
            "é à ü", "日本語", "emoji 😀 here", "Ω≈ç√", "\u0085next line", "line\u2028sep",
            "para\u2029sep", "\uFEFFbom", "del\u007f", "nul\u0000", "bell\u0007", "esc\u001b[0m",
            "c1\u009b", "lone \uD800 surrogate", "low \uDC00 alone", "\uFFFE\uFFFF",
            "x".repeat(300));

    private static JsonNode valueOf(String yaml) {
        ParsedYaml parsed = new YamlParser().parse(yaml, 1);
        assertTrue(parsed.problems().isEmpty(), yaml + " -> " + parsed.problems());
        return parsed.json();
    }

    @Test
    void everyScalarReadsBackAsWritten() {
        for (String text : HOSTILE) {
            JsonNode value = valueOf("key: " + YamlText.scalar(text) + "\n").get("key");
            assertTrue(value.isTextual(), text + " read as " + value);
            assertEquals(text, value.asText(), "value " + YamlText.quoted(text));

            JsonNode inList = valueOf("list: " + YamlText.quotedList(List.of(text, "b")) + "\n").get("list");
            assertEquals(text, inList.get(0).asText());
            assertEquals("b", inList.get(1).asText());
        }
    }

    @Test
    void everyScalarWorksAsAKeyToo() {
        for (String text : HOSTILE) {
            JsonNode mapping = valueOf("types:\n  " + YamlText.scalar(text) + ":\n    x: 1\n").get("types");
            assertTrue(mapping.has(text), text + " -> " + mapping);
        }
    }

    @Test
    void onlySimpleNamesArePlain() {
        assertEquals("linkedin-post", YamlText.scalar("linkedin-post"));
        assertEquals("frontmatter.syntax", YamlText.scalar("frontmatter.syntax"));
        assertEquals("schemas/post.schema.json", YamlText.scalar("schemas/post.schema.json"));
        assertEquals("\"yes\"", YamlText.scalar("yes"));
        assertEquals("\"2026-02-22\"", YamlText.scalar("2026-02-22"));
        assertEquals("\"a: b\"", YamlText.scalar("a: b"));
        assertEquals("../vault", YamlText.scalar("../vault"));
        assertEquals("\"./vault\"", YamlText.scalar("./vault"));
        assertEquals("\"say \\\"hi\\\" \\u2028\"", YamlText.quoted("say \"hi\" \u2028"));
    }

    @Test
    void aCommentCannotBeEndedByWhatItShows() {
        for (String text : HOSTILE) {
            String yaml = "# " + YamlText.commentText("before " + text + " after") + "\nkey: v\n"
                    + "# " + YamlText.shown(text) + "\n";
            JsonNode read = valueOf(yaml);
            assertEquals(1, read.size(), text + " escaped its comment: " + read);
            assertEquals("v", read.get("key").asText());
        }
        assertEquals("a b", YamlText.commentText("a\nb"));
        assertFalse(YamlText.shown("x".repeat(100)).contains("x".repeat(41)));
    }
}
