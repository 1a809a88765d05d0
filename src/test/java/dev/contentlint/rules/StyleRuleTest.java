package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static dev.contentlint.rules.SectionTestSupport.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.TextBlock;
import dev.contentlint.style.Alert;
import dev.contentlint.style.Check;
import dev.contentlint.style.Scope;
import dev.contentlint.style.ValeRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StyleRuleTest {

    /** Alerts on every em dash of the blocks it is given. */
    private static final Check DASHES = text -> {
        List<Alert> alerts = new ArrayList<>();
        for (TextBlock block : text.blocks()) {
            for (int i = block.text().indexOf('—'); i >= 0; i = block.text().indexOf('—', i + 1)) {
                alerts.add(Alert.of(block.sourceOffset(i), block.sourceEnd(i + 1), "—"));
            }
        }
        return alerts;
    };

    /** Alerts once per region, with the number of blocks it read. */
    private static final Check COUNT = text -> List.of(Alert.of(text.anchorStart(), text.anchorEnd(),
            String.valueOf(text.blocks().size())));

    private static ValeRule rule(String id, Check check, List<String> scope, int limit) {
        return new ValeRule(id, Path.of(id + ".yml"), "existence", Severity.WARNING,
                "found '%s'", Scope.parse(scope), Optional.empty(), limit, check);
    }

    private static final String DRAFT = """
            ---
            title: x
            ---
            # Title — dash

            ## HOOK A
            Hook — one.

            ## FULL POST
            Post — two, `code — not prose`.

            | Col — head |
            |---|
            | cell — x |

            > quoted — three

            ## NOTES
            Notes — four.
            """;

    @Test
    void aSectionsStylesApplyInsideThatSectionOnly() {
        List<SectionSpec> sections = List.of(spec("HOOK A*"), spec("FULL POST"), spec("NOTES"));
        StyleRule rule = new StyleRule(rule("Carter.EmDash", DASHES, List.of("text"), 0), false,
                sections, List.of(sections.get(0), sections.get(1)));
        assertEquals("""
                7:6-7:7 warning [Carter.EmDash] found '—'
                10:6-10:7 warning [Carter.EmDash] found '—'
                12:7-12:8 warning [Carter.EmDash] found '—'
                14:8-14:9 warning [Carter.EmDash] found '—'
                16:10-16:11 warning [Carter.EmDash] found '—'
                """, lines(run(rule, "p.md", DRAFT)));
    }

    @Test
    void scopeNarrowsToElements() {
        List<SectionSpec> sections = List.of(spec("FULL POST"));
        StyleRule paragraphs = new StyleRule(rule("S.R", DASHES, List.of("paragraph & ~blockquote"), 0),
                false, sections, sections);
        assertEquals("10:6-10:7 warning [S.R] found '—'\n", lines(run(paragraphs, "p.md", DRAFT)));
        StyleRule headings = new StyleRule(rule("S.R", DASHES, List.of("heading"), 0), true,
                sections, List.of());
        assertEquals("4:9-4:10 warning [S.R] found '—'\n", lines(run(headings, "p.md", DRAFT)));
    }

    @Test
    void theWholeBodyAndASectionReportEachPlaceOnceAndTheLimitHolds() {
        List<SectionSpec> sections = List.of(spec("NOTES"));
        StyleRule both = new StyleRule(rule("S.R", DASHES, List.of("text"), 0), true, sections, sections);
        assertEquals(7, run(both, "p.md", DRAFT).size());
        StyleRule limited = new StyleRule(rule("S.R", DASHES, List.of("text"), 2), true, sections,
                sections);
        assertEquals("""
                4:9-4:10 warning [S.R] found '—'
                7:6-7:7 warning [S.R] found '—'
                """, lines(run(limited, "p.md", DRAFT)));
    }

    @Test
    void aRegionAlertGoesToTheSectionsHeadingOrTheBodysFirstLine() {
        List<SectionSpec> sections = List.of(spec("FULL POST"));
        StyleRule rule = new StyleRule(rule("S.Count", COUNT, List.of("text"), 0), true, sections,
                sections);
        assertEquals("""
                4:1-4:15 warning [S.Count] found '10'
                9:1-9:13 warning [S.Count] found '4'
                """, lines(run(rule, "p.md", DRAFT)));
    }

    @Test
    void sentenceScopeReadsSentenceBySentence() {
        StyleRule rule = new StyleRule(rule("S.Count", COUNT, List.of("sentence"), 0), true,
                List.of(), List.of());
        assertEquals("1:1-1:36 warning [S.Count] found '3'\n",
                lines(run(rule, "p.md", "One sentence. Another one! A third?\n")));
    }

    @Test
    void rulesOfOneScopeShareARegionsBlocksAndOtherScopesAndRegionsGetTheirOwn() {
        List<SectionSpec> sections = List.of(spec("FULL POST"));
        java.util.Map<String, List<List<TextBlock>>> seen = new java.util.TreeMap<>();
        java.util.Map<String, List<dev.contentlint.style.RegionStats>> stats = new java.util.TreeMap<>();
        java.util.function.BiFunction<String, List<String>, StyleRule> recording = (id, scope) ->
                new StyleRule(rule(id, text -> {
                    seen.computeIfAbsent(id, k -> new ArrayList<>()).add(text.blocks());
                    stats.computeIfAbsent(id, k -> new ArrayList<>()).add(text.stats());
                    return List.of();
                }, scope, 0), true, sections, sections);
        // Scopes parsed apart, as two rule files would give them.
        List<StyleRule> rules = List.of(recording.apply("A.Text", List.of("text")),
                recording.apply("B.Text", List.of("text")),
                recording.apply("C.Sentence", List.of("sentence")),
                recording.apply("D.Sentence", List.of("sentence")),
                recording.apply("E.Paragraph", List.of("paragraph & ~blockquote")));
        dev.contentlint.document.Document document = RuleTestSupport.document("p.md", DRAFT);
        FindingCollector findings = new FindingCollector("p.md", RuleLevels.DEFAULTS);
        for (StyleRule rule : rules) {
            rule.check(document, findings);
        }
        // Each rule read the whole body, then the section.
        List<TextBlock> body = seen.get("A.Text").get(0);
        List<TextBlock> section = seen.get("A.Text").get(1);
        assertEquals(10, body.size());
        assertEquals(4, section.size());
        org.junit.jupiter.api.Assertions.assertSame(body, seen.get("B.Text").get(0));
        org.junit.jupiter.api.Assertions.assertSame(section, seen.get("B.Text").get(1));
        org.junit.jupiter.api.Assertions.assertSame(seen.get("C.Sentence").get(0),
                seen.get("D.Sentence").get(0));
        org.junit.jupiter.api.Assertions.assertSame(seen.get("C.Sentence").get(1),
                seen.get("D.Sentence").get(1));
        // Another scope, or another region, is not given the same blocks.
        List<TextBlock> paragraphs = seen.get("E.Paragraph").get(1);
        assertEquals(1, paragraphs.size());
        org.junit.jupiter.api.Assertions.assertTrue(paragraphs.get(0).text().startsWith("Post — two"),
                paragraphs.get(0).text());
        org.junit.jupiter.api.Assertions.assertNotSame(section, paragraphs);
        org.junit.jupiter.api.Assertions.assertNotSame(body, seen.get("C.Sentence").get(0));
        org.junit.jupiter.api.Assertions.assertNotSame(body, section);
        // So are the counts that metric rules read: one measurement per region and scope.
        org.junit.jupiter.api.Assertions.assertSame(stats.get("A.Text").get(0), stats.get("B.Text").get(0));
        org.junit.jupiter.api.Assertions.assertSame(stats.get("A.Text").get(1), stats.get("B.Text").get(1));
        org.junit.jupiter.api.Assertions.assertNotSame(stats.get("A.Text").get(0), stats.get("A.Text").get(1));
        org.junit.jupiter.api.Assertions.assertNotSame(stats.get("A.Text").get(1), stats.get("C.Sentence").get(1));
        org.junit.jupiter.api.Assertions.assertNotSame(stats.get("A.Text").get(1),
                stats.get("E.Paragraph").get(1));
    }

    @Test
    void aRuleWhoseRegexBacktracksWithoutEndIsStoppedAndReportedAndTheOtherRulesRun()
            throws Exception {
        Path styles = java.nio.file.Files.createTempDirectory("styles");
        java.nio.file.Files.createDirectories(styles.resolve("Bad"));
        java.nio.file.Files.writeString(styles.resolve("Bad/Loop.yml"),
                "extends: existence\nmessage: '%s'\nraw: ['(.*a){12}$']\n");
        ValeRule loop = new dev.contentlint.style.StyleLibrary(Optional.of(styles))
                .resolve("Bad.Loop").orElseThrow().get(0);
        String text = "---\ntitle: x\n---\nIntro — " + "a".repeat(60) + "!\n";
        long start = System.nanoTime();
        List<Finding> findings = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> {
                    List<Finding> all = new ArrayList<>();
                    all.addAll(run(new StyleRule(loop, true, List.of(), List.of()), "a.md", text));
                    all.addAll(run(new StyleRule(rule("T.Dash", DASHES, List.of(), 0), true,
                            List.of(), List.of()), "a.md", text));
                    return all;
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("""
                4:1-4:1 warning [Bad.Loop] rule Bad.Loop was stopped after 2000 ms on this file, the time one rule may take on it: a regex of the rule may backtrack without end on this text; the file's other rules ran. Rewrite the regex in %s, or turn the rule off in levels
                4:7-4:8 warning [T.Dash] found '—'
                """.formatted(styles.resolve("Bad/Loop.yml")), lines(findings));
        org.junit.jupiter.api.Assertions.assertTrue(seconds < 30, "stopped after " + seconds + " s");
    }
}
