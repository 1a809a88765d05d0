package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void doubleStarSlashAlsoMatchesNoFolder() {
        Glob glob = Glob.compile("**/*.md");
        assertTrue(glob.matches("a.md"));
        assertTrue(glob.matches("posts/a.md"));
        assertTrue(glob.matches("posts/2026/a.md"));
        assertFalse(glob.matches("a.markdown"));
        assertFalse(glob.matches("posts/a.md.bak"));
    }

    @Test
    void singleStarStaysInOneFolder() {
        Glob glob = Glob.compile("posts/*.md");
        assertTrue(glob.matches("posts/a.md"));
        assertFalse(glob.matches("posts/x/a.md"));
        assertFalse(glob.matches("other/a.md"));
    }

    @Test
    void trailingDoubleStarAndFolderNamesMatchEverythingBelow() {
        assertTrue(Glob.compile("templates/**").matches("templates/a/b.md"));
        assertTrue(Glob.compile("templates/").matches("templates/a.md"));
        assertTrue(Glob.compile("templates").matches("templates/a/b.md"));
        assertTrue(Glob.compile("notes/index.md").matches("notes/index.md"));
        assertFalse(Glob.compile("templates").matches("templates.md"));
        assertFalse(Glob.compile("templates/**").matches("templatesX/a.md"));
    }

    @Test
    void bracesClassesAndQuestionMarks() {
        assertTrue(Glob.compile("**/*.{md,markdown}").matches("a/b.markdown"));
        assertTrue(Glob.compile("post-?.md").matches("post-1.md"));
        assertFalse(Glob.compile("post-?.md").matches("post-12.md"));
        assertTrue(Glob.compile("[a-c]*.md").matches("b.md"));
        assertFalse(Glob.compile("[!a-c]*.md").matches("b.md"));
    }

    @Test
    void anySuffixAnywhereMatchesAsTheRegexWould() {
        String[] paths = {"a.md", "x/a.md", "x/y/z/a.md", ".md", "x/.md", "a.md/b.txt", "a.MD",
            "a.md.bak", "dir.md/x", "a+md", "a.m+d", "x/a.m+d", "", "x/", "a.md\n", "ä/ö.md"};
        for (String glob : new String[] {"**/*.md", "**/*", "**/*.m+d", "**/*draft.md", "./**/*.md"}) {
            Glob fast = Glob.compile(glob);
            // the same glob through the regex: a brace group keeps it off the suffix path
            Glob regex = Glob.compile(glob.replace("**/*", "**/{*}"));
            for (String path : paths) {
                assertEquals(regex.matches(path), fast.matches(path), glob + " on '" + path + "'");
            }
        }
    }

    @Test
    void regexCharactersAreLiteral() {
        assertTrue(Glob.compile("a+b (1).md").matches("a+b (1).md"));
        assertFalse(Glob.compile("a.md").matches("aXmd"));
    }

    @Test
    void leadingDotSlashAndSlashAreIgnored() {
        assertTrue(Glob.compile("./posts/*.md").matches("posts/a.md"));
        assertTrue(Glob.compile("/posts/*.md").matches("posts/a.md"));
    }

    @Test
    void malformedGlobsSayWhatIsWrong() {
        assertEquals("'posts/[a.md' has a '[' that is never closed with ']'",
                assertThrows(IllegalArgumentException.class, () -> Glob.compile("posts/[a.md")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Glob.compile("*.{md"))
                .getMessage().contains("never closed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Glob.compile("*.md}"))
                .getMessage().contains("without its '{'"));
        assertThrows(IllegalArgumentException.class, () -> Glob.compile(" "));
    }
}
