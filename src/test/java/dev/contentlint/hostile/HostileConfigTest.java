package dev.contentlint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigException;
import dev.contentlint.config.ConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite of configurations (issue #6): each bad configuration, schema or rule
 * file is a {@link ConfigException} naming the file, the line and column and what is wrong,
 * never another exception; the catastrophic-backtracking rule is tested with the rule time budget.
 */
class HostileConfigTest {

    @TempDir
    Path dir;

    private HostileTree tree;

    @BeforeEach
    void setUp() throws Exception {
        tree = new HostileTree(dir);
    }

    private ConfigException refused() {
        return assertTimeoutPreemptively(HostileTree.HANG_GUARD,
                () -> assertThrows(ConfigException.class, tree::config));
    }

    private static void assertAt(ConfigException e, String file, int line, int column, String fragment) {
        String where = e.file() == null ? "" : e.file().getFileName().toString();
        assertEquals(file + ":" + line + ":" + column, where + ":" + e.line() + ":" + e.column(),
                e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().startsWith(e.file().toString() + ":" + line + ":"), e.getMessage());
    }

    @Test
    void invalidRegexInARule() throws Exception {
        tree.write("styles/House/Bad.yml", "extends: existence\nmessage: x\ntokens:\n  - '(very|really'\n");
        assertAt(refused(), "Bad.yml", 4, 5, "invalid regex");
    }

    @Test
    void unknownExtensionPoint() throws Exception {
        tree.write("styles/House/Odd.yml", "extends: existance\nmessage: x\ntokens: [a]\n");
        assertAt(refused(), "Odd.yml", 1, 10, "did you mean 'existence'");
    }

    @Test
    void ruleFileThatIsAList() throws Exception {
        tree.write("styles/House/List.yml", "- extends: existence\n- message: x\n");
        assertAt(refused(), "List.yml", 1, 1, "mapping");
    }

    @Test
    void ruleFileThatIsNotYaml() throws Exception {
        tree.write("styles/House/Broken.yml", "extends: existence\nmessage: \"open\ntokens: [a]\n");
        assertAt(refused(), "Broken.yml", 2, 10, "YAML");
    }

    @Test
    void schemaThatIsNotValidJsonSchema() throws Exception {
        tree.write("post.schema.yaml", "type: object\nproperties:\n  title: { type: strin }\n");
        assertAt(refused(), "post.schema.yaml", 3, 18, "not valid JSON Schema");
    }

    @Test
    void schemaThatIsAList() throws Exception {
        tree.write("post.schema.yaml", "- type\n- object\n");
        // Where the whole file is wrong, the place in contentlint.yaml that names it.
        assertAt(refused(), "contentlint.yaml", 9, 15, "post.schema.yaml must hold a JSON Schema object");
    }

    @Test
    void remoteRefIsNeverFetched() throws Exception {
        tree.write("post.schema.yaml", "type: object\nproperties:\n  title: { $ref: 'https://example.com/title.json' }\n");
        // At the $ref in the schema file, with the place in contentlint.yaml that names it.
        ConfigException e = refused();
        assertAt(e, "post.schema.yaml", 3, 18, "$ref https://example.com/title.json is not fetched");
        assertTrue(e.getMessage().contains("named at contentlint.yaml:9"), e.getMessage());
    }

    @Test
    void configThatIsAList() throws Exception {
        tree.write("contentlint.yaml", "- content\n- types\n");
        assertAt(refused(), "contentlint.yaml", 1, 1, "mapping");
    }

    @Test
    void configOfTheWrongShape() throws Exception {
        tree.write("contentlint.yaml", "content: content\ntypes: [post, note]\n");
        assertAt(refused(), "contentlint.yaml", 2, 8, "must be a mapping of keys to values, not a list");
    }

    @Test
    void configWithABillionLaughs() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        tree.write("contentlint.yaml", yaml.toString());
        assertAt(refused(), "contentlint.yaml", 1, 1, "a safety limit of 50");
    }

    @Test
    void configThatIsNotUtf8() throws Exception {
        tree.write("contentlint.yaml", new byte[] {'c', 'o', 'n', 't', 'e', 'n', 't', ':', ' ', (byte) 0xE9, '\n'});
        assertAt(refused(), "contentlint.yaml", 1, 10, "not UTF-8 text");
    }

    @Test
    void emptyConfigIsAllDefaults() throws Exception {
        tree.write("contentlint.yaml", "");
        Config config = assertTimeoutPreemptively(HostileTree.HANG_GUARD, tree::config);
        assertTrue(config.types().isEmpty());
    }
}
