package dev.contentlint.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import dev.contentlint.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitializerTest {

    @TempDir
    Path dir;

    private Path content() {
        return dir.resolve("content");
    }

    private Path config() {
        return dir.resolve("contentlint.yaml");
    }

    private InitPlan plan(GroupBy groupBy) throws Exception {
        return new Initializer(groupBy, 1).plan(content(), config(), Set.of());
    }

    private static Map<String, String> types(LintResult result) {
        Map<String, String> types = new TreeMap<>();
        result.files().forEach(f -> types.put(f.path(), f.type()));
        return types;
    }

    private static String findings(LintResult result) {
        return result.findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " "
                + f.severity().id() + " [" + f.rule() + "] " + f.message()).collect(Collectors.joining("\n"));
    }

    private LintResult validate() throws Exception {
        return new Linter(new ConfigLoader().load(config()), 1).lint(content());
    }

    @Test
    void mixedVaultValidatesClean() throws Exception {
        InitFixtures.mixedVault(content());
        InitPlan plan = plan(GroupBy.AUTO);

        assertEquals(List.of(dir.resolve("schemas/linkedin-post.schema.json"),
                dir.resolve("schemas/personality.schema.json"), dir.resolve("schemas/notes.schema.json"),
                config()), plan.files().stream().map(InitPlan.PlannedFile::path).toList());
        assertEquals(List.of("linkedin-post", "personality", "notes"),
                plan.types().stream().map(InitPlan.TypeReport::name).toList());
        InitPlan.TypeReport posts = plan.types().get(0);
        assertEquals(5, posts.files());
        assertTrue(posts.frontMatterRequired());
        assertEquals(List.of("name", "description", "node_type", "status", "last_updated",
                "published_date", "tags", "link"), posts.required());
        assertEquals(List.of("node_type", "status"), posts.enums());
        assertEquals(List.of("last_updated (date)", "published_date (date)", "link (uri)"), posts.formats());
        InitPlan.TypeReport notes = plan.types().get(2);
        assertEquals(4, notes.files());
        assertEquals(3, notes.withFrontMatter());
        assertFalse(notes.frontMatterRequired());
        assertEquals(1, plan.defaults().files());
        assertEquals(new InitPlan.SurveyCounts(13, 11, 0, 0, 2,
                List.of("**/.*", "**/.*/**", "templates/**")), plan.survey());
        assertEquals(List.of(), plan.lowered());

        InitWriter.write(plan);
        LintResult result = validate();
        assertEquals("", findings(result));
        assertEquals("{README.md=defaults, notes/ideas.md=notes, notes/reading.md=notes,"
                + " notes/scratch.md=notes, notes/todo.md=notes, people/carter.md=personality,"
                + " people/dana.md=personality, people/eli.md=personality, posts/p1.md=linkedin-post,"
                + " posts/p2.md=linkedin-post, posts/p3.md=linkedin-post, posts/p4.md=linkedin-post,"
                + " posts/p5.md=linkedin-post}", types(result).toString());

        String yaml = InitFixtures.read(config());
        assertTrue(yaml.contains("\ncontent: content\n"), yaml);
        assertTrue(yaml.contains("\nexclude: [\"**/.*\", \"**/.*/**\", \"templates/**\"]\n"), yaml);
        assertTrue(yaml.contains("\n  linkedin-post:\n    match:\n      frontMatter:\n"
                + "        node_type: linkedin-post\n    frontMatter:\n"
                + "      required: true  # all 5 files have front matter\n"
                + "      schema: schemas/linkedin-post.schema.json\n"), yaml);
        assertTrue(yaml.contains("\n  notes:\n    match:\n      paths: [\"notes/**\"]\n"), yaml);
        assertFalse(yaml.contains("levels:"), yaml);
    }

    @Test
    void theSchemasCatchWhatChangesAfterwards() throws Exception {
        InitFixtures.mixedVault(content());
        InitWriter.write(plan(GroupBy.AUTO));
        Path post = content().resolve("posts/p3.md");
        String original = InitFixtures.read(post);

        Map<String, String> mutations = Map.of(
                "status: draft", "status: drafted",                    // not in the enum
                "last_updated: 2026-02-01", "last_updated: 2026-02-30", // not a date
                "name: p3\n", "",                                      // a required key gone
                "tags:\n  - learning", "tags: learning",                // not a list
                "description: A post about p3\n", "description: A post about p3\nsumary: x\n");
        for (Map.Entry<String, String> mutation : mutations.entrySet()) {
            String mutated = original.replace(mutation.getKey(), mutation.getValue());
            assertFalse(mutated.equals(original), mutation.toString());
            Files.writeString(post, mutated);
            LintResult result = validate();
            assertEquals(1, result.summary().errors(), mutation + ":\n" + findings(result));
            assertEquals("frontmatter.schema", result.findings().get(0).rule());
        }
        // A post without its type key falls to the folder: posts/ has no type, so the defaults.
        Files.writeString(post, original);
        assertEquals(0, validate().summary().errors());
        // A note without front matter is fine (one has none today); a person without it is not
        // possible to tell (matched by node_type), so people are only checked when typed.
        Files.writeString(content().resolve("notes/ideas.md"), "---\ntitle: 3\ncreated: 2025-12-03\n---\n");
        assertEquals(1, validate().summary().errors());
    }

    @Test
    void aTreeGroupedByFolder() throws Exception {
        InitFixtures.write(content(), "docs/install.md", "---\ntitle: Install\nweight: 1\n---\n");
        InitFixtures.write(content(), "docs/usage.md", "---\ntitle: Usage\nweight: 2\n---\n");
        InitFixtures.write(content(), "docs/faq.md", "---\ntitle: FAQ\nweight: 3.5\ndraft: true\n---\n");
        InitFixtures.write(content(), "blog/2025/first.md", "---\ntitle: First\ndate: 2025-01-01\n---\n");
        InitFixtures.write(content(), "blog/2026/second.md", "---\ntitle: Second\ndate: 2026-01-01\n---\n");
        InitFixtures.write(content(), "index.md", "---\ntitle: Home\n---\n");
        InitPlan plan = plan(GroupBy.AUTO);
        assertEquals(List.of("blog", "docs"), plan.types().stream().map(InitPlan.TypeReport::name).toList());
        assertEquals(List.of("title", "weight"), plan.types().get(1).required());
        assertEquals(1, plan.defaults().files());
        assertTrue(plan.defaults().schema().isPresent());
        InitWriter.write(plan);
        LintResult result = validate();
        assertEquals("", findings(result));
        assertEquals(Map.of("blog/2025/first.md", "blog", "blog/2026/second.md", "blog",
                "docs/faq.md", "docs", "docs/install.md", "docs", "docs/usage.md", "docs",
                "index.md", "defaults"), types(result));
        JsonNode docs = new ObjectMapper().readTree(dir.resolve("schemas/docs.schema.json").toFile());
        assertEquals("number", docs.at("/properties/weight/type").asText());
        assertEquals("boolean", docs.at("/properties/draft/type").asText());
    }

    @Test
    void aTreeWithoutFrontMatter() throws Exception {
        InitFixtures.write(content(), "a.md", "# A\n");
        InitFixtures.write(content(), "sub/b.md", "# B\n\n---\n\ntext\n");
        InitPlan plan = plan(GroupBy.AUTO);
        assertEquals(List.of(config()), plan.files().stream().map(InitPlan.PlannedFile::path).toList());
        assertEquals(List.of(), plan.types());
        String yaml = plan.files().get(0).text();
        assertFalse(yaml.contains("types:"), yaml);
        assertTrue(yaml.contains("# Every file gets the defaults: 2 files. No schema: none of them"
                + " has front matter.\n"), yaml);
        InitWriter.write(plan);
        assertEquals("", findings(validate()));
        assertFalse(Files.exists(dir.resolve("schemas")));
    }

    @Test
    void anEmptyTree() throws Exception {
        Files.createDirectories(content());
        InitPlan plan = plan(GroupBy.AUTO);
        InitWriter.write(plan);
        LintResult result = validate();
        assertEquals(0, result.summary().files());
    }

    @Test
    void hostileKeysAndValues() throws Exception {
        String[] values = {"a \"quoted\" value", "a # hash", "key: value", "two\nlines", "日本語 ✓",
                "emoji 😀", "tab\there", "yes", "null", "2026-02-22 is a date?", "\u2028sep",
                "nul\u0000", "'single'", "- dash", "{flow}", "*star"};
        for (int i = 0; i < 12; i++) {
            String value = values[i % values.length];
            InitFixtures.write(content(), "f" + i + ".md", "---\n"
                    + YamlText.quoted("content type #1") + ": " + YamlText.quoted(i % 3 == 0 ? "kind: \"x\" #1" : "y\ny") + "\n"
                    + YamlText.quoted("key: with colon") + ": " + YamlText.quoted(value) + "\n"
                    + YamlText.quoted("über") + ": " + YamlText.quoted(values[i % 2]) + "\n"
                    + "\"quote\\\"key\": [" + YamlText.quoted(value) + "]\n"
                    + YamlText.quoted("a/b~c") + ":\n  " + YamlText.quoted("x: y") + ": " + YamlText.quoted(value) + "\n"
                    + "---\n\n# " + i + "\n");
        }
        for (GroupBy groupBy : List.of(GroupBy.AUTO, GroupBy.parse("content type #1"))) {
            Files.deleteIfExists(config());
            deleteTree(dir.resolve("schemas"));
            InitPlan plan = plan(groupBy);
            InitWriter.write(plan);
            LintResult result = validate();
            assertEquals("", findings(result), groupBy + "\n" + InitFixtures.read(config()));
            assertEquals(12, result.files().size());
        }
        // The last plan grouped by the hostile key: its values match their files exactly.
        Config loaded = new ConfigLoader().load(config());
        assertEquals(2, loaded.types().size());
        assertEquals("kind: \"x\" #1", loaded.types().get(1).matchFrontMatter().get("content type #1").asText());
        assertEquals("y\ny", loaded.types().get(0).matchFrontMatter().get("content type #1").asText());
        JsonNode schema = new ObjectMapper().readTree(dir.resolve("schemas/y-y.schema.json").toFile());
        assertEquals("[\"a # hash\",\"a \\\"quoted\\\" value\"]", schema.at("/properties/über/enum").toString());
        assertEquals("string", schema.get("properties").get("key: with colon").get("type").asText());
        assertEquals("array", schema.get("properties").get("quote\"key").get("type").asText());
        assertEquals("object", schema.get("properties").get("a/b~c").get("type").asText());
        assertTrue(schema.get("properties").get("a/b~c").get("properties").has("x: y"));
    }

    @Test
    void brokenFilesLowerTheirRulesSoThatTheTreePasses() throws Exception {
        InitFixtures.mixedVault(content());
        InitFixtures.write(content(), "notes/broken.md", "---\ntitle: [unclosed\n---\n");
        InitFixtures.write(content(), "notes/twice.md", "---\ntitle: A\ntitle: B\ncreated: 2025-01-01\n---\n");
        InitFixtures.write(content(), "posts/unclosed.md", "---\nnode_type: linkedin-post\n\n# no end\n");
        Files.write(content().resolve("notes/latin1.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        InitPlan plan = plan(GroupBy.AUTO);

        assertEquals(List.of(new LoweredRule("encoding", 1, 1, "notes/latin1.md:1:3"),
                new LoweredRule("frontmatter.syntax", 3, 3, "notes/broken.md:2:8")), plan.lowered());
        assertEquals(4, plan.warnings());
        String yaml = plan.files().get(plan.files().size() - 1).text();
        assertTrue(yaml.contains("levels:\n  # encoding: 1 error in 1 file today (the first at"
                + " notes/latin1.md:1:3), lowered to warning by init\n  # so that the tree validates"
                + " clean. Fix it, then remove this line to make it an error again"), yaml);
        assertTrue(yaml.contains("\n  encoding: warning\n"), yaml);
        assertTrue(yaml.contains("\n  frontmatter.syntax: warning\n"), yaml);
        assertTrue(yaml.contains("mvn contentlint:baseline"), yaml);

        InitWriter.write(plan);
        LintResult result = validate();
        assertEquals(0, result.summary().errors(), findings(result));
        assertEquals(4, result.summary().warnings(), findings(result));
    }

    @Test
    void hiddenFoldersTemplatesAndSkippedFoldersAreNotRead() throws Exception {
        InitFixtures.write(content(), "a.md", "---\ntitle: a\n---\n");
        InitFixtures.write(content(), ".obsidian/x.md", "---\nbroken: [\n---\n");
        InitFixtures.write(content(), "sub/.trash/y.md", "---\nbroken: [\n---\n");
        InitFixtures.write(content(), ".hidden.md", "---\nbroken: [\n---\n");
        InitFixtures.write(content(), "Templates/t.md", "---\ndate: {{date}}\n---\n");
        InitFixtures.write(content(), "target/built.md", "---\nbroken: [\n---\n");
        InitPlan plan = new Initializer(GroupBy.AUTO, 1).plan(content(), config(),
                Set.of(content().resolve("target")));
        assertEquals(List.of(), plan.lowered());
        assertEquals(1, plan.survey().files());
        assertEquals(4, plan.survey().leftOut());
        assertEquals(List.of("**/.*", "**/.*/**", "Templates/**"), plan.survey().exclude());
        String yaml = plan.files().get(plan.files().size() - 1).text();
        assertTrue(yaml.contains("(here: .obsidian, sub/.trash)"), yaml);
    }

    @Test
    void theBundledExampleVaults() throws Exception {
        for (String vault : List.of("vault", "broken-vault")) {
            Path example = Path.of("examples", vault).toAbsolutePath();
            Path folder = Files.createDirectories(dir.resolve(vault));
            Path configFile = folder.resolve("contentlint.yaml");
            InitPlan plan = new Initializer(GroupBy.AUTO, 1).plan(example, configFile, Set.of());
            InitWriter.write(plan);
            LintResult result = new Linter(new ConfigLoader().load(configFile), 1).lint(example);
            assertEquals(0, result.summary().errors(), vault + ": " + findings(result));
            if (vault.equals("vault")) {
                assertEquals(List.of("linkedin-post", "personality"),
                        plan.types().stream().map(InitPlan.TypeReport::name).toList());
                assertEquals(List.of(), plan.lowered());
            } else {
                // Broken YAML in two posts, and the links of 11_broken_links.md.
                assertEquals(List.of("frontmatter.syntax", "links.broken"),
                        plan.lowered().stream().map(LoweredRule::rule).toList());
            }
        }
    }

    /**
     * Where the validator rejects what was inferred, the schema is loosened there and checked
     * again, rather than the whole rule lowered. Here an inference that wrongly makes every
     * title a date stands for a disagreement between inference and validator.
     */
    @Test
    void whatTheValidatorRejectsIsLoosened() throws Exception {
        InitFixtures.mixedVault(content());
        SchemaInferrer wrong = new SchemaInferrer() {
            @Override
            Inferred infer(String typeName, ValueStats top) {
                Inferred inferred = super.infer(typeName, top);
                ValueStats title = top.properties.get("title");
                if (title != null && !title.noFormat) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) inferred.schema().get("properties")
                            .get("title")).put("format", "date");
                }
                return inferred;
            }
        };
        InitPlan plan = new Initializer(GroupBy.AUTO, 1, wrong).plan(content(), config(), Set.of());
        assertEquals(List.of(), plan.lowered());
        InitWriter.write(plan);
        assertEquals("", findings(validate()));
        JsonNode notes = new ObjectMapper().readTree(dir.resolve("schemas/notes.schema.json").toFile());
        assertFalse(notes.at("/properties/title").has("format"), notes.toString());
        assertEquals("date", notes.at("/properties/created/format").asText());
    }

    @Test
    void thePlanIsTheSameEachTime() throws Exception {
        InitFixtures.mixedVault(content());
        InitPlan first = plan(GroupBy.AUTO);
        InitPlan second = new Initializer(GroupBy.AUTO, 4).plan(content(), config(), Set.of());
        assertEquals(first.files(), second.files());
    }

    /** Random trees of every kind of value, in every grouping: each passes as init leaves it. */
    @Test
    void generatedTreesValidateClean() throws Exception {
        for (long seed = 1; seed <= 15; seed++) {
            Path root = dir.resolve("gen" + seed);
            Path content = root.resolve("content");
            Files.createDirectories(content);
            generate(new Random(seed), content);
            GroupBy groupBy = List.of(GroupBy.AUTO, GroupBy.AUTO, GroupBy.parse("folder"),
                    GroupBy.parse("none"), GroupBy.parse("type")).get((int) (seed % 5));
            Path configFile = root.resolve("contentlint.yaml");
            InitPlan plan = new Initializer(groupBy, 2).plan(content, configFile, Set.of());
            InitWriter.write(plan);
            LintResult result = new Linter(new ConfigLoader().load(configFile), 2).lint(content);
            assertEquals(0, result.summary().errors(), "seed " + seed + ": " + findings(result)
                    + "\n" + InitFixtures.read(configFile));
            for (FileResult file : result.files()) {
                for (Finding finding : file.findings()) {
                    assertTrue(Set.of("frontmatter.syntax", "encoding").contains(finding.rule()),
                            "seed " + seed + ": " + finding);
                }
            }
        }
    }

    private static final String[] WORDS = {"draft", "published", "review", "a \"quoted\" word",
            "hash # inside", "colon: inside", "日本", "😀", "yes", "null", "line\nbreak", "x".repeat(70)};

    private static void generate(Random random, Path content) throws Exception {
        String[] folders = {"posts", "people", "notes", "", "deep/er", "a[b]"};
        String[] types = {"post", "person", "note", "odd \"type\""};
        String[] keys = {"title", "status", "date", "when", "link", "count", "ratio", "flag", "tags",
                "author", "empty", "mixed", "weird key: #1"};
        int files = 10 + random.nextInt(40);
        for (int i = 0; i < files; i++) {
            String folder = folders[random.nextInt(folders.length)];
            String path = (folder.isEmpty() ? "" : folder + "/") + "f" + i + ".md";
            int kind = random.nextInt(20);
            StringBuilder text = new StringBuilder();
            if (kind == 0) {
                text.append("# no front matter\n");
            } else if (kind == 1) {
                text.append("---\nbroken: [\n---\n");
            } else if (kind == 2) {
                text.append("---\n---\n# empty block\n");
            } else {
                text.append("---\n");
                if (random.nextInt(10) < 7) {
                    text.append("type: ").append(YamlText.scalar(types[random.nextInt(types.length)])).append('\n');
                }
                for (String key : keys) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    text.append(YamlText.scalar(key)).append(": ").append(value(random, key)).append('\n');
                }
                text.append("---\n\n# body\n");
            }
            InitFixtures.write(content, path, text.toString());
        }
    }

    private static String value(Random random, String key) {
        if (random.nextInt(12) == 0) {
            return random.nextBoolean() ? "" : "~";
        }
        return switch (key) {
            case "status" -> YamlText.scalar(WORDS[random.nextInt(random.nextInt(10) == 0 ? WORDS.length : 3)]);
            case "date" -> String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            case "when" -> random.nextBoolean() ? "2026-02-22T09:30:00Z" : "2026-02-22T09:30:00+02:00";
            case "link" -> random.nextInt(8) == 0 ? "/relative" : "https://example.com/" + random.nextInt(99);
            case "count" -> Integer.toString(random.nextInt(1000) - 500);
            case "ratio" -> random.nextBoolean() ? "1.5" : "2";
            case "flag" -> random.nextBoolean() ? "true" : "yes";
            case "tags" -> "[" + YamlText.quoted(WORDS[random.nextInt(WORDS.length)]) + ", x]";
            case "author" -> "\n  name: " + YamlText.quoted(WORDS[random.nextInt(WORDS.length)])
                    + (random.nextBoolean() ? "\n  url: https://a.example" : "")
                    + (random.nextInt(5) == 0 ? "\n  nested:\n    deep: [1, {a: 2}]" : "");
            case "mixed" -> List.of("1", "text", "[a]", "{k: v}", "true", "2026-01-01", "0x1F", ".inf")
                    .get(random.nextInt(8));
            default -> YamlText.quoted(WORDS[random.nextInt(WORDS.length)] + random.nextInt(3));
        };
    }

    private static void deleteTree(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
