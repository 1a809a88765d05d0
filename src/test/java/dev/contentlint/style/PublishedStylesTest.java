package dev.contentlint.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads every rule of the published Vale packages (Google, Microsoft, write-good...) from the
 * shared folder, which is not part of this repository: skipped where it is absent.
 */
class PublishedStylesTest {

    /**
     * Extension points that another change registers; until then their rules cannot load here,
     * and are counted as such rather than failing the test.
     */
    private static final Set<String> REGISTERED_ELSEWHERE = Set.of("consistency", "conditional",
            "capitalization", "metric", "readability");

    private static Path root;
    private static StyleLibrary library;
    /** Rule files by extension point, from reading their {@code extends}. */
    private static final Map<String, List<String>> FILES_BY_EXTENDS = new TreeMap<>();
    private static final List<ValeRule> LOADED = new ArrayList<>();
    private static final List<String> NOT_YET_LOADABLE = new ArrayList<>();

    @BeforeAll
    static void loadEverything() throws IOException, ConfigException {
        root = Stream.of(Path.of("../shared/vale-styles"), Path.of("/work/shared/vale-styles"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        if (root == null) {
            return;
        }
        library = new StyleLibrary(Optional.of(root));
        for (String style : library.styleNames()) {
            try (Stream<Path> files = Files.list(root.resolve(style))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                    String rule = file.getFileName().toString().replaceFirst("\\.yml$", "");
                    String extendsName = extendsOf(file);
                    FILES_BY_EXTENDS.computeIfAbsent(extendsName, k -> new ArrayList<>())
                            .add(style + "." + rule);
                    if (REGISTERED_ELSEWHERE.contains(extendsName)
                            && !ExtensionPoints.supported().contains(extendsName)) {
                        NOT_YET_LOADABLE.add(style + "." + rule);
                        continue;
                    }
                    LOADED.addAll(library.resolve(style + "." + rule).orElseThrow());
                }
            }
        }
    }

    private static String extendsOf(Path file) throws IOException {
        ParsedYaml yaml = new YamlParser().parse(Files.readString(file), 1);
        return yaml.json().path("extends").asText();
    }

    @Test
    void everyRuleOfAnAppliedExtensionPointLoads() {
        assumeTrue(root != null, "no shared vale-styles folder");
        assertEquals(7, library.styleNames().size(), library.styleNames().toString());
        Map<String, Integer> loadedByExtends = new TreeMap<>();
        LOADED.forEach(r -> loadedByExtends.merge(r.extensionPoint(), 1, Integer::sum));
        Map<String, Integer> expected = new TreeMap<>();
        FILES_BY_EXTENDS.forEach((point, files) -> {
            if (ExtensionPoints.supported().contains(point)) {
                expected.put(point, files.size());
            }
        });
        assertEquals(expected, loadedByExtends);
        // The counts of the packages as published (2025): 106 existence, 28 substitution.
        assertTrue(loadedByExtends.getOrDefault("existence", 0) >= 100, loadedByExtends.toString());
        assertTrue(loadedByExtends.getOrDefault("substitution", 0) >= 25, loadedByExtends.toString());
        for (String point : FILES_BY_EXTENDS.keySet()) {
            assertTrue(ExtensionPoints.supported().contains(point)
                    || REGISTERED_ELSEWHERE.contains(point) || ExtensionPoints.NOT_APPLIED.contains(point),
                    "an extension point nobody handles: " + point);
        }
    }

    @Test
    void rulesOfExtensionPointsNotRegisteredYetAreClearlyRejected() {
        assumeTrue(root != null, "no shared vale-styles folder");
        for (String id : NOT_YET_LOADABLE) {
            ConfigException e = assertThrows(ConfigException.class, () -> library.resolve(id));
            assertTrue(e.getMessage().contains(": extends: unknown extension point '"), e.getMessage());
        }
    }

    /**
     * The warnings, each checked by hand: all five are tokens ending (or, for "(s)he", starting)
     * with punctuation that prose puts next to a space, so that Vale's word boundary fails there.
     * The test below shows that they indeed do not match where prose writes them.
     */
    @Test
    void theWarningsAreTheExpectedOnes() {
        assumeTrue(root != null, "no shared vale-styles folder");
        List<String> warnings = library.warnings();
        warnings.forEach(System.out::println);
        Pattern shape = Pattern.compile("^.+\\.yml:\\d+:\\d+: (\\S+): (\\w+): (?:swap key|token) '(.+?)' ");
        List<String> found = new ArrayList<>();
        for (String warning : warnings) {
            Matcher m = shape.matcher(warning);
            assertTrue(m.find(), warning);
            found.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        assertEquals(List.of(
                "Google.Gender tokens \\(s\\)he",
                "Google.WordList swap approx\\.",
                "Google.WordList swap vs\\.",
                "alex.Gendered swap miss\\.",
                "alex.Gendered swap mrs\\."), found.stream().sorted().toList());
    }

    @Test
    void theWarnedTokensIndeedMissWhereProseWritesThem() {
        assumeTrue(root != null, "no shared vale-styles folder");
        assertEquals(List.of(), alertTexts("Google.Gender", "Ask whether (s)he agrees."));
        assertEquals(List.of("(s)he"), alertTexts("Google.Gender", "Ask whether x(s)he agrees."));
        assertEquals(List.of(), alertTexts("Google.WordList", "It takes approx. ten minutes."));
        assertEquals(List.of(), alertTexts("Google.WordList", "Python vs. Java."));
        assertEquals(List.of(), alertTexts("alex.Gendered", "Ask Mrs. Smith."));
    }

    @Test
    void everyRuleRunsOverProseAndTheKnownOnesFire() {
        assumeTrue(root != null, "no shared vale-styles folder");
        List<String> fired = new ArrayList<>();
        for (ValeRule rule : LOADED) {
            for (Alert alert : run(rule, sample())) {
                assertTrue(alert.start() >= 1000 && alert.end() >= alert.start(), rule.id() + alert);
                fired.add(rule.id() + " " + rule.format(alert));
            }
        }
        fired.forEach(System.out::println);
        for (String expected : List.of(
                "write-good.Weasel 'very' is a weasel word!",
                "proselint.Very Remove 'very'.",
                "write-good.Passive 'was killed' may be passive voice. Use active voice if you can.",
                "write-good.Illusions 'the' is repeated!",
                "alex.Race Consider using 'passlist', 'alrightlist', 'safelist', or 'allow list'"
                        + " instead of 'whitelist'.",
                "Microsoft.Wordiness Consider using 'use' instead of 'Utilize'.",
                "Google.Latin Use 'for example' instead of 'e.g.'.",
                "proselint.Hedging ', so to speak' is hedging.",
                "Google.Colons ': T' should be in lowercase.",
                "Microsoft.SentenceLength Try to keep sentences short (< 30 words).")) {
            assertTrue(fired.contains(expected), expected + " not in\n" + String.join("\n", fired));
        }
        // A heading-only rule fires on the heading alone.
        assertTrue(fired.contains("Google.HeadingPunctuation Don't put a period at the end of a heading."));
        assertEquals(1, fired.stream().filter(f -> f.startsWith("Google.HeadingPunctuation")).count());
    }

    private static List<String> alertTexts(String id, String text) {
        ValeRule rule = LOADED.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        TextBlock block = StyleTestSupport.block(0, text);
        return rule.check().check(StyleTestSupport.whole(block)).stream()
                .map(a -> text.substring(a.start(), a.end())).toList();
    }

    /** The sample's blocks (at source offset 1000 on), as Vale would hand them to one rule. */
    private static List<Alert> run(ValeRule rule, List<TextBlock> blocks) {
        List<TextBlock> scoped = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (rule.scope().matches(block)) {
                scoped.addAll(rule.scope().bySentence() ? sentences(block) : List.of(block));
            }
        }
        return rule.check().check(new ScopedText(scoped, 1000, 1001, rule.scope().perBlock()));
    }

    private static List<TextBlock> sample() {
        List<TextBlock> blocks = new ArrayList<>();
        int[] next = {1000};
        java.util.function.BiConsumer<Set<String>, String> add = (scopes, text) -> {
            int[] offsets = new int[text.length()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = next[0] + i;
            }
            blocks.add(new TextBlock(scopes, text, offsets));
            next[0] += text.length() + 2;
        };
        add.accept(Set.of("heading", "heading.h1"), "A guide to the new tools.");
        add.accept(Set.of("paragraph"), "This is very, very important. The the cat was killed by"
                + " the dog, so to speak. Utilize the whitelist, e.g. for tests.");
        add.accept(Set.of("paragraph"), "Note: The build runs twice, once for each of the many"
                + " modules that we keep in the repository and once more for the integration tests"
                + " that check how the plugin behaves in a real build with real files in it today."
                + " We will ship it.");
        add.accept(Set.of("list", "paragraph"), "Obviously, it was crazy and the the ending was good.");
        return blocks;
    }

    /** Sentences by a simple rule (a period, ! or ? and a space), enough for the sample. */
    private static List<TextBlock> sentences(TextBlock block) {
        List<TextBlock> sentences = new ArrayList<>();
        Matcher end = Pattern.compile("[.!?](?:\\s+|$)").matcher(block.text());
        int start = 0;
        while (end.find()) {
            sentences.add(block.slice(start, end.start() + 1));
            start = end.end();
        }
        if (start < block.text().length()) {
            sentences.add(block.slice(start, block.text().length()));
        }
        return sentences;
    }
}
