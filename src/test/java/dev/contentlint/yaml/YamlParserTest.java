package dev.contentlint.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.document.Span;
import org.junit.jupiter.api.Test;

class YamlParserTest {

    private final YamlParser parser = new YamlParser();

    @Test
    void keepsThePositionOfEveryKeyAndValueWithTheLineOffset() {
        ParsedYaml yaml = parser.parse("name: post\nstatus: draft\ntags:\n  - a\n  - bb\n", 2);

        assertEquals(new Span(3, 1, 3, 7), yaml.location("/status").orElseThrow().key());
        assertEquals(new Span(3, 9, 3, 14), yaml.location("/status").orElseThrow().value());
        assertEquals(new Span(6, 5, 6, 7), yaml.location("/tags/1").orElseThrow().value());
        assertTrue(yaml.problems().isEmpty());
    }

    @Test
    void countsColumnsInCodePoints() {
        // The emoji is two chars in Java but one code point, as editors count it.
        ParsedYaml yaml = parser.parse("title: \"\uD83D\uDE00 ok\"\nstatus: x\n", 1);
        assertEquals(new Span(1, 8, 1, 14), yaml.location("/title").orElseThrow().value());
    }

    @Test
    void readsScalarsByTheYaml12CoreSchema() {
        JsonNode json = parser.parse("""
                a: no
                b: yes
                c: on
                d: 2026-02-22
                e: 2026-02-22T10:00:00Z
                f: true
                g: 42
                h: 0x1F
                i: 1.5
                j: ~
                k:
                l: "true"
                m: !!str 12
                n: .inf
                """, 1).json();

        assertEquals("no", json.get("a").textValue());
        assertEquals("yes", json.get("b").textValue());
        assertEquals("on", json.get("c").textValue());
        assertEquals("2026-02-22", json.get("d").textValue());
        assertEquals("2026-02-22T10:00:00Z", json.get("e").textValue());
        assertTrue(json.get("f").booleanValue());
        assertEquals(42, json.get("g").intValue());
        assertEquals(31, json.get("h").intValue());
        assertEquals(1.5, json.get("i").doubleValue());
        assertTrue(json.get("j").isNull());
        assertTrue(json.get("k").isNull());
        assertEquals("true", json.get("l").textValue());
        assertEquals("12", json.get("m").textValue());
        assertTrue(Double.isInfinite(json.get("n").doubleValue()));
    }

    @Test
    void reportsADuplicateKeyAtTheSecondKeyAndKeepsTheFirst() {
        ParsedYaml yaml = parser.parse("status: draft\nname: x\nstatus: review\n", 2);

        assertEquals(1, yaml.problems().size());
        YamlProblem problem = yaml.problems().get(0);
        assertEquals(new Span(4, 1, 4, 7), problem.span());
        assertEquals("duplicate key 'status' (first at line 2); YAML keeps only one of them,"
                + " remove or rename one", problem.message());
        assertEquals("draft", yaml.json().get("status").textValue());
    }

    @Test
    void reportsASyntaxErrorWhereItIs() {
        ParsedYaml yaml = parser.parse("name: x\nstatus: draft: yes\n", 2);

        assertNull(yaml.json());
        YamlProblem problem = yaml.problems().get(0);
        assertEquals(3, problem.span().line());
        assertEquals(14, problem.span().column());
        assertTrue(problem.message().startsWith("YAML syntax error: mapping values are not allowed"
                + " here"), problem.message());
        assertTrue(problem.message().contains("quote a value that contains ': '"));
    }

    @Test
    void pointsAnUnclosedQuoteAtWhereItOpens() {
        ParsedYaml yaml = parser.parse("name: x\ndescription: \"open\nstatus: draft\n", 2);

        YamlProblem problem = yaml.problems().get(0);
        assertEquals(Span.at(3, 14), problem.span());
        assertTrue(problem.message().contains("quoted scalar that starts on line 3"), problem.message());
    }

    @Test
    void explainsTabs() {
        ParsedYaml yaml = parser.parse("tags:\n\t- a\n", 2);
        assertEquals(3, yaml.problems().get(0).span().line());
        assertTrue(yaml.problems().get(0).message().contains("indent with spaces"));
    }

    @Test
    void stopsABillionLaughsBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(p);
            }
            bomb.append("]\n");
        }
        ParsedYaml yaml = parser.parse(bomb.toString(), 2);

        assertNull(yaml.json());
        assertEquals(1, yaml.problems().size());
        assertTrue(yaml.problems().get(0).message().endsWith("too many aliases, a safety limit of 50"),
                yaml.problems().get(0).message());
    }

    @Test
    void stopsWideAliasExpansionBelowTheAliasLimit() {
        // 25 levels of two aliases each: 50 aliases, 2^25 values once expanded.
        StringBuilder text = new StringBuilder("l0: &l0 [x, x]\n");
        for (int i = 1; i < 25; i++) {
            text.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1)
                    .append(", *l").append(i - 1).append("]\n");
        }
        ParsedYaml yaml = parser.parse(text.toString(), 1);

        assertNull(yaml.json());
        assertTrue(yaml.problems().get(0).message().contains("more than " + YamlParser.MAX_VALUES));
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "a: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
        ParsedYaml yaml = parser.parse(deep, 1);

        assertNull(yaml.json());
        assertEquals(1, yaml.problems().size());
    }

    @Test
    void mergesMergeKeys() {
        JsonNode json = parser.parse("base: &b {status: draft, name: x}\npost:\n  <<: *b\n  name: y\n", 1)
                .json();
        assertEquals("draft", json.at("/post/status").textValue());
        assertEquals("y", json.at("/post/name").textValue());
    }

    @Test
    void reportsNonTextKeys() {
        ParsedYaml yaml = parser.parse("? [a, b]\n: value\nok: 1\n", 1);
        assertEquals("a key must be plain text, not a list or a mapping",
                yaml.problems().get(0).message());
        assertEquals(1, yaml.json().get("ok").intValue());
    }

    @Test
    void anEmptyTextHoldsNothing() {
        ParsedYaml yaml = parser.parse("# only a comment\n", 2);
        assertNull(yaml.json());
        assertTrue(yaml.problems().isEmpty());
    }

    @Test
    void escapesPointerTokens() {
        ParsedYaml yaml = parser.parse("\"a/b\": 1\n\"c~d\": 2\n", 1);
        assertTrue(yaml.location("/a~1b").isPresent());
        assertTrue(yaml.location("/c~0d").isPresent());
    }

    @Test
    void pointsAtACharacterThatYamlDoesNotAllow() {
        ParsedYaml yaml = parser.parse("title: ok\nname: \uD83D\uDE00a\u0000b\n", 2);
        assertEquals(1, yaml.problems().size());
        assertEquals(dev.contentlint.document.Span.at(3, 9), yaml.problems().get(0).span());
        assertEquals("YAML error: the character U+0000 is not allowed in YAML; remove it",
                yaml.problems().get(0).message());
    }
}
