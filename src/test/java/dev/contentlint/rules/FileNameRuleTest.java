package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.lines;
import static dev.contentlint.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FileNameRuleTest {

    private final FileNameRule rule = new FileNameRule("post", Pattern.compile("[a-z0-9_]+\\.md"));

    @Test
    void matchesTheWholeFileNameWithoutFolders() {
        assertEquals("", lines(run(rule, "posts/2026/a_post.md", "x")));
        assertEquals("1:1-1:1 error [filename] file name 'A-Post.md' does not match [a-z0-9_]+\\.md,"
                + " the pattern for files of type 'post'; rename the file\n",
                lines(run(rule, "posts/A-Post.md", "x")));
        // A partial match is not enough.
        assertEquals(1, run(rule, "a_post.md.bak", "x").size());
    }
}
