package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.ANCHOR_END;
import static dev.contentlint.style.StyleTestSupport.ANCHOR_START;
import static dev.contentlint.style.StyleTestSupport.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules of the shared Vale packages that these checks implement, built and run. */
class SharedValeStylesTest {

    private static final Map<String, CheckFactory> FACTORIES = Map.of(
            "metric", MetricCheck::from,
            "readability", ReadabilityCheck::from,
            "capitalization", CapitalizationCheck::from,
            "conditional", ConditionalCheck::from,
            "consistency", ConsistencyCheck::from);

    private static final ScopedText SAMPLE = new ScopedText(List.of(
            block(0, "Getting Started With The CLI", "heading", "heading.h1"),
            block(40, "The World Health Organization (WHO) publishes guidance. The WHO and the"
                    + " UNICEF colour their reports; we color ours. Readability formulas"
                    + " estimate the difficulty of a passage from its sentences, words and"
                    + " syllables.", "paragraph"),
            block(300, "Organise the work and organize the team.", "paragraph", "list"),
            block(400, "Installation steps", "heading", "heading.h2")),
            ANCHOR_START, ANCHOR_END, false);

    private record Built(String id, String extensionPoint, Scope scope, Check check) {

        /** The check on the sample's blocks of the rule's scope, as the engine gives them. */
        List<Alert> run(ScopedText text) {
            List<TextBlock> blocks = text.blocks().stream().filter(scope::matches).toList();
            return check.check(new ScopedText(blocks, text.anchorStart(), text.anchorEnd(),
                    scope.perBlock()));
        }
    }

    private static List<Built> buildAll(Path styles) throws IOException, ConfigException {
        List<Built> built = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(styles, 2)) {
            files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        for (Path file : files) {
            String id = file.getParent().getFileName() + "."
                    + file.getFileName().toString().replace(".yml", "");
            RuleSource source = StyleTestSupport.rule(file, id,
                    Files.readString(file, StandardCharsets.UTF_8));
            JsonNode extendsNode = source.node("extends");
            String extensionPoint = extendsNode == null ? "" : extendsNode.asText();
            CheckFactory factory = FACTORIES.get(extensionPoint);
            if (factory != null) {
                built.add(new Built(id, extensionPoint, Scope.parse(source.strings("scope")),
                        factory.create(source)));
            }
        }
        return built;
    }

    @Test
    void everyRuleOfTheseExtensionPointsBuildsAndRuns() throws Exception {
        Optional<Path> styles = StyleTestSupport.sharedStyles();
        assumeTrue(styles.isPresent(), "the shared Vale packages are not on this machine");
        List<Built> rules = buildAll(styles.get());
        Map<String, Integer> perPoint = new TreeMap<>();
        for (Built rule : rules) {
            perPoint.merge(rule.extensionPoint(), 1, Integer::sum);
            rule.run(SAMPLE);
            rule.check().check(new ScopedText(List.of(), 0, 0, false));
        }
        assertTrue(perPoint.getOrDefault("metric", 0) >= 7, perPoint.toString());
        assertTrue(perPoint.getOrDefault("capitalization", 0) >= 2, perPoint.toString());
        assertTrue(perPoint.getOrDefault("conditional", 0) >= 2, perPoint.toString());
        assertTrue(perPoint.getOrDefault("consistency", 0) >= 1, perPoint.toString());
    }

    @Test
    void theSharedRulesFindWhatTheyAreFor() throws Exception {
        Optional<Path> styles = StyleTestSupport.sharedStyles();
        assumeTrue(styles.isPresent(), "the shared Vale packages are not on this machine");
        Map<String, List<Alert>> found = new TreeMap<>();
        for (Built rule : buildAll(styles.get())) {
            found.put(rule.id(), rule.run(SAMPLE));
        }
        // "Getting Started With The CLI" is not in sentence case; "Installation steps" is
        assertEquals(List.of(Alert.of(0, 28, "Getting Started With The CLI",
                "Getting started with the CLI")), found.get("Microsoft.Headings"));
        assertEquals(1, found.get("Google.Headings").size());
        // UNICEF is not an acronym of 3 to 5 letters; WHO is defined
        assertEquals(List.of(), found.get("Microsoft.Acronyms"));
        // colour, then color; organise, then organize
        List<String> inconsistent = found.get("proselint.Spelling").stream()
                .map(a -> a.args().get(0)).toList();
        assertEquals(List.of("color", "organize"), inconsistent);
        assertFalse(found.get("Readability.FleschKincaid").isEmpty());
    }

    @Test
    void fleschKincaidOfAKnownPassage() throws Exception {
        Optional<Path> styles = StyleTestSupport.sharedStyles();
        assumeTrue(styles.isPresent(), "the shared Vale packages are not on this machine");
        Path file = styles.get().resolve("Readability/FleschKincaid.yml");
        Check check = MetricCheck.from(StyleTestSupport.rule(file, "Readability.FleschKincaid",
                Files.readString(file, StandardCharsets.UTF_8)));
        // 10 words, 2 sentences, 21 syllables (the, cat, sat, on, the, mat: 1 each;
        // read-a-bil-i-ty 5, for-mu-las 3, es-ti-mate 3, dif-fi-cul-ty 4):
        // 0.39 * 10/2 + 11.8 * 21/10 - 15.59 = 1.95 + 24.78 - 15.59 = 11.14
        TextBlock passage = block(0,
                "The cat sat on the mat. Readability formulas estimate difficulty.");
        List<Alert> alerts = check.check(new ScopedText(List.of(passage), ANCHOR_START,
                ANCHOR_END, false));
        assertEquals(1, alerts.size());
        assertEquals(11.14, Double.parseDouble(alerts.get(0).args().get(0)), 0.005);
        assertEquals(ANCHOR_START, alerts.get(0).start());
    }
}
