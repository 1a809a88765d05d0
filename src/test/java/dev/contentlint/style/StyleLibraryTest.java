package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigException;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StyleLibraryTest {

    @TempDir
    Path styles;

    private Path write(String style, String fileName, String yaml) throws IOException {
        Path file = styles.resolve(style).resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    private StyleLibrary library() {
        return new StyleLibrary(Optional.of(styles));
    }

    private ConfigException failure(String yaml) throws IOException {
        Path file = write("Bad", "Rule.yml", yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> library().resolve("Bad"));
        assertEquals(file.toAbsolutePath().normalize(), e.file());
        return e;
    }

    @Test
    void resolvesAStyleSortedByIdAndOneRule() throws Exception {
        write("Mine", "Weasel.yml", """
                extends: existence
                message: "'%s' is a weasel word!"
                level: error
                scope: [paragraph, list]
                link: https://example.com/weasel
                limit: 3
                tokens: [very]
                """);
        write("Mine", "Apples.yaml", """
                extends: substitution
                message: "Use '%s' instead of '%s'."
                action:
                  name: replace
                swap:
                  utilize: use
                """);
        write("Mine", "notes.txt", "not a rule");
        write("Mine", "drafts/Old.yml", "extends: nonsense\n");
        StyleLibrary library = library();
        List<ValeRule> rules = library.resolve("Mine").orElseThrow();
        assertEquals(List.of("Mine.Apples", "Mine.Weasel"), rules.stream().map(ValeRule::id).toList());
        ValeRule weasel = rules.get(1);
        assertEquals("existence", weasel.extensionPoint());
        assertEquals(Severity.ERROR, weasel.level());
        assertEquals(Optional.of("https://example.com/weasel"), weasel.link());
        assertEquals(3, weasel.limit());
        assertTrue(weasel.scope().matches(block(0, "x", "paragraph")));
        Alert alert = weasel.check().check(whole(block(10, "It is very good."))).get(0);
        assertEquals(Alert.of(16, 20, "very"), alert);
        assertEquals("'very' is a weasel word!", weasel.format(alert));
        ValeRule apples = rules.get(0);
        assertEquals(Severity.WARNING, apples.level(), "Vale's default level");
        assertEquals("Use %s instead of '%s'.", apples.message(), "the first quotes go");
        assertEquals("Use 'use' instead of 'utilize'.",
                apples.format(apples.check().check(whole(block(0, "utilize"))).get(0)));

        assertSame(weasel, library.resolve("Mine.Weasel").orElseThrow().get(0), "read once");
        assertEquals(List.of(), library.warnings());
    }

    @Test
    void unknownNamesAreEmpty() throws Exception {
        write("Mine", "Weasel.yml", "extends: existence\nmessage: x\ntokens: [very]\n");
        Files.createDirectories(styles.resolve("Empty"));
        StyleLibrary library = library();
        assertEquals(Optional.empty(), library.resolve("Other"));
        assertEquals(Optional.empty(), library.resolve("Mine.Other"));
        assertEquals(Optional.empty(), library.resolve("Empty"), "a folder without rules is no style");
        assertEquals(Optional.empty(), library.resolve("../Mine"));
        assertEquals(List.of("Mine"), library.styleNames());
        assertEquals(Optional.of(styles), library.stylesPath());
        assertEquals(Optional.empty(), new StyleLibrary(Optional.empty()).resolve("Mine"));
        assertEquals(List.of(), new StyleLibrary(Optional.empty()).styleNames());
    }

    @Test
    void badYamlNamesItsLine() throws Exception {
        ConfigException e = failure("extends: existence\nmessage: 'open\n");
        assertTrue(e.line() >= 2, e.getMessage());
        assertTrue(e.getMessage().contains("YAML"), e.getMessage());
        ConfigException list = failure("- extends: existence\n");
        assertEquals(1, list.line());
        assertTrue(list.getMessage().endsWith("a Vale rule must be a mapping of keys to values, not a list"),
                list.getMessage());
        assertTrue(failure("").getMessage().endsWith("not empty"));
    }

    @Test
    void notUtf8NamesWhere() throws Exception {
        Path file = styles.resolve("Bad").resolve("Rule.yml");
        Files.createDirectories(file.getParent());
        Files.write(file, "extends: existence\nmessage: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ConfigException e = assertThrows(ConfigException.class, () -> library().resolve("Bad.Rule"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().endsWith("not UTF-8 text"), e.getMessage());
    }

    @Test
    void unknownExtensionPointSuggestsTheClosest() throws Exception {
        ConfigException e = failure("message: x\nextends: existance\n");
        assertEquals(2, e.line());
        assertEquals(10, e.column());
        assertEquals("extends", e.key());
        assertTrue(e.getMessage().contains(
                "unknown extension point 'existance' (did you mean 'existence'?); known are "),
                e.getMessage());
        assertTrue(e.getMessage().contains("spelling"), "the ones not applied are known too");
    }

    @Test
    void requiredKeysAndLevelAndScopeAndCode() throws Exception {
        assertTrue(failure("message: x\n").getMessage().endsWith("extends: is required"));
        assertTrue(failure("extends: existence\n").getMessage().endsWith("message: is required"));
        ConfigException level = failure("extends: existence\nmessage: x\nlevel: Error\n");
        assertEquals(3, level.line());
        assertTrue(level.getMessage().endsWith(
                "'Error' is not one of suggestion, warning, error (did you mean 'error'?)"),
                level.getMessage());
        ConfigException scope = failure("extends: existence\nmessage: x\nscope: [text, bogus]\n");
        assertEquals(3, scope.line());
        assertEquals("scope", scope.key());
        assertTrue(scope.getMessage().contains("unknown scope 'bogus'"), scope.getMessage());
        ConfigException code = failure("extends: existence\nmessage: x\ncode: true\n");
        assertTrue(code.getMessage().endsWith("use 'scope: raw' instead"), code.getMessage());
        ConfigException limit = failure("extends: existence\nmessage: x\nlimit: many\n");
        assertEquals("limit", limit.key());
    }

    @Test
    void invalidRegexNamesTheLineOfTheToken() throws Exception {
        ConfigException e = failure("""
                extends: existence
                message: x
                tokens:
                  - good
                  - '(?<broken'
                """);
        assertEquals(5, e.line());
        assertEquals("tokens", e.key());
        assertTrue(e.getMessage().contains("invalid regex"), e.getMessage());
    }

    @Test
    void warnsAboutUnknownKeysTokensThatHardlyMatchAndPointsNotApplied() throws Exception {
        Path rule = write("Mine", "Rule.yml", """
                extends: existence
                message: x
                ignorecas: true
                action:
                  name: remove
                vocab: false
                tokens: ['etc\\.']
                """);
        Path spelling = write("Mine", "Spelling.yml", """
                extends: spelling
                message: "Did you really mean '%s'?"
                """);
        StyleLibrary library = library();
        assertEquals(List.of("Mine.Rule"),
                library.resolve("Mine").orElseThrow().stream().map(ValeRule::id).toList());
        assertEquals(Optional.of(List.of()), library.resolve("Mine.Spelling"),
                "a rule that is not applied exists, but yields nothing");
        String file = rule.toAbsolutePath().normalize().toString();
        List<String> warnings = library.warnings();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(file + ":3:12: Mine.Rule: ignorecas: unknown key"
                + " 'ignorecas' is ignored (did you mean 'ignorecase'?); 'existence' rules know "),
                warnings.get(0));
        assertTrue(warnings.get(1).startsWith(file + ":7:9: Mine.Rule: tokens: token 'etc\\.' ends"
                + " with a non-word char"), warnings.get(1));
        assertEquals(spelling.toAbsolutePath().normalize() + ":1:10: Mine.Spelling: extends: the"
                + " 'spelling' extension point is not applied yet; the rule is skipped",
                warnings.get(2));
    }

    @Test
    void aYmlFileWinsOverAYamlFileOfTheSameName() throws Exception {
        write("Mine", "Rule.yaml", "extends: existence\nmessage: from yaml\n");
        write("Mine", "Rule.yml", "extends: existence\nmessage: from yml\ntokens: [x]\n");
        assertEquals("from yml", library().resolve("Mine.Rule").orElseThrow().get(0).message());
    }
}
