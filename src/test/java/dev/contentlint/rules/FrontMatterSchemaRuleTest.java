package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterSchemaRuleTest {

    private static final String SCHEMA = """
            {"type": "object",
             "required": ["name", "status"],
             "additionalProperties": false,
             "properties": {
               "name": {"type": "string", "pattern": "^[a-z0-9_]+$"},
               "status": {"enum": ["draft", "review", "scheduled", "published"]},
               "last_updated": {"type": "string", "format": "date"},
               "published_date": {"type": ["string", "null"], "format": "date"},
               "link": {"type": ["string", "null"], "format": "uri"},
               "email": {"type": "string", "format": "email"},
               "count": {"type": "integer", "minimum": 1},
               "tags": {"type": "array", "minItems": 1, "uniqueItems": true,
                        "items": {"type": "string", "pattern": "^[a-z-]+$"}},
               "author": {"type": "object", "required": ["name"],
                          "properties": {"name": {"type": "string"}}}
             }}""";

    private static FrontMatterSchemaRule rule() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build()));
        Schema schema = registry.getSchema(SchemaLocation.of("file:///test.json"),
                new ObjectMapper().readTree(SCHEMA));
        return new FrontMatterSchemaRule(schema);
    }

    @Test
    void aValidDraftPassesWithYamlDatesAsStrings() throws Exception {
        List<Finding> findings = run(rule(), "posts/a.md", """
                ---
                name: a_post
                status: draft
                last_updated: 2026-02-22
                published_date:
                link: https://example.com/x
                tags: [data-sync, learning]
                ---
                # Title
                """);
        assertEquals("", lines(findings));
    }

    @Test
    void eachViolationAtItsValueWithAMessageThatSaysWhatIsAllowed() throws Exception {
        List<Finding> findings = run(rule(), "posts/a.md", """
                ---
                name: A Post
                status: drafted
                last_updated: 2026-13-01
                link: not a uri
                email: nobody
                count: "3"
                tags:
                  - ok
                  - Not OK
                ---
                """);
        assertEquals("""
                2:7-2:13 error [frontmatter.schema] name: "A Post" does not match the pattern ^[a-z0-9_]+$
                3:9-3:16 error [frontmatter.schema] status: "drafted" is not one of draft, review, scheduled, published
                4:15-4:25 error [frontmatter.schema] last_updated: "2026-13-01" is not a valid date (YYYY-MM-DD, such as 2026-02-22)
                5:7-5:16 error [frontmatter.schema] link: "not a uri" is not an absolute URI (such as https://example.com/page)
                6:8-6:14 error [frontmatter.schema] email: "nobody" is not a valid email address
                7:8-7:11 error [frontmatter.schema] count: "3" is text; expected an integer
                10:5-10:11 error [frontmatter.schema] tags[1]: "Not OK" does not match the pattern ^[a-z-]+$
                """, sortedLines(findings));
    }

    @Test
    void aMissingRequiredKeyAtTheFrontMattersFirstLine() throws Exception {
        List<Finding> findings = run(rule(), "posts/a.md", "---\nname: a\n---\n");
        assertEquals("1:1-1:4 error [frontmatter.schema] missing required key 'status'\n", lines(findings));
    }

    @Test
    void aMissingNestedKeyAtItsParentKey() throws Exception {
        List<Finding> findings = run(rule(), "posts/a.md",
                "---\nname: a\nstatus: draft\nauthor:\n  email: x\n---\n");
        assertEquals("4:1-4:7 error [frontmatter.schema] author: missing required key 'name'\n",
                lines(findings));
    }

    @Test
    void anUnknownKeyAtTheKey() throws Exception {
        List<Finding> findings = run(rule(), "posts/a.md",
                "---\nname: a\nstatus: draft\nstaus: review\n---\n");
        assertEquals("4:1-4:6 error [frontmatter.schema] unknown key 'staus': the schema does not"
                + " allow keys that it does not list\n", lines(findings));
    }

    @Test
    void listsAndCountsAreExplained() throws Exception {
        List<Finding> findings = run(rule(), "posts/a.md",
                "---\nname: a\nstatus: draft\ncount: 0\ntags: []\n---\n");
        assertEquals("""
                4:8-4:9 error [frontmatter.schema] count: 0 is less than the minimum 1
                5:7-5:9 error [frontmatter.schema] tags: has 0 items; at least 1 required
                """, sortedLines(findings));
    }

    @Test
    void anEmptyValueIsReportedAtItsKey() throws Exception {
        List<Finding> findings = run(rule(), "posts/a.md", "---\nname:\nstatus: draft\n---\n");
        assertEquals("2:1-2:5 error [frontmatter.schema] name: is empty; expected text\n",
                lines(findings));
    }

    @Test
    void filesWithoutReadableFrontMatterAreLeftToTheOtherRules() throws Exception {
        assertEquals(List.of(), run(rule(), "a.md", "# no front matter\n"));
        assertEquals(List.of(), run(rule(), "a.md", "---\nname: [\n---\n"));
        assertEquals(List.of(), run(rule(), "a.md", "---\nname: a\n"));
    }

    private static String sortedLines(List<Finding> findings) {
        return lines(findings.stream().sorted(Finding.ORDER).toList());
    }
}
