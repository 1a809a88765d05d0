package dev.contentlint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.document.SourceText;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline's matching under the edits a content tree sees between the day the baseline was
 * recorded and a later build: lines inserted above, text edited, findings added to a file that
 * has the same ones, a finding moved to another file, point findings, messages with numbers.
 * Findings come from a tiny rule over real files, so the keys are read from disk as in a build.
 */
class BaselineMatcherTest {

    @TempDir
    Path root;

    private static final String POST = """
            ---
            title: A post
            ---
            # A post — with a dash in the title

            First paragraph — with a dash.
            Second line is very plain.

            Last paragraph — again — twice.
            """;

    /** Writes a file under the content root. */
    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every match of a regex in a file's text, as a finding of one rule, in report order. */
    private List<Finding> find(String path, String regex, String rule, String message)
            throws IOException {
        SourceText source = SourceText.of(Files.readString(root.resolve(path)));
        Matcher m = Pattern.compile(regex).matcher(source.text());
        List<Finding> findings = new ArrayList<>();
        while (m.find()) {
            findings.add(new Finding(path, source.lineOf(m.start()), source.columnOf(m.start()),
                    source.lineOf(m.end()), source.columnOf(m.end()), Severity.WARNING, rule,
                    message.replace("%s", m.group())));
        }
        return findings;
    }

    private List<Finding> dashes(String path) throws IOException {
        return find(path, "\u2014", "House.EmDash", "Don't use an em dash ('%s').");
    }

    private Baseline record(List<Finding> findings) {
        return Baseline.of(new Fingerprints(root).keys(findings));
    }

    private BaselineMatch match(Baseline baseline, List<Finding> findings) {
        return BaselineMatcher.match(baseline, "contentlint-baseline.json", findings,
                new Fingerprints(root).keys(findings));
    }

    private static List<Finding> newOnes(BaselineMatch match, List<Finding> findings) {
        return findings.stream().filter(f -> !match.isBaselined(f)).toList();
    }

    @Test
    void linesInsertedAboveKeepEveryFindingBaselined() throws IOException {
        write("posts/a.md", POST);
        Baseline baseline = record(dashes("posts/a.md"));
        assertEquals(4, baseline.findings());

        write("posts/a.md", POST.replace("---\ntitle: A post\n---\n",
                "---\ntitle: A post\ntags: [one, two]\nstatus: draft\n---\n\nAn intro.\n\n"));
        List<Finding> shifted = dashes("posts/a.md");
        assertEquals(4, shifted.size());
        assertEquals(9, shifted.get(0).line(), "the title moved from line 4 to 9");

        BaselineMatch match = match(baseline, shifted);
        assertEquals(List.of(), newOnes(match, shifted));
        assertEquals(List.of(), match.fixed());
    }

    @Test
    void aFindingWhoseTextIsEditedIsNew() throws IOException {
        write("a.md", "It is very good and very clear.\n");
        List<Finding> before = find("a.md", "very|really", "House.Hedge", "Drop it.");
        Baseline baseline = record(before);

        write("a.md", "It is really good and very clear.\n");
        List<Finding> after = find("a.md", "very|really", "House.Hedge", "Drop it.");
        BaselineMatch match = match(baseline, after);

        assertEquals(List.of(after.get(0)), newOnes(match, after), "'really' is new");
        assertEquals(1, match.fixedFindings(), "the first 'very' is gone");
        assertEquals("very", match.fixed().get(0).key().text());
    }

    @Test
    void countsAcceptExactlyAsManyAsWereRecorded() throws IOException {
        write("posts/a.md", "One — two — three — end.\n");
        Baseline baseline = record(dashes("posts/a.md"));
        assertEquals(1, baseline.entries().size());
        assertEquals(3, baseline.entries().get(0).count());

        write("posts/a.md", "One — two — three — four — end.\n");
        List<Finding> four = dashes("posts/a.md");
        BaselineMatch match = match(baseline, four);
        List<Finding> fresh = newOnes(match, four);
        assertEquals(1, fresh.size(), "exactly one of four is new");
        assertEquals(four.get(3), fresh.get(0), "the last in report order");

        write("posts/a.md", "One — two, three — end.\n");
        List<Finding> two = dashes("posts/a.md");
        BaselineMatch fewer = match(baseline, two);
        assertEquals(List.of(), newOnes(fewer, two));
        assertEquals(1, fewer.fixedFindings(), "one of the three was fixed");
    }

    @Test
    void aFindingMovedToAnotherFileIsNewThere() throws IOException {
        write("posts/a.md", "Keep — this.\n");
        write("posts/b.md", "Nothing here.\n");
        Baseline baseline = record(dashes("posts/a.md"));

        write("posts/a.md", "Keep this.\n");
        write("posts/b.md", "Nothing here.\nKeep — this.\n");
        List<Finding> moved = dashes("posts/b.md");
        BaselineMatch match = match(baseline, moved);

        assertEquals(moved, newOnes(match, moved));
        assertEquals(1, match.fixedFindings());
        assertEquals("posts/a.md", match.fixed().get(0).key().path());
    }

    @Test
    void theSameFindingInTwoFilesIsTwoEntries() throws IOException {
        write("a.md", "x — y\n");
        write("b.md", "x — y\n");
        List<Finding> both = new ArrayList<>(dashes("a.md"));
        both.addAll(dashes("b.md"));
        Baseline baseline = record(both);
        assertEquals(2, baseline.entries().size());
        assertEquals(2, baseline.files());

        // b.md gains a second dash: it is new, a.md's stays accepted.
        write("b.md", "x — y — z\n");
        List<Finding> now = new ArrayList<>(dashes("a.md"));
        now.addAll(dashes("b.md"));
        BaselineMatch match = match(baseline, now);
        assertEquals(1, newOnes(match, now).size());
        assertEquals("b.md", newOnes(match, now).get(0).path());
    }

    @Test
    void pointFindingsKeyOnRuleAndMessage() throws IOException {
        write("posts/Bad-Name.md", "# Title\n");
        Finding name = new Finding("posts/Bad-Name.md", 1, 1, 1, 1, Severity.ERROR, "filename",
                "file name 'Bad-Name.md' does not match [a-z0-9_]+\\.md; rename the file");
        Baseline baseline = record(List.of(name));
        BaselineKey key = baseline.entries().get(0).key();
        assertEquals("", key.text(), "a point has no text");

        // The first line changes entirely: the point finding keeps its key.
        write("posts/Bad-Name.md", "---\ntitle: x\n---\n# Another title\n");
        BaselineMatch match = match(baseline, List.of(name));
        assertTrue(match.isBaselined(name));

        // Another point finding of the same rule in the same file is not the same one.
        Finding other = new Finding("posts/Bad-Name.md", 1, 1, 1, 1, Severity.ERROR,
                "frontmatter.missing", "no front matter");
        assertFalse(match(baseline, List.of(other)).isBaselined(other));
    }

    @Test
    void digitsInMessagesDoNotMatter() throws IOException {
        write("a.md", "# Hook\n\nSome words.\n");
        Finding long213 = new Finding("a.md", 1, 1, 1, 7, Severity.WARNING, "House.Length",
                "The post has 213 words; keep it to 200 (see line 12).");
        Finding long240 = new Finding("a.md", 1, 1, 1, 7, Severity.WARNING, "House.Length",
                "The post has 240 words; keep it to 200 (see line 40).");
        Baseline baseline = record(List.of(long213));
        assertEquals("The post has # words; keep it to # (see line #).",
                baseline.entries().get(0).key().message());
        assertTrue(match(baseline, List.of(long240)).isBaselined(long240));

        Finding other = new Finding("a.md", 1, 1, 1, 7, Severity.WARNING, "House.Length",
                "The hook has 213 characters.");
        assertFalse(match(baseline, List.of(other)).isBaselined(other), "other words still count");
        // Numbers that stand on their own become '#'; digits in names, dates, patterns stay.
        assertEquals("tags[#]: \"Data #\" is not allowed; first at line #, about # words, 1.5x.",
                Fingerprints.normaliseMessage("tags[12]:  \"Data 2\" is not\nallowed; first at line 6,"
                        + " about 3.5 words, 1.5x."));
        assertEquals("file name '03-Bad-Name.md' does not match [a-z0-9_]+\\.md (#)",
                Fingerprints.normaliseMessage("file name '03-Bad-Name.md' does not match"
                        + " [a-z0-9_]+\\.md (7)"));
        assertEquals("last_updated: \"2026-02-30\" is not a valid date; level-3 heading",
                Fingerprints.normaliseMessage("last_updated: \"2026-02-30\" is not a valid date;"
                        + " level-3 heading"));
    }

    @Test
    void rewrappingAndLineEndingsKeepMultiLineFindings() throws IOException {
        write("a.md", "Intro.\n\nThis sentence runs\nover two lines.\n");
        List<Finding> before = find("a.md", "This sentence runs\\s+over two lines\\.",
                "House.Long", "Too long.");
        assertEquals(3, before.get(0).line());
        assertEquals(4, before.get(0).endLine());
        Baseline baseline = record(before);
        assertEquals("This sentence runs over two lines.", baseline.entries().get(0).key().text());

        write("a.md", "\uFEFFIntro.\r\n\r\nMore.\r\n\r\nThis sentence runs over\r\n   two lines.\r\n");
        List<Finding> after = find("a.md", "This sentence runs\\s+over\\s+two lines\\.",
                "House.Long", "Too long.");
        assertEquals(5, after.get(0).line());
        assertTrue(match(baseline, after).isBaselined(after.get(0)));
    }

    @Test
    void longTextsAreCappedAndStillMatch() throws IOException {
        String sentence = "word ".repeat(100).trim() + ".";
        write("a.md", sentence + "\n");
        List<Finding> findings = find("a.md", "word.*\\.", "House.Sentence", "Long.");
        Baseline baseline = record(findings);
        String text = baseline.entries().get(0).key().text();
        assertEquals(Fingerprints.MAX_TEXT + 1, text.codePointCount(0, text.length()));
        assertTrue(text.endsWith("\u2026"), text);

        write("a.md", "\n\n" + sentence + "\n");
        List<Finding> shifted = find("a.md", "word.*\\.", "House.Sentence", "Long.");
        assertTrue(match(baseline, shifted).isBaselined(shifted.get(0)));
    }

    @Test
    void aFileThatCannotBeReadGivesTheEmptyTextEveryTime() throws IOException {
        Files.write(root.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Finding encoding = new Finding("latin1.md", 1, 4, 1, 4, Severity.ERROR, "encoding",
                "not UTF-8 text: save the file as UTF-8");
        Finding gone = new Finding("gone.md", 1, 1, 1, 5, Severity.ERROR, "unreadable",
                "cannot read the file");
        List<BaselineKey> keys = new Fingerprints(root).keys(List.of(encoding, gone));
        assertEquals("", keys.get(0).text());
        assertEquals("", keys.get(1).text());
        Baseline baseline = Baseline.of(keys);
        BaselineMatch match = match(baseline, List.of(encoding, gone));
        assertTrue(match.isBaselined(encoding));
        assertTrue(match.isBaselined(gone));
    }

    @Test
    void aPathOutsideTheContentRootIsNeverRead() throws IOException {
        Files.writeString(root.getParent().resolve("outside-" + root.getFileName() + ".md"), "secret\n");
        Finding sneaky = new Finding("../outside-" + root.getFileName() + ".md", 1, 1, 1, 7,
                Severity.ERROR, "r", "m");
        assertEquals("", new Fingerprints(root).keys(List.of(sneaky)).get(0).text());
    }

    @Test
    void identicalFindingsShareOneFate() throws IOException {
        write("a.md", "x — y\n");
        Finding dash = dashes("a.md").get(0);
        Baseline one = record(List.of(dash));
        BaselineMatch match = match(one, List.of(dash, dash));
        assertFalse(match.isBaselined(dash), "two copies, one accepted: both are new");
        assertEquals(1, match.fixedFindings());

        Baseline two = record(List.of(dash, dash));
        assertTrue(match(two, List.of(dash, dash)).isBaselined(dash));
    }

    @Test
    void theSeverityIsNotPartOfTheKey() throws IOException {
        write("a.md", "x — y\n");
        Finding warning = dashes("a.md").get(0);
        Baseline baseline = record(List.of(warning));
        Finding error = warning.withSeverity(Severity.ERROR);
        assertTrue(match(baseline, List.of(error)).isBaselined(error),
                "turning a rule up with levels keeps its accepted findings accepted");
    }

    @Test
    void aNewBaselineSaysWhatItAddsAndDrops() throws IOException {
        write("a.md", "a — b — c\n");
        write("b.md", "d — e\n");
        List<Finding> old = new ArrayList<>(dashes("a.md"));
        old.addAll(dashes("b.md"));
        Baseline before = record(old);

        write("a.md", "a — b, c\n");
        write("b.md", "d — e — f\n");
        List<Finding> now = new ArrayList<>(dashes("a.md"));
        now.addAll(dashes("b.md"));
        Baseline after = record(now);

        assertEquals(new Baseline.Change(1, 1), after.changeFrom(before));
        assertEquals(new Baseline.Change(0, 0), after.changeFrom(after));
        assertEquals(new Baseline.Change(3, 0), after.changeFrom(Baseline.empty()));
    }
}
