package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniqueRuleTest {

    @TempDir
    Path dir;

    private static final String CONFIG = """
            types:
              post:
                match: { paths: ["posts/**"] }
                unique: [name, slug, aliases]
            """;

    @Test
    void eachFileThatSharesAValueIsToldWhereTheOthersAre() throws Exception {
        CrossFileTestSupport tree = new CrossFileTestSupport(dir)
                .file("posts/a.md", "---\nname: launch\nslug: launch-day\n---\n")
                .file("posts/b.md", "---\nname: Launch\nslug: other\n---\n")
                .file("posts/c.md", "---\nname: solo\nslug: other-slug\naliases: [x, launch-day]\n---\n")
                // Another type's files may hold the same values.
                .file("notes/n.md", "---\nname: launch\n---\n");
        assertEquals("""
                posts/a.md 2:7-2:13 error [unique] name 'launch' is not unique among files of type 'post': posts/a.md:2:7 and posts/b.md:2:7 hold it; give each its own
                posts/b.md 2:7-2:13 error [unique] name 'Launch' is not unique among files of type 'post': posts/b.md:2:7 and posts/a.md:2:7 hold it; give each its own
                """, tree.findings(CONFIG, RuleIds.UNIQUE));
    }

    @Test
    void listItemsCountOneByOneAndEmptyValuesNotAtAll() throws Exception {
        CrossFileTestSupport tree = new CrossFileTestSupport(dir)
                .file("posts/a.md", "---\nname: a\naliases: [one, two]\nslug:\n---\n")
                .file("posts/b.md", "---\nname: b\naliases:\n  - three\n  - TWO\nslug:\n---\n");
        assertEquals("""
                posts/a.md 3:16-3:19 error [unique] aliases 'two' is not unique among files of type 'post': posts/a.md:3:16 and posts/b.md:5:5 hold it; give each its own
                posts/b.md 5:5-5:8 error [unique] aliases 'TWO' is not unique among files of type 'post': posts/b.md:5:5 and posts/a.md:3:16 hold it; give each its own
                """, tree.findings(CONFIG, RuleIds.UNIQUE));
    }

    @Test
    void manyHoldersAreCounted() throws Exception {
        CrossFileTestSupport tree = new CrossFileTestSupport(dir);
        for (int i = 0; i < 6; i++) {
            tree.file("posts/p" + i + ".md", "---\nname: same\n---\n");
        }
        String first = tree.findings(CONFIG, RuleIds.UNIQUE).lines().findFirst().orElseThrow();
        assertEquals("posts/p0.md 2:7-2:11 error [unique] name 'same' is not unique among files of"
                + " type 'post': posts/p0.md:2:7 and posts/p1.md:2:7, posts/p2.md:2:7,"
                + " posts/p3.md:2:7 and 2 more hold it; give each its own", first);
    }

    @Test
    void oneThreadOrManyFindTheSame() throws Exception {
        CrossFileTestSupport tree = new CrossFileTestSupport(dir);
        for (int i = 0; i < 200; i++) {
            tree.file("posts/p" + i + ".md", "---\nname: n" + (i % 150) + "\n---\n# P\n\n[next](p"
                    + (i + 1) + ".md#p) [[p" + (i + 2) + "]]\n");
        }
        var one = tree.lint(CONFIG, 1).findings();
        assertEquals(50 * 2 + 1 + 2, one.size(), "50 shared names on 2 files each, 1 + 2 broken links");
        assertEquals(one, tree.lint(CONFIG, 8).findings());
    }
}
