package dev.contentlint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file: its layout, its round trip, and every way a file can be wrong. */
class BaselineJsonTest {

    @TempDir
    Path dir;

    private static final BaselineKey DASH = new BaselineKey("posts/b.md", "Carter.EmDash", "\u2014",
            "Don't use an em dash ('\u2014') in the post.");
    private static final BaselineKey NAME = new BaselineKey("posts/Bad Name.md", "filename", "",
            "file name 'Bad Name.md' does not match \"[a-z]+\\.md\"");
    private static final BaselineKey SCHEMA = new BaselineKey("posts/b.md", "frontmatter.schema",
            "drafted", "status: \"drafted\" is not one of draft, review");

    private static String text(Baseline baseline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BaselineJson.write(baseline, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path file(String content) throws IOException {
        Path file = dir.resolve("contentlint-baseline.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private BaselineFileException refused(String content) throws IOException {
        Path file = file(content);
        return assertThrows(BaselineFileException.class,
                () -> BaselineJson.read(file, "contentlint-baseline.json"));
    }

    @Test
    void oneSortedEntryALineForReview() throws IOException {
        Baseline baseline = Baseline.of(List.of(SCHEMA, DASH, NAME, DASH, DASH));
        assertEquals("""
                {
                  "format" : "contentlint-baseline",
                  "version" : 1,
                  "about" : "%s",
                  "entries" : [
                    { "path" : "posts/Bad Name.md", "rule" : "filename", "text" : "", "message" : "file name 'Bad Name.md' does not match \\"[a-z]+\\\\.md\\"", "count" : 1 },
                    { "path" : "posts/b.md", "rule" : "Carter.EmDash", "text" : "\u2014", "message" : "Don't use an em dash ('\u2014') in the post.", "count" : 3 },
                    { "path" : "posts/b.md", "rule" : "frontmatter.schema", "text" : "drafted", "message" : "status: \\"drafted\\" is not one of draft, review", "count" : 1 }
                  ]
                }
                """.formatted(BaselineJson.ABOUT), text(baseline));
    }

    @Test
    void theSameFindingsInAnotherOrderWriteTheSameBytes() throws IOException {
        assertEquals(text(Baseline.of(List.of(DASH, NAME, SCHEMA, DASH))),
                text(Baseline.of(List.of(SCHEMA, DASH, DASH, NAME))));
    }

    @Test
    void anEmptyBaselineIsAValidFile() throws Exception {
        String empty = text(Baseline.empty());
        assertTrue(empty.contains("\"entries\" : [ ]"), empty);
        assertEquals(Baseline.empty(), BaselineJson.read(file(empty), "b.json"));
    }

    @Test
    void roundTrip() throws Exception {
        Baseline baseline = Baseline.of(List.of(SCHEMA, DASH, NAME, DASH,
                new BaselineKey("a/\u00fcber caf\u00e9.md", "X.Y", "\uD83D\uDE00 <b>&\"\\",
                        "tab\tand\nline")));
        Path file = file(text(baseline));
        assertEquals(baseline, BaselineJson.read(file, "contentlint-baseline.json"));
    }

    @Test
    void unknownKeysAreIgnoredAndRepeatedEntriesAddUp() throws Exception {
        Baseline read = BaselineJson.read(file("""
                {"format": "contentlint-baseline", "version": 1, "note": "hi", "entries": [
                  {"path": "a.md", "rule": "r", "text": "t", "message": "m", "count": 2, "line": 7},
                  {"path": "a.md", "rule": "r", "text": "t", "message": "m", "count": 1}
                ]}
                """), "b.json");
        assertEquals(3, read.count(new BaselineKey("a.md", "r", "t", "m")));
    }

    @Test
    void notJsonNamesTheFileLineAndColumn() throws IOException {
        BaselineFileException e = refused("{\n  \"format\" : \"contentlint-baseline\",\n  oops\n}\n");
        assertEquals(BaselineFileException.Kind.CORRUPT, e.kind());
        assertEquals("contentlint-baseline.json:3:3: not valid JSON (Unexpected character ('o'"
                + " (code 111)): was expecting double-quote to start field name)", e.problem());
        assertTrue(e.getMessage().startsWith("contentlint-baseline.json:3:3: not valid JSON ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Fix it, or record the baseline anew with"
                + " mvn contentlint:baseline (a merge conflict in it is resolved the same way)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Source:"), "no Jackson internals: " + e.getMessage());
    }

    @Test
    void aMergeConflictIsABrokenBaseline() throws IOException {
        BaselineFileException e = refused("""
                {
                  "format" : "contentlint-baseline",
                  "version" : 1,
                  "entries" : [
                <<<<<<< HEAD
                    { "path" : "a.md", "rule" : "r", "text" : "t", "message" : "m", "count" : 1 }
                =======
                    { "path" : "b.md", "rule" : "r", "text" : "t", "message" : "m", "count" : 1 }
                >>>>>>> feature
                  ]
                }
                """);
        assertEquals(BaselineFileException.Kind.CORRUPT, e.kind(), "it names the format: a new"
                + " baseline may replace it");
        assertTrue(e.getMessage().startsWith("contentlint-baseline.json:5:1: not valid JSON"),
                e.getMessage());
    }

    @Test
    void aForeignJsonFileIsRefusedAndNeverCountsAsABaseline() throws IOException {
        BaselineFileException report = refused("{ \"summary\": {\"files\": 1}, \"findings\": [] }");
        assertEquals(BaselineFileException.Kind.FOREIGN, report.kind());
        assertEquals("contentlint-baseline.json: not a contentlint baseline: it has no"
                + " \"format\" : \"contentlint-baseline\". Point baselineFile"
                + " (contentlint.baselineFile) at the baseline that mvn contentlint:baseline"
                + " wrote", report.getMessage());

        assertEquals(BaselineFileException.Kind.FOREIGN, refused("[1, 2]").kind());
        assertEquals(BaselineFileException.Kind.FOREIGN,
                refused("{\"format\": \"eslint\", \"version\": 1, \"entries\": []}").kind());
        BaselineFileException notJson = refused("# README\n\nNot JSON at all.\n");
        assertEquals(BaselineFileException.Kind.FOREIGN, notJson.kind(),
                "a file that never was a baseline is never replaced");
        assertTrue(notJson.problem().startsWith("contentlint-baseline.json:1:1: not valid JSON ("),
                notJson.problem());
    }

    @Test
    void aNewerFormatAsksForTheNewerContentlint() throws IOException {
        BaselineFileException e = refused(
                "{\"format\": \"contentlint-baseline\", \"version\": 2, \"entries\": {}}");
        assertEquals(BaselineFileException.Kind.NEWER, e.kind());
        assertEquals("contentlint-baseline.json has format version 2, written by a newer"
                + " contentlint; this one reads version 1. Use the newer contentlint, or record"
                + " the baseline anew with this one (delete the file, then mvn"
                + " contentlint:baseline)", e.getMessage());
    }

    @Test
    void brokenEntriesNameTheEntryAndField() throws IOException {
        String head = "{\"format\": \"contentlint-baseline\", \"version\": 1, \"entries\": [";
        String good = "{\"path\": \"a.md\", \"rule\": \"r\", \"text\": \"t\", \"message\": \"m\", \"count\": 1}";
        assertBroken(head + good + ", {\"path\": \"a.md\", \"rule\": \"r\", \"text\": \"t\","
                + " \"message\": \"m\", \"count\": 0}]}", "contentlint-baseline.json: entries[1].count:"
                + " must be a whole number of at least 1");
        assertBroken(head + "{\"path\": \"a.md\", \"rule\": \"r\", \"text\": 3, \"message\": \"m\","
                + " \"count\": 1}]}", "contentlint-baseline.json: entries[0].text: must be text");
        assertBroken(head + "{\"path\": \"\", \"rule\": \"r\", \"text\": \"t\", \"message\": \"m\","
                + " \"count\": 1}]}", "contentlint-baseline.json: entries[0].path: must not be empty");
        assertBroken(head + "{\"rule\": \"r\", \"text\": \"t\", \"message\": \"m\", \"count\": 1}]}",
                "contentlint-baseline.json: entries[0].path: must be text");
        assertBroken(head + "{\"path\": \"a.md\", \"rule\": \"r\", \"text\": \"t\", \"message\": \"m\","
                + " \"count\": 1.5}]}", "contentlint-baseline.json: entries[0].count: must be a whole"
                + " number of at least 1");
        assertBroken(head + "\"a.md\"]}", "contentlint-baseline.json: entries[0]: must be an object"
                + " with path, rule, text, message and count");
        assertBroken("{\"format\": \"contentlint-baseline\", \"version\": 1}",
                "contentlint-baseline.json: \"entries\" must be a list");
        assertBroken("{\"format\": \"contentlint-baseline\", \"version\": \"one\", \"entries\": []}",
                "contentlint-baseline.json: \"version\" must be a whole number (1 for this contentlint)");
        assertBroken("{\"format\": \"contentlint-baseline\", \"format\": \"contentlint-baseline\","
                + " \"version\": 1, \"entries\": []}", "contentlint-baseline.json:1:44: not valid JSON"
                + " (Duplicate field 'format')");
        assertBroken("   \n", "contentlint-baseline.json is empty");
    }

    private void assertBroken(String content, String start) throws IOException {
        BaselineFileException e = refused(content);
        assertEquals(BaselineFileException.Kind.CORRUPT, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void aFolderIsUnreadable() {
        BaselineFileException e = assertThrows(BaselineFileException.class,
                () -> BaselineJson.read(dir, "the-folder"));
        assertEquals(BaselineFileException.Kind.UNREADABLE, e.kind());
        assertTrue(e.getMessage().startsWith("cannot read the baseline the-folder: "), e.getMessage());
    }
}
