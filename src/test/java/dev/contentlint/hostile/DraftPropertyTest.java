package dev.contentlint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.document.Body;
import dev.contentlint.document.FrontMatter;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.document.Heading;
import dev.contentlint.document.SourceText;
import dev.contentlint.document.Span;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleIds;
import dev.contentlint.yaml.YamlParser;
import dev.contentlint.yaml.YamlProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property tests (issue #6) with jqwik: random drafts, and the real example draft mutated
 * (lines and chars deleted, inserted and duplicated; {@code ---}, tabs, CRs, NULs, unicode, deep
 * nesting, backticks and link brackets injected). The front matter reader, the Markdown reader
 * and the whole engine (the example's configuration: types, schemas, sections, the Carter
 * styles, links) never throw, never report {@code internal}, every position lies inside the
 * file, and a finding's span holds the text that it reports.
 */
class DraftPropertyTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final String DRAFT = read(EXAMPLES.resolve("vault/posts/30_demos_bidirectional_carter.md"));

    /** What mutations inject: the hostile bits of Markdown and YAML. */
    private static final String[] INJECTED = {
        "---", "...", "\t", "\t- tab", "\r", "\r\n", "\u0000", "\uFEFF", "\u202E", "😀", "é", "—",
        "Here's", "here is", "[[", "]]", "[[carter_personality_v01#Nope]]", "](", "](missing.md)",
        "[x](#nowhere)", "```", "`", "``` \n", "<!--", "-->", "<!-- vale off -->",
        "<!-- contentlint-disable -->", "> > > > >", "- - - - -", "1. ", "* ", "#", "## NOTES",
        "### HOOK A", "### FULL POST", "## IDEA LEGOS", "| a | b |", "|---|---|", "key: [", "key: {",
        "&a [x, y]", "*a", "<<: *a", "? [k]", ": v", "name: x", "status: drafted", "tags:\n  - \"[[\"",
        "'", "\"", "\\", "====", "----", "&amp;", "<a href=\"#x\">", "[^1]", "[label]: /x",
    };

    private static Config config;
    private static Path tree;
    private static final FrontMatterReader READER = new FrontMatterReader(new YamlParser());

    @BeforeContainer
    static void copyExamples() throws Exception {
        tree = Files.createTempDirectory("contentlint-properties");
        copy(EXAMPLES.resolve("contentlint.yaml"), tree.resolve("contentlint.yaml"));
        copyTree(EXAMPLES.resolve("schemas"), tree.resolve("schemas"));
        copyTree(EXAMPLES.resolve("styles"), tree.resolve("styles"));
        copyTree(EXAMPLES.resolve("vault/people"), tree.resolve("vault/people"));
        config = new ConfigLoader().load(tree.resolve("contentlint.yaml"));
    }

    @AfterContainer
    static void deleteTree() throws IOException {
        deleteAll(tree);
    }

    // ---- Generators

    @Provide
    Arbitrary<String> drafts() {
        Arbitrary<String> mutated = Arbitraries.longs().map(DraftPropertyTest::mutate);
        Arbitrary<String> random = Arbitraries.strings()
                .withChars("-#[]()`>*_|:!&<>\\\"' \t\r\n\u0000aZ9—\u00e9")
                .ofMaxLength(300)
                // an astral char is two chars; jqwik's chars would split it, so it is put in whole
                .map(s -> (s.hashCode() % 2 == 0 ? "---\n" : "") + s.replace("Z", "😀"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, mutated),
                net.jqwik.api.Tuple.of(1, random));
    }

    /** The real draft with 1 to 12 random mutations, chosen by the seed. */
    static String mutate(long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of(DRAFT.split("\n", -1)));
        int mutations = 1 + random.nextInt(12);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(9)) {
                case 0 -> {
                    if (lines.size() > 1) {
                        lines.remove(at);
                    }
                }
                case 1 -> lines.add(at, pick(random));
                case 2 -> lines.add(at, lines.get(at));
                case 3 -> lines.set(at, insertAt(lines.get(at), pick(random), random));
                case 4 -> lines.set(at, deleteChars(lines.get(at), random));
                case 5 -> lines.set(at, lines.get(at) + (random.nextBoolean() ? "\r" : "\t"));
                case 6 -> lines.add(at, deep(random));
                case 7 -> lines.set(at, insertAt(lines.get(at), "`".repeat(1 + random.nextInt(40)), random));
                default -> lines.add(at, "---");
            }
        }
        return String.join("\n", lines);
    }

    private static String pick(Random random) {
        return INJECTED[random.nextInt(INJECTED.length)];
    }

    private static String insertAt(String line, String insert, Random random) {
        int[] points = line.codePoints().toArray();
        int at = points.length == 0 ? 0 : random.nextInt(points.length + 1);
        return new String(points, 0, at) + insert + new String(points, at, points.length - at);
    }

    private static String deleteChars(String line, Random random) {
        int[] points = line.codePoints().toArray();
        if (points.length == 0) {
            return line;
        }
        int from = random.nextInt(points.length);
        int to = Math.min(points.length, from + 1 + random.nextInt(10));
        return new String(points, 0, from) + new String(points, to, points.length - to);
    }

    private static String deep(Random random) {
        int depth = 10 + random.nextInt(300);
        return switch (random.nextInt(5)) {
            case 0 -> "x: " + "[".repeat(depth) + "]".repeat(depth);
            case 1 -> ">".repeat(depth) + " quoted";
            case 2 -> "- ".repeat(depth) + "item";
            case 3 -> "[[".repeat(depth);
            default -> "*_".repeat(depth) + "text";
        };
    }

    // ---- Properties

    @Property(tries = 200)
    void theFrontMatterReaderNeverThrowsAndPointsInsideTheFile(@ForAll("drafts") String text) {
        SourceText source = SourceText.of(text);
        FrontMatter frontMatter = READER.read(source);
        for (YamlProblem problem : frontMatter.problems()) {
            assertInside(source, problem.span(), problem.message());
        }
        frontMatter.yaml().locations().values().forEach(location -> {
            assertInside(source, location.key(), "a key's location");
            assertInside(source, location.value(), "a value's location");
        });
    }

    @Property(tries = 200)
    void theMarkdownReaderNeverThrowsAndItsHeadingsAreInTheFile(@ForAll("drafts") String text) {
        SourceText source = SourceText.of(text);
        FrontMatter frontMatter = READER.read(source);
        if (frontMatter.status() == FrontMatter.Status.UNCLOSED) {
            return;
        }
        Body body = dev.contentlint.document.MarkdownReader.SHARED.read(source, frontMatter);
        for (Heading heading : body.headings()) {
            assertTrue(heading.start() >= 0 && heading.start() <= source.text().length(), heading.toString());
        }
    }

    @Property(tries = 100)
    void theEngineNeverFailsAndEveryFindingHoldsItsText(@ForAll("drafts") String first,
            @ForAll("drafts") String second) throws Exception {
        Path posts = tree.resolve("vault/posts");
        deleteAll(posts);
        Files.createDirectories(posts);
        Files.writeString(posts.resolve("30_demos_bidirectional_carter.md"), first, StandardCharsets.UTF_8);
        Files.writeString(posts.resolve("31_mutated.md"), second, StandardCharsets.UTF_8);
        LintResult result = new Linter(config, 1).lint(tree.resolve("vault"));
        for (Finding finding : result.findings()) {
            assertNotEquals(RuleIds.INTERNAL, finding.rule(), finding.toString());
            if (!finding.path().startsWith("posts/")) {
                continue;
            }
            String text = Files.readString(tree.resolve("vault").resolve(finding.path()));
            SourceText source = SourceText.of(text);
            Span span = new Span(finding.line(), finding.column(), finding.endLine(), finding.endColumn());
            assertInside(source, span, finding.toString());
            if (finding.line() == finding.endLine() && finding.endColumn() > finding.column()) {
                String held = source.text().substring(source.offset(finding.line(), finding.column()),
                        source.offset(finding.endLine(), finding.endColumn()));
                assertFalse(held.isEmpty(), finding.toString());
                if (finding.rule().equals("Carter.EmDash")) {
                    assertEquals("—", held, finding.toString());
                }
                if (finding.rule().equals("Carter.Heres")) {
                    assertTrue(held.toLowerCase(Locale.ROOT).startsWith("here"), held + " " + finding);
                    assertTrue(finding.message().toLowerCase(Locale.ROOT).contains(held.toLowerCase(Locale.ROOT)),
                            held + " " + finding);
                }
            }
        }
    }

    /** A span lies inside the file: lines exist, columns at most one past a line's end. */
    static void assertInside(SourceText source, Span span, String what) {
        assertTrue(span.line() >= 1 && span.line() <= source.lineCount(), "line of " + span + ": " + what);
        assertTrue(span.endLine() >= 1 && span.endLine() <= source.lineCount(), "end line of " + span + ": " + what);
        assertTrue(span.column() <= width(source, span.line()) + 1, "column of " + span + ": " + what);
        assertTrue(span.endColumn() <= width(source, span.endLine()) + 1, "end column of " + span + ": " + what);
    }

    private static int width(SourceText source, int line) {
        String text = source.line(line);
        return text.codePointCount(0, text.length());
    }

    // ---- Files

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    copy(path, target);
                }
            }
        }
    }

    static void deleteAll(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
