package dev.contentlint.hostile;

import static dev.contentlint.hostile.HostileTree.assertFindings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.engine.LintResult;
import dev.contentlint.rules.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite of content files (issue #6): each case writes a tree with a hostile
 * file beside a good and a known-bad file, lints it, and asserts the hostile file's findings
 * (rule, line:column, message), that the other files are still checked, that no fault of
 * contentlint's own ({@code internal}) is reported, and that nothing throws or hangs.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private HostileTree tree;

    @BeforeEach
    void setUp() throws IOException {
        tree = new HostileTree(dir);
    }

    private static String repeat(String s, int times) {
        return s.repeat(times);
    }

    // ---- Front matter delimiters

    @Test
    void emptyFile() throws Exception {
        tree.write("content/posts/empty.md", "");
        assertFindings(tree.lint(), "posts/empty.md", "1:1 frontmatter.missing no front matter");
    }

    @Test
    void onlyFrontMatter() throws Exception {
        tree.write("content/posts/only.md", "---\ntitle: Only\n---\n");
        assertFindings(tree.lint(), "posts/only.md");
    }

    @Test
    void onlyFrontMatterWithoutFinalLineBreak() throws Exception {
        tree.write("content/posts/only.md", "---\ntitle: 7\n---");
        assertFindings(tree.lint(), "posts/only.md", "2:8 frontmatter.schema title: 7 is an integer");
    }

    @Test
    void onlyDashes() throws Exception {
        tree.write("content/posts/dashes.md", "---\n");
        assertFindings(tree.lint(), "posts/dashes.md", "1:1 frontmatter.syntax never closed");
    }

    @Test
    void emptyFrontMatterBlock() throws Exception {
        tree.write("content/posts/blank.md", "---\n---\nA very short body.\n");
        assertFindings(tree.lint(), "posts/blank.md",
                "1:1 frontmatter.schema missing required key 'title'", "3:3 House.Very");
    }

    @Test
    void unclosedFrontMatter() throws Exception {
        tree.write("content/posts/unclosed.md", "---\ntitle: Open\n\n# A heading\n\nA very long body.\n");
        assertFindings(tree.lint(), "posts/unclosed.md", "1:1 frontmatter.syntax never closed");
    }

    @Test
    void frontMatterClosedByDots() throws Exception {
        tree.write("content/posts/dots.md", "---\ntitle: Dots\n...\nA very dotted end.\n");
        assertFindings(tree.lint(), "posts/dots.md", "4:3 House.Very");
    }

    @Test
    void frontMatterClosedByThematicBreakFarBelow() throws Exception {
        tree.write("content/posts/runon.md",
                "---\ntitle: Runs on\n\n# Heading\n\nSome text.\n\n---\n\nMore.\n");
        assertFindings(tree.lint(), "posts/runon.md",
                "8:1 frontmatter.syntax is its closing '---' missing?");
    }

    @Test
    void dashesInsideBlockScalarDoNotClose() throws Exception {
        tree.write("content/posts/scalar.md", "---\ntitle: |\n  ---\n  very\n---\nA very body.\n");
        assertFindings(tree.lint(), "posts/scalar.md", "6:3 House.Very");
    }

    @Test
    void setextHeadingIsNotFrontMatter() throws Exception {
        // No '---' on line 1: "title: x" underlined by '---' is a setext heading, not front matter.
        tree.write("content/posts/setext.md", "title: x\n---\n\nNotes\n-----\n\nA very note.\n");
        assertFindings(tree.lint(), "posts/setext.md",
                "1:1 frontmatter.missing no front matter", "7:3 House.Very");
    }

    @Test
    void setextHeadingCountsAsSection() throws Exception {
        tree.write("content/posts/setext_level.md",
                "---\ntitle: Setext\n---\nNotes\n=====\n\nA very note.\n");
        assertFindings(tree.lint(), "posts/setext_level.md",
                "4:1 sections.level 'Notes' is a level-1 heading", "7:3 House.Very");
    }

    // ---- YAML

    @Test
    void tabsInYamlIndentation() throws Exception {
        tree.write("content/posts/tabs.md", "---\ntitle: Tabs\ntags:\n\t- a\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/tabs.md", "4:1 frontmatter.syntax tabs");
    }

    @Test
    void tabAfterColon() throws Exception {
        // SnakeYAML reads no tab as a separator; the body is still checked.
        tree.write("content/posts/tab_value.md", "---\ntitle:\tTabbed\n---\nA very tab.\n");
        assertFindings(tree.lint(), "posts/tab_value.md",
                "2:7 frontmatter.syntax found character '\\t(TAB)'", "4:3 House.Very");
    }

    @Test
    void anchorsAliasesAndMergeKeys() throws Exception {
        tree.write("content/posts/anchors.md", """
                ---
                base: &base {title: Anchored, tags: [a]}
                <<: *base
                copy: *base
                ---
                A very anchored body.
                """);
        assertFindings(tree.lint(), "posts/anchors.md", "6:3 House.Very");
    }

    @Test
    void undefinedAlias() throws Exception {
        tree.write("content/posts/alias.md", "---\ntitle: *nothing\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/alias.md", "2:8 frontmatter.syntax define the anchor");
    }

    @Test
    void billionLaughs() throws Exception {
        StringBuilder yaml = new StringBuilder("---\ntitle: Laughs\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + p))).append("]\n");
        }
        yaml.append("---\nBody.\n");
        tree.write("content/posts/bomb.md", yaml.toString());
        assertFindings(tree.lint(), "posts/bomb.md", "2:1 frontmatter.syntax too many aliases, a safety limit of 50");
    }

    @Test
    void aliasesToScalarsExpandPastTheValueLimit() throws Exception {
        StringBuilder yaml = new StringBuilder("---\ntitle: &t Scalars\nall:\n");
        yaml.append(repeat("  - [" + String.join(", ", java.util.Collections.nCopies(1000, "*t")) + "]\n", 201));
        yaml.append("---\nBody.\n");
        tree.write("content/posts/scalars.md", yaml.toString());
        assertFindings(tree.lint(), "posts/scalars.md", "2:1 frontmatter.syntax more than 200000 values");
    }

    @Test
    void recursiveAlias() throws Exception {
        tree.write("content/posts/recursive.md", "---\ntitle: Loop\nself: &s [*s]\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/recursive.md", "2:1 frontmatter.syntax a YAML value contains itself through an alias");
    }

    @Test
    void tenThousandDeepFlowNesting() throws Exception {
        tree.write("content/posts/deep_flow.md",
                "---\ntitle: Deep\nv: " + repeat("[", 10_000) + repeat("]", 10_000) + "\n---\nBody.\n");
        // At the bracket that goes deeper than 64 (the front matter's mapping is the first level).
        assertFindings(tree.lint(), "posts/deep_flow.md", "3:67 frontmatter.syntax nested too deeply, a safety limit of 64");
    }

    @Test
    void tenThousandDeepBlockNesting() throws Exception {
        StringBuilder yaml = new StringBuilder("---\ntitle: Deep\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        yaml.append("---\nBody.\n");
        tree.write("content/posts/deep_block.md", yaml.toString());
        assertFindings(tree.lint(), "posts/deep_block.md", "67:65 frontmatter.syntax nested too deeply, a safety limit of 64");
    }

    @Test
    void nonStringKeys() throws Exception {
        tree.write("content/posts/keys.md",
                "---\ntitle: Keys\n? [a, b]\n: list key\n{x: 1}: map key\n1: number key\n~: null key\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/keys.md",
                "3:3 frontmatter.syntax a key must be plain text",
                "5:1 frontmatter.syntax a key must be plain text");
    }

    @Test
    void duplicateKeys() throws Exception {
        tree.write("content/posts/dup.md", "---\ntitle: One\ntitle: Two\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/dup.md", "3:1 frontmatter.syntax duplicate key 'title' (first at line 2)");
    }

    @Test
    void hundredThousandItemValue() throws Exception {
        tree.write("content/posts/items.md", "---\ntitle: Items\ntags: ["
                + String.join(", ", java.util.Collections.nCopies(100_000, "t")) + "]\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/items.md", "3:7 frontmatter.schema tags");
    }

    @Test
    void hundredThousandWikiLinksOnOneFrontMatterLine() throws Exception {
        // Each link's place was found by walking its line from the start: 100,000 links in one
        // flow list ran for minutes.
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            list.append(i == 0 ? "" : ", ").append("\"[[note_").append(i).append("]]\"");
        }
        tree.write("content/posts/related.md", "---\ntitle: Related\nrelated: [" + list + "]\n---\nBody.\n");
        List<Finding> found = tree.lint().findings().stream()
                .filter(f -> f.path().equals("posts/related.md")).toList();
        assertEquals(100_000, found.size());
        Finding last = found.get(found.size() - 1);
        assertEquals("3:" + (list.lastIndexOf("[[note_99999]]") + 11) + " links.broken",
                last.line() + ":" + last.column() + " " + last.rule());
    }

    @Test
    void frontMatterOverTheCodePointLimit() throws Exception {
        tree.write("content/posts/huge_yaml.md",
                "---\ntitle: Huge\nx: \"" + repeat("a", 3_200_000) + "\"\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/huge_yaml.md",
                "2:1 frontmatter.syntax too large, a safety limit of 3145728 code points");
    }

    @Test
    void frontMatterNotAMapping() throws Exception {
        tree.write("content/posts/list.md", "---\n- a\n- b\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/list.md", "2:1 frontmatter.syntax not a list");
    }

    @Test
    void yamlDirectiveInsideFrontMatter() throws Exception {
        tree.write("content/posts/directive.md", "---\n%YAML 1.1\ntitle: x\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/directive.md", "3:1 frontmatter.syntax");
    }

    @Test
    void nulByteInFrontMatter() throws Exception {
        tree.write("content/posts/nul.md", "---\ntitle: a\u0000b\n---\nBody.\n");
        assertFindings(tree.lint(), "posts/nul.md", "2:9 frontmatter.syntax the character U+0000 is not allowed in YAML");
    }

    // ---- Bytes and encodings

    @Test
    void binaryFileNamedMd() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(6).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        bytes[2] = 'K';
        tree.write("content/posts/binary.md", bytes);
        assertFindings(tree.lint(), "posts/binary.md", "1:2 encoding not UTF-8");
    }

    @Test
    void nulBytesInBody() throws Exception {
        tree.write("content/posts/nul_body.md", "---\ntitle: Nul\n---\nA \u0000very\u0000 body.\n");
        assertFindings(tree.lint(), "posts/nul_body.md", "4:4 House.Very");
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] head = "---\ntitle: Latin\n---\ncaf".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head);
        out.write(0xE9); // é in Latin-1
        out.write("\n".getBytes(StandardCharsets.UTF_8));
        tree.write("content/posts/latin1.md", out.toByteArray());
        assertFindings(tree.lint(), "posts/latin1.md", "4:4 encoding not UTF-8");
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        byte[] text = "---\ntitle: Sixteen\n---\nBody.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        tree.write("content/posts/utf16le.md", bytes);
        assertFindings(tree.lint(), "posts/utf16le.md", "1:1 encoding not UTF-8");
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        tree.write("content/posts/utf16be.md", "\uFEFF---\ntitle: Sixteen\n---\nBody.\n"
                .getBytes(StandardCharsets.UTF_16BE));
        assertFindings(tree.lint(), "posts/utf16be.md", "1:1 encoding not UTF-8");
    }

    @Test
    void utf8WithBom() throws Exception {
        tree.write("content/posts/bom.md", "\uFEFF---\ntitle: 8\n---\nA very body.\n");
        assertFindings(tree.lint(), "posts/bom.md", "2:8 frontmatter.schema", "4:3 House.Very");
    }

    @Test
    void loneCrLineEndings() throws Exception {
        tree.write("content/posts/cr.md", "---\rtitle: 9\r---\r# Head\r\rA very body.\r");
        assertFindings(tree.lint(), "posts/cr.md", "2:8 frontmatter.schema", "6:3 House.Very");
    }

    @Test
    void mixedLineEndings() throws Exception {
        tree.write("content/posts/mixed.md", "---\r\ntitle: 9\n---\r# Head\r\n\nA very body.\r");
        assertFindings(tree.lint(), "posts/mixed.md", "2:8 frontmatter.schema", "6:3 House.Very");
    }

    @Test
    void astralCharactersCountAsOneColumn() throws Exception {
        tree.write("content/posts/emoji.md", "---\ntitle: \uD83D\uDE00\uD83D\uDE00\n---\n\uD83D\uDE00\uD83D\uDE00 very\n");
        assertFindings(tree.lint(), "posts/emoji.md", "4:4 House.Very");
    }

    // ---- Size

    @Test
    void oneMegabyteSingleLine() throws Exception {
        tree.write("content/posts/long_line.md",
                "---\ntitle: Long\n---\n" + repeat("word ", 200_000) + "very\n");
        assertFindings(tree.lint(), "posts/long_line.md", "4:1000001 House.Very");
    }

    @Test
    void fiftyMegabyteFile() throws Exception {
        StringBuilder body = new StringBuilder(50_000_100);
        body.append("---\ntitle: Big\n---\n");
        String paragraph = "Some plain words in a paragraph of a big file, see https://example.com/x.\n\n";
        int lines = 3;
        while (body.length() < 50_000_000) {
            body.append(paragraph);
            lines += 2;
        }
        body.append("A very last line.\n");
        tree.write("content/posts/big.md", body.toString());
        assertFindings(tree.lint(), "posts/big.md", (lines + 1) + ":3 House.Very");
    }

    @Test
    void fileOverTwoGigabytesIsNotReadAtAll() throws Exception {
        // Sparse: 2.3 GB that take no room on disk. A Java array cannot hold it; reading it
        // once failed the whole build with "OutOfMemoryError: Required array size too large".
        Path huge = dir.resolve("content/posts/dump.md");
        Files.createDirectories(huge.getParent());
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2_500_000_000L);
        }
        assertFindings(tree.lint(), "posts/dump.md", "1:1 filesize not checked: the file is 2.3 GB,"
                + " more than maxFileSize (64 MB); exclude it, or raise maxFileSize in the configuration");
    }

    @Test
    void fileOverMaxFileSizeIsAFindingAndTheRestIsChecked() throws Exception {
        tree.write("contentlint.yaml", HostileTree.CONFIG + "maxFileSize: 2 KB\n");
        tree.write("content/posts/long.md", "---\ntitle: Long\n---\n" + repeat("A very long line.\n", 200));
        tree.write("content/posts/short.md", "---\ntitle: Short\n---\nA very short one.\n");
        LintResult result = tree.lint();
        assertFindings(result, "posts/long.md", "1:1 filesize not checked: the file is 3.5 KB, more than"
                + " maxFileSize (2 KB)");
        assertFindings(result, "posts/short.md", "4:3 House.Very");
    }

    // ---- Pathological Markdown

    @Test
    void thousandDeepIndentedLists() throws Exception {
        StringBuilder body = new StringBuilder("---\ntitle: Lists\n---\n");
        for (int i = 0; i < 1_000; i++) {
            body.append("  ".repeat(i)).append("- item\n");
        }
        body.append("\nA very end.\n");
        tree.write("content/posts/lists.md", body.toString());
        assertFindings(tree.lint(), "posts/lists.md", "1005:3 House.Very");
    }

    @Test
    void deeplyNestedListMarkersOnOneLine() throws Exception {
        tree.write("content/posts/markers.md", "---\ntitle: Markers\n---\n" + repeat("- ", 2_000) + "very\n");
        assertFindings(tree.lint(), "posts/markers.md", "4:4001 House.Very");
    }

    @Test
    void deeplyNestedQuotes() throws Exception {
        tree.write("content/posts/quotes.md", "---\ntitle: Quotes\n---\n" + repeat(">", 10_000) + " very\n");
        assertFindings(tree.lint(), "posts/quotes.md", "4:10002 House.Very");
    }

    @Test
    void tenThousandBackticks() throws Exception {
        tree.write("content/posts/ticks.md", "---\ntitle: Ticks\n---\n" + repeat("`", 10_000)
                + " code " + repeat("`", 9_999) + "\n\nA very end.\n");
        assertFindings(tree.lint(), "posts/ticks.md", "6:3 House.Very");
    }

    @Test
    void tenThousandBracketsAndWikiOpeners() throws Exception {
        tree.write("content/posts/brackets.md", "---\ntitle: Brackets\n---\n" + repeat("[[", 5_000)
                + repeat("](", 5_000) + repeat("*_", 5_000) + "\n\nA very end.\n");
        assertFindings(tree.lint(), "posts/brackets.md", "6:3 House.Very");
    }

    @Test
    void unclosedHtmlCommentAndFence() throws Exception {
        tree.write("content/posts/unclosed_md.md",
                "---\ntitle: Open\n---\nA very start.\n\n<!-- never closed\n\n```\nvery code\n");
        assertFindings(tree.lint(), "posts/unclosed_md.md", "4:3 House.Very");
    }

    @Test
    void aRuleWhoseRegexRecursesPastTheStackIsRunAgainOnADeepOne() throws Exception {
        // Java's regex engine recurses once per repetition of a group: Google's OxfordComma,
        // (?:[^,]+,){1,}, overflowed the stack on a paragraph of 300,000 commas and was reported
        // as a fault of contentlint's own ("internal"), its findings lost.
        tree.write("styles/House/Commas.yml", "extends: existence\nmessage: \"A list of commas.\"\n"
                + "level: warning\nscope: paragraph\nraw: ['\\b(?:[^,]+,){2,}\\s\\w+\\s(?:and|or)\\b']\n");
        tree.write("content/posts/commas.md", "---\ntitle: Commas\n---\n" + repeat("x, ", 100_000)
                + "y and z, a very end.\n");
        assertFindings(tree.lint(), "posts/commas.md", "4:1 House.Commas A list of commas.", "4:300012 House.Very");
    }

    @Test
    void tensOfThousandsOfBrokenAnchorsIntoAFileOfThousandsOfHeadings() throws Exception {
        // Each broken anchor once compared its name with every heading of the file it names for
        // a "did you mean": 20,000 links into 10,000 headings ran for minutes.
        StringBuilder reference = new StringBuilder("---\ntitle: Reference\n---\n");
        StringBuilder links = new StringBuilder("---\ntitle: Links\n---\n");
        for (int i = 0; i < 10_000; i++) {
            reference.append(String.format("## Function call number %05d%n%nText.%n%n", i));
            links.append(String.format("[f](ref.md#function-call-numbr-%05d) [f](ref.md#function-call-numbr-%05d)%n%n",
                    i, i + 10_000));
        }
        tree.write("content/posts/ref.md", reference.toString());
        tree.write("content/posts/links.md", links.toString());
        List<Finding> found = tree.lint().findings().stream()
                .filter(f -> f.path().equals("posts/links.md")).toList();
        assertEquals(20_000, found.size());
        assertEquals("ref.md#function-call-numbr-00000: no heading or anchor #function-call-numbr-00000 in"
                + " posts/ref.md (did you mean 'function-call-number-00000'?)", found.get(0).message());
        // Past the file's budget of comparisons, the links are reported without a hint.
        assertEquals("ref.md#function-call-numbr-09999: no heading or anchor #function-call-numbr-09999 in"
                + " posts/ref.md", found.get(found.size() - 2).message());
    }

    @Test
    void linkOutOfTheContentRoot() throws Exception {
        tree.write("content/posts/escape.md",
                "---\ntitle: Escape\n---\n[x](../../../../../../../etc/passwd) [[../../../etc/passwd]]\n");
        assertFindings(tree.lint(), "posts/escape.md", "4:38 links.broken no note or file '../../../etc/passwd'");
    }

    // ---- The file system

    @Test
    void symlinkLoopBetweenFiles() throws Exception {
        Path a = dir.resolve("content/posts/loop_a.md");
        Path b = dir.resolve("content/posts/loop_b.md");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        LintResult result = tree.lint();
        assertFindings(result, "posts/loop_a.md", "1:1 unreadable cannot read the file: a symbolic link loop");
        assertFindings(result, "posts/loop_b.md", "1:1 unreadable cannot read the file: a symbolic link loop");
    }

    @Test
    void symlinkLoopBetweenFolders() throws Exception {
        Files.createDirectories(dir.resolve("content/posts/sub"));
        Files.createSymbolicLink(dir.resolve("content/posts/sub/up"), Path.of(".."));
        tree.write("content/posts/sub/inner.md", "---\ntitle: Inner\n---\nA very inner.\n");
        assertFindings(tree.lint(), "posts/sub/inner.md", "4:3 House.Very");
    }

    @Test
    void danglingSymlink() throws Exception {
        Files.createSymbolicLink(dir.resolve("content/posts/gone.md"), Path.of("nowhere.md"));
        assertFindings(tree.lint(), "posts/gone.md", "1:1 unreadable a symbolic link to nothing");
    }

    @Test
    void namedPipe() throws Exception {
        Path pipe = dir.resolve("content/posts/pipe.md");
        Files.createDirectories(pipe.getParent());
        assumeTrue(mkfifo(pipe), "no mkfifo here");
        tree.write("content/posts/next.md", "---\ntitle: Next\n---\nA very next.\n");
        LintResult result = tree.lint();
        assertFindings(result, "posts/pipe.md", "1:1 unreadable cannot read the file: it is a named pipe,"
                + " not a regular file: replace it with the file, or exclude it");
        assertFindings(result, "posts/next.md", "4:3 House.Very");
    }

    @Test
    void symlinkToADevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null here");
        Files.createDirectories(dir.resolve("content/posts"));
        Files.createSymbolicLink(dir.resolve("content/posts/null.md"), devNull);
        assertFindings(tree.lint(), "posts/null.md", "1:1 unreadable cannot read the file: it is a character device");
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = tree.write("content/posts/secret.md", "---\ntitle: Secret\n---\n");
        assumeTrue(setPermissions(file, "---------"), "no POSIX permissions here");
        assumeFalse(Files.isReadable(file), "running as root: a file without permissions is still readable");
        assertFindings(tree.lint(), "posts/secret.md", "1:1 unreadable permission denied");
    }

    @Test
    void unreadableFolder() throws Exception {
        Path folder = dir.resolve("content/posts/locked");
        tree.write("content/posts/locked/inside.md", "---\ntitle: Inside\n---\n");
        assumeTrue(setPermissions(folder, "---------"), "no POSIX permissions here");
        try {
            assumeFalse(Files.isReadable(folder), "running as root: a folder without permissions is still readable");
            assertFindings(tree.lint(), "posts/locked", "1:1 unreadable permission denied");
        } finally {
            setPermissions(folder, "rwx------");
        }
    }

    @Test
    void folderNamedMd() throws Exception {
        tree.write("content/posts/folder.md/inside.md", "---\ntitle: In a folder\n---\nA very odd place.\n");
        assertFindings(tree.lint(), "posts/folder.md/inside.md", "4:3 House.Very");
    }

    @Test
    void strangeFileName() throws Exception {
        tree.write("content/posts/ünï cødé \u202E.md", "---\ntitle: 3\n---\n");
        assertFindings(tree.lint(), "posts/ünï cødé \u202E.md", "2:8 frontmatter.schema");
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean setPermissions(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    @SuppressWarnings("unused")
    private static void unused(OutputStream out) {
        // keeps the import list honest when cases move
    }
}
