package dev.contentlint.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaInferrerTest {

    @TempDir
    Path dir;

    private List<ObjectNode> docs;

    /** Front matter texts, one per file. */
    private ValueStats stats(String... frontMatter) {
        docs = new ArrayList<>();
        for (String text : frontMatter) {
            docs.add((ObjectNode) new YamlParser().parse(text, 1).json());
        }
        return SchemaInferrer.gather(docs);
    }

    /** Infers, and checks that every file passes the schema as contentlint compiles it. */
    private SchemaInferrer.Inferred infer(String... frontMatter) throws Exception {
        SchemaInferrer.Inferred inferred = new SchemaInferrer().infer("t", stats(frontMatter));
        Schema schema = compile(inferred.schema());
        for (ObjectNode doc : docs) {
            assertEquals(List.of(), schema.validate(doc), doc + " against " + inferred.schema());
        }
        return inferred;
    }

    private Schema compile(ObjectNode schema) throws Exception {
        Path folder = Files.createTempDirectory(dir, "s");
        Files.writeString(folder.resolve("t.schema.json"), SchemaJson.write(schema));
        Files.writeString(folder.resolve("contentlint.yaml"),
                "defaults:\n  frontMatter:\n    schema: t.schema.json\n");
        return new ConfigLoader().load(folder.resolve("contentlint.yaml")).defaults().frontMatter()
                .schema().orElseThrow().schema();
    }

    private static String[] repeat(String text, int times) {
        String[] texts = new String[times];
        java.util.Arrays.fill(texts, text);
        return texts;
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    private static JsonNode property(SchemaInferrer.Inferred inferred, String key) {
        return inferred.schema().get("properties").get(key);
    }

    @Test
    void enumOfFewValuesOverEnoughFiles() throws Exception {
        SchemaInferrer.Inferred inferred = infer(concat(repeat("status: draft\n", 3),
                repeat("status: published\n", 2)));
        assertEquals("[\"draft\",\"published\"]", property(inferred, "status").get("enum").toString());
        assertEquals(Map.of("status", List.of("draft", "published")), inferred.facts().enums());
        // The enum rejects another value.
        Schema schema = compile(inferred.schema());
        assertFalse(schema.validate(new YamlParser().parse("status: drafted\n", 1).json()).isEmpty());
    }

    @Test
    void noEnumBelowFiveFiles() throws Exception {
        SchemaInferrer.Inferred inferred = infer(concat(repeat("status: draft\n", 2),
                repeat("status: published\n", 2)));
        assertFalse(property(inferred, "status").has("enum"));
        assertEquals("string", property(inferred, "status").get("type").asText());
    }

    @Test
    void noEnumWithMoreThanEightValues() throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            files.add("stage: s" + i + "\n");
            files.add("stage: s" + i + "\n");
        }
        assertFalse(property(infer(files.toArray(String[]::new)), "stage").has("enum"));
        assertTrue(property(infer(files.subList(0, 16).toArray(String[]::new)), "stage").has("enum"));
    }

    @Test
    void noEnumWhereValuesRepeatLessThanTwiceOnAverage() throws Exception {
        // 5 files, 3 values: 3 * 2 > 5.
        assertFalse(property(infer("a: x\n", "a: x\n", "a: x\n", "a: y\n", "a: z\n"), "a").has("enum"));
        // 6 files, 3 values: each twice on average, and the rare ones are named.
        SchemaInferrer.Inferred inferred = infer("a: x\n", "a: x\n", "a: x\n", "a: x\n", "a: y\n", "a: z\n");
        assertEquals("[\"x\",\"y\",\"z\"]", property(inferred, "a").get("enum").toString());
        assertEquals(Map.of("a", List.of("y", "z")), inferred.facts().rareValues());
        assertTrue(property(inferred, "a").get("$comment").asText().contains("seen once (a typo?): y, z"));
    }

    @Test
    void aTypoSeenOnceInABigTreeStaysInTheEnumAndIsNamed() throws Exception {
        SchemaInferrer.Inferred inferred = infer(concat(repeat("status: draft\n", 10),
                repeat("status: published\n", 9), new String[] {"status: pubished\n"}));
        assertEquals("[\"draft\",\"published\",\"pubished\"]",
                property(inferred, "status").get("enum").toString());
        assertEquals(Map.of("status", List.of("pubished")), inferred.facts().rareValues());
    }

    @Test
    void noEnumOfLongOrMultiLineTexts() throws Exception {
        String longText = "x".repeat(SchemaInferrer.MAX_ENUM_VALUE_LENGTH + 1);
        assertFalse(property(infer(repeat("d: " + longText + "\n", 6)), "d").has("enum"));
        assertFalse(property(infer(repeat("d: \"two\\nlines\"\n", 6)), "d").has("enum"));
    }

    @Test
    void noEnumWhereOtherTypesMix() throws Exception {
        JsonNode version = property(infer(concat(repeat("v: one\n", 5), new String[] {"v: 2\n"})), "v");
        assertFalse(version.has("enum"));
        assertEquals("[\"string\",\"integer\"]", version.get("type").toString());
    }

    @Test
    void emptyValuesJoinTheTypeAndTheEnum() throws Exception {
        SchemaInferrer.Inferred inferred = infer(concat(repeat("status: draft\n", 5),
                new String[] {"status:\n"}));
        JsonNode status = property(inferred, "status");
        assertEquals("[\"string\",\"null\"]", status.get("type").toString());
        assertEquals("[\"draft\",null]", status.get("enum").toString());
    }

    @Test
    void aKeyAlwaysEmptyAcceptsAnything() throws Exception {
        SchemaInferrer.Inferred inferred = infer("published_date:\n", "published_date: ~\n",
                "published_date: null\n");
        JsonNode published = property(inferred, "published_date");
        assertFalse(published.has("type"), published.toString());
        assertTrue(published.get("$comment").asText().contains("always empty so far"));
        Schema schema = compile(inferred.schema());
        assertEquals(List.of(), schema.validate(new YamlParser().parse("published_date: 2026-03-01\n", 1).json()));
    }

    @Test
    void datesAsYaml12ReadsThem() throws Exception {
        SchemaInferrer.Inferred inferred = infer("last_updated: 2026-02-22\npublished_date:\n",
                "last_updated: 2025-12-31\npublished_date: 2026-01-01\n");
        assertEquals("date", property(inferred, "last_updated").get("format").asText());
        assertEquals("string", property(inferred, "last_updated").get("type").asText());
        assertEquals("date", property(inferred, "published_date").get("format").asText());
        assertEquals("[\"string\",\"null\"]", property(inferred, "published_date").get("type").toString());
        Schema schema = compile(inferred.schema());
        List<Error> errors = schema.validate(new YamlParser().parse("last_updated: 2026-02-30\n", 1).json());
        assertEquals("format", errors.get(0).getKeyword());
    }

    @Test
    void aFormatOnlyWhereEveryValueFits() throws Exception {
        assertFalse(property(infer("d: 2026-02-22\n", "d: soon\n"), "d").has("format"));
        assertFalse(property(infer("d: 2026-02-22\n", "d: 2026-02-30\n"), "d").has("format"));
        assertFalse(property(infer("d: 2026-2-2\n"), "d").has("format"));
        assertEquals("date-time", property(infer("t: 2026-02-22T09:30:00Z\n",
                "t: 2026-02-22T09:30:00.5+02:00\n"), "t").get("format").asText());
        assertFalse(property(infer("t: 2026-02-22T09:30:00Z\n", "t: 2026-02-22 09:30\n"), "t").has("format"));
        assertEquals("uri", property(infer("link: https://example.com/a?b=c\n",
                "link: mailto:me@example.com\n", "link:\n"), "link").get("format").asText());
        assertFalse(property(infer("link: https://example.com\n", "link: /relative\n"), "link").has("format"));
        assertFalse(property(infer("note: \"Note:x\"\n"), "note").has("format"));
        assertFalse(property(infer("link: https://exa mple.com\n"), "link").has("format"));
    }

    @Test
    void datesAreNeverEnums() throws Exception {
        JsonNode day = property(infer(repeat("day: 2026-02-22\n", 6)), "day");
        assertFalse(day.has("enum"));
        assertEquals("date", day.get("format").asText());
    }

    @Test
    void listsDescribeTheirItemsWithoutEnums() throws Exception {
        SchemaInferrer.Inferred inferred = infer(concat(repeat("tags: [a, b]\n", 5),
                new String[] {"tags: []\n", "tags:\n  - 2026-02-22\n"}));
        JsonNode tags = property(inferred, "tags");
        assertEquals("array", tags.get("type").asText());
        assertEquals("string", tags.get("items").get("type").asText());
        assertFalse(tags.get("items").has("enum"));
        assertFalse(tags.get("items").has("format"));

        JsonNode dates = property(infer("days: [2026-02-22, 2026-02-23]\n"), "days");
        assertEquals("date", dates.get("items").get("format").asText());
        JsonNode empty = property(infer("none: []\n"), "none");
        assertEquals("array", empty.get("type").asText());
        assertFalse(empty.has("items"));
        JsonNode mixed = property(infer("m: [1, two, 3.5, true]\n"), "m");
        assertEquals("[\"string\",\"number\",\"boolean\"]", mixed.get("items").get("type").toString());
    }

    @Test
    void requiredAreTheKeysOfEveryFileFromThreeFilesOn() throws Exception {
        SchemaInferrer.Inferred three = infer("a: 1\nb: x\n", "a: 2\n", "a: 3\nb:\n");
        assertEquals("[\"a\"]", three.schema().get("required").toString());
        assertEquals(List.of("a"), three.facts().required());
        assertEquals(List.of("a", "b"), three.facts().keys());
        SchemaInferrer.Inferred two = infer("a: 1\n", "a: 2\n");
        assertFalse(two.schema().has("required"));
        // Present but empty counts as present.
        assertEquals("[\"a\",\"b\"]", infer("a: 1\nb:\n", "a: 2\nb: x\n", "a: 3\nb: y\n")
                .schema().get("required").toString());
    }

    @Test
    void unknownKeysAreFindings() throws Exception {
        SchemaInferrer.Inferred inferred = infer("status: draft\n");
        assertFalse(inferred.schema().get("additionalProperties").asBoolean());
        Schema schema = compile(inferred.schema());
        List<Error> errors = schema.validate(new YamlParser().parse("stauts: draft\n", 1).json());
        assertEquals("additionalProperties", errors.get(0).getKeyword());
    }

    @Test
    void mixedTypes() throws Exception {
        assertEquals("number", property(infer("n: 1\n", "n: 2.5\n"), "n").get("type").asText());
        assertEquals("integer", property(infer("n: 1\n", "n: 0x1F\n"), "n").get("type").asText());
        assertEquals("boolean", property(infer("b: true\n", "b: False\n"), "b").get("type").asText());
        // YAML 1.2: yes is text.
        assertEquals("[\"string\",\"boolean\"]", property(infer("b: yes\n", "b: true\n"), "b").get("type").toString());
        JsonNode tags = property(infer("tags: one\n", "tags: [a, b]\n"), "tags");
        assertEquals("[\"string\",\"array\"]", tags.get("type").toString());
        assertEquals("string", tags.get("items").get("type").asText());
    }

    @Test
    void nestedMappings() throws Exception {
        SchemaInferrer.Inferred inferred = infer(
                "author:\n  name: Ann\n  url: https://a.example\n",
                "author:\n  name: Bo\n",
                "author:\n  name: Cy\n  url: https://c.example\n",
                "author: Dee\n");
        JsonNode author = property(inferred, "author");
        assertEquals("[\"string\",\"object\"]", author.get("type").toString());
        assertEquals("[\"name\"]", author.get("required").toString());
        assertFalse(author.get("additionalProperties").asBoolean());
        assertEquals("uri", author.get("properties").get("url").get("format").asText());
        assertEquals("in 2 of 3", author.get("properties").get("url").get("$comment").asText().split(";")[0]);
    }

    @Test
    void commentsSayWhy() throws Exception {
        JsonNode status = property(infer(concat(repeat("status: draft\n", 4),
                new String[] {"status: published\n", "status: published\n", "x: 1\n"})), "status");
        assertEquals("in 6 of 7 files; enum: 2 distinct values across 6 (add one here when a new"
                + " value is right)", status.get("$comment").asText());
        assertEquals("$comment", status.fieldNames().next());
    }

    @Test
    void loosenDropsWhatTheValidatorRejects() {
        ValueStats top = stats("a:\n  list: [x]\n  d: 2026-01-01\n", "a:\n  list: [y]\n  d: 2026-01-02\n");
        ValueStats d = SchemaInferrer.find(top, "/a/d");
        assertEquals(2, d.count);
        assertTrue(SchemaInferrer.loosen(top, errorAt("/a/d", "format")));
        assertTrue(d.noFormat);
        assertFalse(SchemaInferrer.loosen(top, errorAt("/a/d", "format")), "no progress the second time");
        assertTrue(SchemaInferrer.loosen(top, errorAt("/a/list/0", "type")));
        assertTrue(SchemaInferrer.find(top, "/a/list/0").anything);
        assertTrue(SchemaInferrer.loosen(top, errorAt("/a", "required")));
        assertTrue(SchemaInferrer.find(top, "/a").noRequired);
        assertTrue(SchemaInferrer.loosen(top, errorAt("/a/unknown", "additionalProperties")));
        assertTrue(SchemaInferrer.find(top, "/a").openProperties);

        SchemaInferrer.Inferred loosened = new SchemaInferrer().infer("t", top);
        JsonNode a = loosened.schema().get("properties").get("a");
        assertFalse(a.get("properties").get("d").has("format"));
        assertFalse(a.has("required"));
        assertFalse(a.has("additionalProperties"));
        assertFalse(a.get("properties").get("list").get("items").has("type"));
    }

    @Test
    void pointersWithEscapedKeys() {
        ValueStats top = stats("\"a/b\":\n  \"c~d\": 1\n");
        assertEquals(1, SchemaInferrer.find(top, "/a~1b/c~0d").integers);
    }

    private static Error errorAt(String pointer, String keyword) {
        com.networknt.schema.path.NodePath path =
                new com.networknt.schema.path.NodePath(com.networknt.schema.path.PathType.JSON_POINTER);
        for (String token : pointer.substring(1).split("/")) {
            path = token.chars().allMatch(Character::isDigit) ? path.append(Integer.parseInt(token))
                    : path.append(token);
        }
        assertEquals(pointer, path.toString());
        return Error.builder().keyword(keyword).instanceLocation(path).message("test").build();
    }
}
