package dev.contentlint.rules;

import static dev.contentlint.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.document.TextBlock;
import dev.contentlint.style.Alert;
import dev.contentlint.style.Check;
import dev.contentlint.style.Scope;
import dev.contentlint.style.ValeRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each scope reads exactly its elements: the lines of the em dashes a rule sees. */
class ScopeTest {

    private static final String DRAFT = """
            ---
            title: a — b
            ---
            # One — h1

            ## Two — h2

            A paragraph — here. Second sentence — too.

            - a list item — x
            - > quoted in a list — y

            > a quote — z

            | Head — er | B |
            |---|---|
            | cell — c | d |

            `code — no` and <!-- comment — no --> and [link — text](http://x.example/—)

            ```
            fenced — no
            ```
            """;

    /** Alerts on every em dash of the blocks it reads. */
    private static final Check DASHES = text -> {
        List<Alert> alerts = new ArrayList<>();
        for (TextBlock block : text.blocks()) {
            for (int i = block.text().indexOf('—'); i >= 0; i = block.text().indexOf('—', i + 1)) {
                alerts.add(Alert.of(block.sourceOffset(i), block.sourceEnd(i + 1)));
            }
        }
        return alerts;
    };

    /** Where the em dashes a rule with this scope sees stand: "line:column", in order. */
    private static String seen(String... scope) {
        ValeRule rule = new ValeRule("S.R", Path.of("R.yml"), "existence", Severity.WARNING, "x",
                Scope.parse(List.of(scope)), Optional.empty(), 0, DASHES);
        return run(new StyleRule(rule, true, List.of(), List.of()), "a.md", DRAFT).stream()
                .map(f -> f.line() + ":" + f.column())
                .collect(Collectors.joining(" "));
    }

    @Test
    void eachScopeReadsItsElementsAndNeverCodeCommentsOrUrls() {
        String all = "4:7 6:8 8:13 8:37 10:15 11:22 13:11 15:8 17:8 19:49";
        assertEquals(all, seen("text"));
        assertEquals("4:7 6:8", seen("heading"));
        assertEquals("4:7", seen("heading.h1"));
        assertEquals("6:8", seen("heading.h2"));
        assertEquals("", seen("heading.h3"));
        assertEquals("8:13 8:37 10:15 11:22 13:11 19:49", seen("paragraph"));
        assertEquals("10:15 11:22", seen("list"));
        assertEquals("11:22 13:11", seen("blockquote"));
        assertEquals("15:8 17:8", seen("table"));
        assertEquals("15:8", seen("table.header"));
        assertEquals("17:8", seen("table.cell"));
        assertEquals("8:13 8:37 10:15 11:22 13:11 19:49", seen("summary"));
        assertEquals(all, seen("sentence"));
        assertEquals(all, seen("paragraph.md", "heading.md", "table"));
    }

    @Test
    void negationConjunctionAndLists() {
        assertEquals("8:13 8:37 10:15 15:8 17:8 19:49", seen("~heading & ~list & ~blockquote",
                "list & ~blockquote"));
        assertEquals("11:22", seen("list & blockquote"));
        assertEquals("8:13 8:37 19:49", seen("paragraph & ~list & ~blockquote"));
        assertEquals("4:7 6:8 15:8", seen("heading", "table.header"));
    }

    @Test
    void rawReadsTheMarkdownAsWrittenButNotTheFrontMatter() {
        assertEquals("4:7 6:8 8:13 8:37 10:15 11:22 13:11 15:8 17:8 19:7 19:30 19:49 19:74 22:8",
                seen("raw"));
    }

    @Test
    void anUnknownScopeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scope.parse(List.of("paragraf")));
        assertEquals("unknown scope 'paragraf'; scopes are blockquote, heading, heading.h1,"
                + " heading.h2, heading.h3, heading.h4, heading.h5, heading.h6, list, paragraph, raw,"
                + " sentence, summary, table, table.cell, table.header, text", e.getMessage());
    }
}
