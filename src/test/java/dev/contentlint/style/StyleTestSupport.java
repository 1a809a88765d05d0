package dev.contentlint.style;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Blocks, regions and rule files made by hand for the checks' tests. */
final class StyleTestSupport {

    /** Where a region's alerts about itself go in these tests. */
    static final int ANCHOR_START = 3;
    static final int ANCHOR_END = 17;

    private StyleTestSupport() {}

    /**
     * A check with the pattern's prefilter and match starts, as a rule built on the pattern has
     * them, for a {@link SharedPrefilter} to join; it reports nothing itself.
     */
    static Check checkOf(ProsePattern pattern) {
        return new Check() {
            @Override
            public List<Alert> check(ScopedText text) {
                return List.of();
            }

            @Override
            public List<Prefilter> prefilters() {
                return List.of(pattern.prefilter());
            }

            @Override
            public List<MatchStarts> matchStarts() {
                return pattern.matchStarts();
            }
        };
    }

    /** Every match the regex engine finds in a block, as "start-end". */
    static List<String> found(java.util.regex.Pattern pattern, TextBlock block) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = pattern.matcher(block.text());
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    /** Every match a prose pattern's hits find in a block, as "start-end". */
    static List<String> hits(ProsePattern pattern, ScopedText text, TextBlock block) {
        List<String> found = new java.util.ArrayList<>();
        ProsePattern.Hits hits = pattern.hits(text, block);
        while (hits.find()) {
            found.add(hits.matcher().start() + "-" + hits.matcher().end());
        }
        return found;
    }

    /** A block whose chars sit at {@code base}, {@code base + 1}... in the source. */
    static TextBlock block(int base, String text, String... scopes) {
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = base + i;
        }
        return new TextBlock(Set.of(scopes), text, offsets);
    }

    /**
     * A block with a stretch of source left out before index {@code at} (as inline code is), so
     * that the chars from there on sit {@code gap} further.
     */
    static TextBlock blockWithGap(int base, int at, int gap, String text, String... scopes) {
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = base + i + (i >= at ? gap : 0);
        }
        return new TextBlock(Set.of(scopes), text, offsets);
    }

    /**
     * A paragraph at base whose source has {@code skipped} chars left out before char {@code at}.
     */
    static TextBlock blockWithGap(int base, String text, int at, int skipped) {
        return blockWithGap(base, at, skipped, text, "paragraph");
    }

    /** The blocks as one region read as a whole, anchored at 0..3. */
    static ScopedText whole(TextBlock... blocks) {
        return new ScopedText(List.of(blocks), 0, 3, false);
    }

    /** The blocks as units of their own (a sentence or paragraph scope), anchored at 0..3. */
    static ScopedText perBlock(TextBlock... blocks) {
        return new ScopedText(List.of(blocks), 0, 3, true);
    }

    /** Runs a check made by a factory from YAML. */
    static List<Alert> run(CheckFactory factory, String yaml, ScopedText text) throws ConfigException {
        return factory.create(source(yaml)).check(text);
    }

    static ScopedText region(TextBlock... blocks) {
        return new ScopedText(Arrays.asList(blocks), ANCHOR_START, ANCHOR_END, false);
    }

    static final Path RULE_FILE = Path.of("styles", "Test", "Rule.yml");

    /** A rule file's source from YAML text. */
    static RuleSource source(String yaml) {
        return rule(RULE_FILE, "Test.Rule", yaml);
    }

    static RuleSource rule(String yaml) {
        return source(yaml);
    }

    static RuleSource rule(Path file, String id, String yaml) {
        ParsedYaml parsed = new YamlParser().parse(yaml, 1);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalArgumentException(file + ": " + parsed.problems());
        }
        return new RuleSource(file, id, parsed, (ObjectNode) parsed.json());
    }

    /** The shared Vale packages, where this machine has them. */
    static Optional<Path> sharedStyles() {
        for (Path candidate : List.of(Path.of("../shared/vale-styles"),
                Path.of("/work/shared/vale-styles"))) {
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
