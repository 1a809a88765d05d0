package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.found;
import static dev.contentlint.style.StyleTestSupport.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.document.TextBlock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the shared Vale packages that has a prefilter finds, with it, exactly what its
 * regex finds without it, on text full of the rules' own words: the lines of every rule file,
 * and the example drafts.
 */
class SharedStylesFastPathTest {

    @Test
    void prefiltersAndMatchStartsChangeNothingThatTheRulesFind() throws Exception {
        Optional<Path> styles = StyleTestSupport.sharedStyles();
        assumeTrue(styles.isPresent(), "../shared/vale-styles is not here");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(styles.get(), 2)) {
            files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                // "- word" and "key: value" lines become prose holding the rules' words
                texts.add(line.replaceAll("^\\s*-\\s*", "").replace(":", " ").replace("'", ""));
            }
        }
        Path examples = styles.get().resolveSibling("examples");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> walk = Files.walk(examples)) {
                for (Path draft : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
                    texts.addAll(List.of(Files.readString(draft).split("\n\n")));
                }
            }
        }
        List<TextBlock> blocks = texts.stream().map(t -> block(0, t, "paragraph")).toList();
        ScopedText scoped = new ScopedText(blocks, 0, 0, false);

        int patterns = 0;
        int matches = 0;
        int skipped = 0;
        java.util.Map<Path, List<ProsePattern>> byPackage = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            String id = file.getParent().getFileName() + "."
                    + file.getFileName().toString().replace(".yml", "");
            RuleSource source = StyleTestSupport.rule(file, id,
                    Files.readString(file, StandardCharsets.UTF_8));
            JsonNode extendsNode = source.node("extends");
            String point = extendsNode == null ? "" : extendsNode.asText();
            List<ProsePattern> prose = new ArrayList<>();
            if (point.equals("existence")) {
                prose.add(((ExistenceCheck) ExistenceCheck.from(source)).pattern());
            } else if (point.equals("substitution")) {
                prose.add(SubstitutionCheck.from(source).pattern());
            } else if (point.equals("consistency")) {
                ConsistencyCheck check = (ConsistencyCheck) ConsistencyCheck.from(source);
                Prefilter shared = check.prefilters().get(0);
                for (int p = 0; p < check.pairs().size(); p++) {
                    Pattern pair = check.pairs().get(p);
                    for (TextBlock block : blocks) {
                        BitSet candidates = shared.candidates(block.text());
                        if (pair.matcher(block.text()).find()) {
                            assertTrue(candidates.get(p), id + " pair " + p + " on '"
                                    + block.text() + "'");
                            matches++;
                        }
                    }
                    patterns++;
                }
            }
            byPackage.computeIfAbsent(file.getParent(), p -> new ArrayList<>()).addAll(prose);
            for (ProsePattern pattern : prose) {
                patterns++;
                for (TextBlock block : blocks) {
                    List<String> expected = found(pattern.pattern(), block);
                    List<String> actual = hits(pattern, scoped, block);
                    if (expected.isEmpty() && !scoped.mayMatch(pattern.prefilter(), block)) {
                        skipped++;
                    }
                    assertEquals(expected, actual, id + " on '" + block.text() + "'");
                    matches += expected.size();
                }
            }
        }
        assertTrue(patterns > 130, patterns + " patterns");
        assertTrue(matches > 8000, matches + " matches");
        assertTrue(skipped > 800_000, skipped + " blocks skipped by the prefilters");

        // As a type applies them: each package's rules share one scan of each block.
        int shared = 0;
        for (var entry : byPackage.entrySet()) {
            List<Check> checks = entry.getValue().stream().map(StyleTestSupport::checkOf)
                    .toList();
            SharedPrefilter.Scan scan = SharedPrefilter.of(checks).newScan();
            ScopedText together = new ScopedText(blocks, 0, 0, false, RegexBudget.NONE, scan);
            for (ProsePattern pattern : entry.getValue()) {
                shared += pattern.matchStarts().stream().filter(scan::shares).count();
                for (TextBlock block : blocks) {
                    assertEquals(found(pattern.pattern(), block), hits(pattern, together, block),
                            entry.getKey().getFileName() + " /" + pattern.pattern() + "/ on '"
                            + block.text() + "'");
                }
            }
        }
        assertTrue(shared > 100, shared + " rules' starts found by their package's shared scan");
    }
}
