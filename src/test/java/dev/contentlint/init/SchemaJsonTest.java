package dev.contentlint.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlParser;
import org.junit.jupiter.api.Test;

class SchemaJsonTest {

    /** contentlint reads a JSON schema with its YAML reader first: every text must survive both. */
    @Test
    void hostileTextsSurviveTheYamlAndTheJsonReader() throws Exception {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode values = schema.putArray("enum");
        ObjectNode properties = schema.putObject("properties");
        YamlTextTest.HOSTILE.forEach(text -> {
            values.add(text);
            properties.putObject(text).put("title", text);
        });
        String json = SchemaJson.write(schema);

        ParsedYaml asYaml = new YamlParser().parse(json, 1);
        assertTrue(asYaml.problems().isEmpty(), asYaml.problems().toString());
        JsonNode asJson = new ObjectMapper().readTree(json);
        for (JsonNode read : new JsonNode[] {asYaml.json(), asJson}) {
            for (int i = 0; i < YamlTextTest.HOSTILE.size(); i++) {
                String text = YamlTextTest.HOSTILE.get(i);
                assertEquals(text, read.get("enum").get(i).asText());
                assertEquals(text, read.get("properties").get(text).get("title").asText());
            }
        }
    }

    @Test
    void prettyPrintedWithTwoSpaces() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        schema.putObject("properties").putObject("name").put("type", "string");
        assertEquals("{\n  \"type\": \"object\",\n  \"properties\": {\n    \"name\": {\n"
                + "      \"type\": \"string\"\n    }\n  }\n}\n", SchemaJson.write(schema));
    }
}
