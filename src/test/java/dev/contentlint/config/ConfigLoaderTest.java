package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private ConfigException error(String config) throws IOException {
        Path file = write("contentlint.yaml", config);
        return assertThrows(ConfigException.class, () -> loader.load(file));
    }

    private static final String SCHEMA = "type: object\nrequired: [status]\nproperties:\n"
            + "  status: {enum: [draft, review]}\n";

    @Test
    void readsTheContractsExample() throws Exception {
        write("schemas/linkedin-post.schema.yaml", SCHEMA);
        write("styles/Carter/EmDash.yml", "extends: existence\nmessage: \"No '%s'\"\nnonword: true\n"
                + "tokens: ['—']\n");
        write("styles/write-good/Weasel.yml", "extends: existence\nmessage: \"'%s' is weasel\"\n"
                + "tokens: [very]\n");
        write("styles/write-good/So.yml", "extends: existence\nmessage: \"'%s'\"\ntokens: [so]\n");
        Path file = write("contentlint.yaml", """
                content: content
                include: ["**/*.md", "**/*.markdown"]
                exclude: ["templates/**"]
                stylesPath: styles
                failOn: warning
                levels:
                  sections.order: warning
                  write-good.Weasel: suggestion
                  filename: off
                defaults:
                  frontMatter: { required: false }
                  styles: []
                types:
                  linkedin-post:
                    match:
                      paths: ["posts/**"]
                      frontMatter: { node_type: linkedin-post }
                    fileName: "[a-z0-9_]+\\\\.md"
                    frontMatter:
                      required: true
                      schema: schemas/linkedin-post.schema.yaml
                    sectionOrder: strict
                    sections:
                      - heading: "IDEA LEGOS"
                        level: 2
                        table: [Lego, Choice]
                      - heading: "HOOK A*"
                        styles: [Carter]
                    styles: [write-good]
                  note: {}
                """);

        Config config = loader.load(file);

        assertEquals(Optional.of(dir.resolve("content")), config.content());
        assertEquals(Optional.of(dir.resolve("styles")), config.stylesPath());
        assertEquals(Optional.of(FailOn.WARNING), config.failOn());
        assertEquals(Level.WARNING, config.levels().get("sections.order"));
        assertEquals(Level.SUGGESTION, config.levels().get("write-good.Weasel"));
        assertEquals(Level.OFF, config.levels().get("filename"));
        assertTrue(config.includes("posts/a.md"));
        assertFalse(config.includes("templates/a.md"));
        assertEquals(2, config.types().size());
        ContentType post = config.types().get(0);
        assertEquals("linkedin-post", post.name());
        assertTrue(post.frontMatter().required());
        assertEquals(dir.resolve("schemas/linkedin-post.schema.yaml"),
                post.frontMatter().schema().orElseThrow().file());
        assertTrue(post.fileName().orElseThrow().matcher("a_b.md").matches());
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("node_type", "linkedin-post");
        assertTrue(post.matches("posts/a.md", Optional.of(data)));
        assertFalse(post.matches("other/a.md", Optional.of(data)));
        assertFalse(post.matches("posts/a.md", Optional.empty()));
        assertEquals("note", config.types().get(1).name());
        assertEquals(List.of("write-good.So", "write-good.Weasel"),
                post.styles().stream().map(r -> r.id()).toList());
        assertEquals(List.of("Carter.EmDash"),
                post.sections().get(1).styles().stream().map(r -> r.id()).toList());
        assertEquals(List.of(), config.warnings());
    }

    @Test
    void theFirstStageFindsSchemasAndStylesButCompilesNeither() throws Exception {
        write("schemas/post.schema.yaml", "type: object\nproperties:\n  tag: {$ref: '../shared/defs.yaml#/tag'}\n");
        write("schemas/beside.json", "{}");
        write("shared/defs.yaml", "tag: {type: string}\n");
        write("shared/unrelated.yaml", "x: 1\n");
        write("styles/House/Ok.yml", "extends: existence\nmessage: \"'%s'\"\ntokens: [so]\n");
        write("styles/House/Bad.yml", "extends: existence\nmessage: \"'%s'\"\ntokens: ['(']\n");
        Path file = write("contentlint.yaml", """
                types:
                  post:
                    frontMatter: { schema: schemas/post.schema.yaml }
                    styles: [House]
                    sections:
                      - heading: Intro
                        styles: [House.Ok]
                """);
        StagedConfig staged = loader.stage(file);
        ContentType post = staged.structure().types().get(0);
        assertTrue(post.styles().isEmpty());
        assertTrue(post.sections().get(0).styles().isEmpty());
        assertTrue(post.frontMatter().schema().isEmpty());
        assertEquals("Intro", post.sections().get(0).heading());
        assertEquals(List.of(file, dir.resolve("schemas/beside.json"),
                dir.resolve("schemas/post.schema.yaml"), dir.resolve("shared/defs.yaml"),
                dir.resolve("styles/House/Bad.yml"), dir.resolve("styles/House/Ok.yml")),
                staged.inputs().stream().sorted().toList());
        // The bad regex is found when it is compiled, as load() does at once.
        ConfigException compiled = assertThrows(ConfigException.class, staged::compile);
        assertTrue(compiled.getMessage().contains("Bad.yml"), compiled.getMessage());
        assertEquals(compiled.getMessage(), assertThrows(ConfigException.class,
                () -> loader.load(file)).getMessage());
    }

    @Test
    void theFirstStageStillRefusesWhatItCanSee() throws Exception {
        write("styles/House/Ok.yml", "extends: existence\nmessage: \"'%s'\"\ntokens: [so]\n");
        Path file = write("contentlint.yaml", "types:\n  post:\n    styles: [Hous]\n");
        ConfigException unknown = assertThrows(ConfigException.class, () -> loader.stage(file));
        assertTrue(unknown.getMessage().contains("no style or rule 'Hous'"), unknown.getMessage());
        Path missing = write("contentlint.yaml",
                "types:\n  post:\n    frontMatter: { schema: nowhere.yaml }\n");
        ConfigException noSchema = assertThrows(ConfigException.class, () -> loader.stage(missing));
        assertTrue(noSchema.getMessage().contains("schema file not found"), noSchema.getMessage());
    }

    @Test
    void anEmptyFileIsTheDefaults() throws Exception {
        Config config = loader.load(write("contentlint.yaml", "# nothing yet\n"));
        assertTrue(config.types().isEmpty());
        assertTrue(config.includes("a/b.md"));
        assertTrue(config.includes("c.markdown"));
        assertFalse(config.includes("c.txt"));
    }

    @Test
    void unknownTopLevelKey() throws Exception {
        ConfigException e = error("content: c\ntyps:\n  a: {}\n");
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertEquals("typs", e.key());
        assertTrue(e.getMessage().startsWith(dir.resolve("contentlint.yaml") + ":2:1: typs:"
                + " unknown key 'typs' in the top level (did you mean 'types'?)"), e.getMessage());
    }

    @Test
    void unknownKeyInAType() throws Exception {
        ConfigException e = error("types:\n  post:\n    match:\n      path: [\"a/**\"]\n");
        assertEquals(4, e.line());
        assertEquals("types.post.match.path", e.key());
        assertTrue(e.getMessage().contains("(did you mean 'paths'?)"), e.getMessage());
    }

    @Test
    void badRegex() throws Exception {
        ConfigException e = error("types:\n  post:\n    fileName: \"[a-z+\\\\.md\"\n");
        assertEquals(3, e.line());
        assertEquals(15, e.column());
        assertEquals("types.post.fileName", e.key());
        assertTrue(e.getMessage().contains("invalid regex: Unclosed character class"), e.getMessage());
    }

    @Test
    void linksUniqueAndReferences() throws Exception {
        Config config = loader.load(write("contentlint.yaml", """
                links:
                  anchors: false
                  extensionless: true
                  ignore: ["^/api/", "\\\\.pdf$"]
                types:
                  person: {}
                  post:
                    unique: [name, slug]
                    references: { author: person, related: any, see: }
                """));
        assertFalse(config.links().anchors());
        assertTrue(config.links().extensionless());
        assertTrue(config.links().ignores("/api/x.html"));
        assertTrue(config.links().ignores("guide.pdf"));
        assertFalse(config.links().ignores("guide.md"));
        ContentType post = config.types().get(1);
        assertEquals(java.util.List.of("name", "slug"), post.unique());
        assertEquals(java.util.Map.of("author", "person", "related", "any", "see", "any"),
                post.references());
        assertFalse(loader.load(write("contentlint.yaml", "links: false\n")).links().check());
        assertTrue(loader.load(write("contentlint.yaml", "# none\n")).links().check());
    }

    @Test
    void badLinkSettings() throws Exception {
        ConfigException regex = error("links:\n  ignore: [\"ok\", \"(unclosed\"]\n");
        assertEquals(2, regex.line());
        assertEquals(18, regex.column());
        assertTrue(regex.getMessage().contains("links.ignore: invalid regex: Unclosed group"),
                regex.getMessage());
        ConfigException flag = error("links:\n  anchors: maybe\n");
        assertEquals("links.anchors", flag.key());
        assertTrue(flag.getMessage().contains("'maybe' is not true or false"), flag.getMessage());
        ConfigException key = error("links:\n  anchor: true\n");
        assertTrue(key.getMessage().contains("unknown key 'anchor' in 'links' (did you mean"
                + " 'anchors'?)"), key.getMessage());
        ConfigException unique = error("types:\n  post:\n    unique: {name: true}\n");
        assertEquals("types.post.unique", unique.key());
    }

    @Test
    void badGlob() throws Exception {
        ConfigException e = error("include:\n  - \"**/*.md\"\n  - \"posts/[a.md\"\n");
        assertEquals(3, e.line());
        assertEquals(5, e.column());
        assertEquals("include", e.key());
        assertTrue(e.getMessage().contains("invalid glob: 'posts/[a.md' has a '['"), e.getMessage());
    }

    @Test
    void missingSchemaFile() throws Exception {
        ConfigException e = error("types:\n  post:\n    frontMatter:\n      schema: schemas/none.yaml\n");
        assertEquals(4, e.line());
        assertEquals(15, e.column());
        assertEquals("types.post.frontMatter.schema", e.key());
        assertTrue(e.getMessage().contains("schema file not found: " + dir.resolve("schemas/none.yaml")),
                e.getMessage());
    }

    @Test
    void schemaThatIsNotJsonSchema() throws Exception {
        write("s.yaml", "type: object\nproperties:\n  status:\n    type: strng\n");
        ConfigException e = error("types:\n  post:\n    frontMatter:\n      schema: s.yaml\n");
        assertEquals(dir.resolve("s.yaml"), e.file());
        assertEquals(4, e.line());
        assertEquals("properties.status.type", e.key());
        assertTrue(e.getMessage().contains("not valid JSON Schema"), e.getMessage());
        assertTrue(e.getMessage().contains("contentlint.yaml:4"), e.getMessage());
    }

    @Test
    void schemaWithYamlErrorNamesTheSchemaFile() throws Exception {
        write("s.yaml", "type: object\nproperties: [\n");
        ConfigException e = error("types:\n  post:\n    frontMatter:\n      schema: s.yaml\n");
        assertEquals(dir.resolve("s.yaml"), e.file());
        assertTrue(e.getMessage().contains("YAML syntax error"), e.getMessage());
    }

    @Test
    void remoteRefIsNeverFetched() throws Exception {
        write("s.yaml", "type: object\nproperties:\n  a: {$ref: \"https://example.com/s.json\"}\n");
        ConfigException e = error("types:\n  post:\n    frontMatter:\n      schema: s.yaml\n");
        // At the $ref in the schema file, naming the line of the config that names the schema.
        assertEquals(dir.resolve("s.yaml"), e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("$ref https://example.com/s.json is not fetched"),
                e.getMessage());
        assertTrue(e.getMessage().contains("contentlint.yaml:4"), e.getMessage());
    }

    @Test
    void localRefToAMissingFile() throws Exception {
        write("s.yaml", "type: object\nproperties:\n  a: {$ref: \"other.yaml\"}\n");
        ConfigException e = error("types:\n  post:\n    frontMatter:\n      schema: s.yaml\n");
        assertTrue(e.getMessage().contains("$ref target not found"), e.getMessage());
    }

    @Test
    void theSchemaChoosesItsDialect() throws Exception {
        write("s7.json", "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"object\"}");
        Config config = loader.load(write("contentlint.yaml",
                "types:\n  a:\n    frontMatter: {schema: s7.json}\n"));
        assertTrue(config.types().get(0).frontMatter().schema().isPresent());
        write("sx.yaml", "$schema: https://example.com/my-dialect\ntype: object\n");
        ConfigException e = error("types:\n  a:\n    frontMatter: {schema: sx.yaml}\n");
        assertEquals(dir.resolve("sx.yaml"), e.file());
        assertTrue(e.getMessage().contains("unknown dialect https://example.com/my-dialect"), e.getMessage());
    }

    @Test
    void jsonSchemasIndentedWithTabs() throws Exception {
        write("tabs.json", "{\n\t\"type\": \"object\",\n\t\"properties\": {\"a\": {\"$ref\": \"def.json\"}}\n}\n");
        write("def.json", "{\n\t\"type\": \"string\"\n}\n");
        Config config = loader.load(write("contentlint.yaml",
                "types:\n  a:\n    frontMatter: {schema: tabs.json}\n"));
        assertTrue(config.types().get(0).frontMatter().schema().isPresent());
        write("bad.json", "{\n\t\"type\": \"object\",\n}\n");
        ConfigException e = error("types:\n  a:\n    frontMatter: {schema: bad.json}\n");
        assertEquals(dir.resolve("bad.json"), e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("JSON syntax error"), e.getMessage());
    }

    @Test
    void maxFileSizeIsASizeWithItsUnit() throws Exception {
        assertEquals(Config.DEFAULT_MAX_FILE_SIZE, loader.load(write("contentlint.yaml", "failOn: error\n"))
                .maxFileSize());
        assertEquals(200L << 20, loader.load(write("contentlint.yaml", "maxFileSize: 200 MB\n")).maxFileSize());
        ConfigException bare = error("failOn: error\nmaxFileSize: 64\n");
        assertEquals("maxFileSize", bare.key());
        assertEquals(2, bare.line());
        assertTrue(bare.getMessage().endsWith("maxFileSize: '64' has no unit; write a number and KB, MB or GB,"
                + " as '64 MB'"), bare.getMessage());
        assertTrue(error("maxFileSize: 2 GB\n").getMessage().endsWith("'2 GB' is outside 1 KB to 1 GB"));
        assertTrue(error("maxFileSize: [1 MB]\n").getMessage().contains("must be a size, as '64 MB', not a list"),
                error("maxFileSize: [1 MB]\n").getMessage());
    }

    @Test
    void badFailOnAndLevels() throws Exception {
        assertEquals("failOn", error("failOn: fatal\n").key());
        ConfigException level = error("levels:\n  filename: loud\n");
        assertEquals("levels.filename", level.key());
        assertTrue(level.getMessage().contains("'loud' is not one of error, warning, suggestion, off"));
        ConfigException id = error("levels:\n  frontmatter.schemas: off\n");
        assertEquals(2, id.line());
        assertTrue(id.getMessage().contains("unknown rule id 'frontmatter.schemas' (did you mean"
                + " 'frontmatter.schema'?)"), id.getMessage());
    }

    @Test
    void wrongKindsOfValues() throws Exception {
        assertTrue(error("types: [a, b]\n").getMessage().contains("types: must be a mapping"));
        assertTrue(error("include: 5\n").getMessage().contains("must be a list of text values"));
        assertTrue(error("types:\n  p:\n    frontMatter: {required: maybe}\n").getMessage()
                .contains("'maybe' is not true or false"));
        assertTrue(error("types:\n  p:\n    sectionOrder: random\n").getMessage()
                .contains("'random' is not one of strict, any"));
        assertTrue(error("- a\n- b\n").getMessage().contains("must be a mapping"));
    }

    @Test
    void yamlErrorsAndDuplicateKeysInTheConfig() throws Exception {
        ConfigException syntax = error("types:\n  post: {\n");
        assertTrue(syntax.getMessage().contains("YAML syntax error"), syntax.getMessage());
        ConfigException duplicate = error("failOn: error\nfailOn: warning\n");
        assertEquals(2, duplicate.line());
        assertTrue(duplicate.getMessage().contains("duplicate key 'failOn'"));
    }

    @Test
    void aSchemaUsedTwiceIsCompiledOnce() throws Exception {
        write("s.yaml", SCHEMA);
        Config config = loader.load(write("contentlint.yaml",
                "types:\n  a:\n    frontMatter: {schema: s.yaml}\n  b:\n    frontMatter: {schema: s.yaml}\n"));
        assertTrue(config.types().get(0).frontMatter().schema().orElseThrow().schema()
                == config.types().get(1).frontMatter().schema().orElseThrow().schema());
    }
    @Test
    void sectionsInEveryForm() throws Exception {
        Path file = write("contentlint.yaml", """
                types:
                  post:
                    sectionOrder: strict
                    sections:
                      - heading: "IDEA LEGOS"
                        level: 2
                        table: [Lego, Choice]
                      - heading: "HOOK A*"
                      - heading: "/^FULL POST\\\\b/"
                      - NOTES
                      - heading: Comments
                        required: false
                """);
        ContentType post = loader.load(file).types().get(0);
        assertTrue(post.strictOrder());
        List<SectionSpec> sections = post.sections();
        assertEquals(5, sections.size());
        assertTrue(sections.get(0).matches("Idea  Legos "));
        assertFalse(sections.get(0).matches("IDEA LEGOS 2"));
        assertEquals(java.util.OptionalInt.of(2), sections.get(0).level());
        assertEquals(List.of("Lego", "Choice"), sections.get(0).table());
        assertTrue(sections.get(1).matches("HOOK A (Recommended)"));
        assertFalse(sections.get(1).matches("HOOK B"));
        assertTrue(sections.get(2).matches("FULL POST (using Hook A)"));
        assertFalse(sections.get(2).matches("THE FULL POST"));
        assertTrue(sections.get(3).matches("notes"));
        assertTrue(sections.get(3).required());
        assertFalse(sections.get(4).required());
        assertEquals(List.of(5, 8, 9, 10, 11), sections.stream().map(SectionSpec::line).toList());
    }

    @Test
    void badSections() throws Exception {
        ConfigException e = error("types:\n  post:\n    sections:\n      - heading: \"/[a/\"\n");
        assertEquals(4, e.line());
        assertEquals("types.post.sections[1].heading", e.key());
        assertTrue(e.getMessage().contains("invalid regex: Unclosed character class"), e.getMessage());
        e = error("types:\n  post:\n    sections:\n      - heading: A\n        level: 7\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().endsWith("'7' is not a heading level from 1 to 6"), e.getMessage());
        e = error("types:\n  post:\n    sections:\n      - level: 2\n");
        assertTrue(e.getMessage().contains("a section needs a heading"), e.getMessage());
        e = error("types:\n  post:\n    sections:\n      - heading: A\n        tabel: [x]\n");
        assertTrue(e.getMessage().contains("(did you mean 'table'?)"), e.getMessage());
        e = error("types:\n  post:\n    sections:\n      - heading: A\n      - heading: a\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().endsWith("'a' is listed twice (first at line 4); a heading can fill"
                + " only one listed section"), e.getMessage());
        e = error("types:\n  post:\n    sections:\n      heading: A\n");
        assertTrue(e.getMessage().contains("must be a list of sections"), e.getMessage());
    }

    @Test
    void unknownStyleNamesTheStylesFolder() throws Exception {
        ConfigException e = error("types:\n  post:\n    styles: [Carter]\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("the styles folder " + dir.resolve("styles")
                + " does not exist"), e.getMessage());
    }
}
