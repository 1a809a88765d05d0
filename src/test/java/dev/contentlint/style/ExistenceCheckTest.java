package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.blockWithGap;
import static dev.contentlint.style.StyleTestSupport.run;
import static dev.contentlint.style.StyleTestSupport.source;
import static dev.contentlint.style.StyleTestSupport.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExistenceCheckTest {

    @Test
    void reportsEachTokenAtItsSourceOffsetsWithTheMatchAsArgument() throws ConfigException {
        List<Alert> alerts = run(ExistenceCheck::from, """
                tokens:
                  - very
                  - really
                """, whole(block(100, "It is very, really very good.")));
        assertEquals(List.of(Alert.of(106, 110, "very"), Alert.of(112, 118, "really"),
                Alert.of(119, 123, "very")), alerts);
    }

    @Test
    void mapsMatchesPastTextThatTheBlockLeftOut() throws ConfigException {
        // "Run `npm ci` very fast": the code span (9 source chars) is not in the block's text.
        List<Alert> alerts = run(ExistenceCheck::from, "tokens: [very]\n",
                whole(blockWithGap(50, "Run  very fast", 4, 9)));
        assertEquals(List.of(Alert.of(64, 68, "very")), alerts);
    }

    @Test
    void tokensAreWholeWordsUnlessNonword() throws ConfigException {
        String text = "concatenate the cat";
        assertEquals(List.of(Alert.of(16, 19, "cat")),
                run(ExistenceCheck::from, "tokens: [cat]\n", whole(block(0, text))));
        assertEquals(3, run(ExistenceCheck::from, "tokens: [cat]\nnonword: true\n",
                whole(block(0, text + " cat"))).size());
    }

    @Test
    void ignorecaseAndBlankTokens() throws ConfigException {
        assertEquals(List.of(), run(ExistenceCheck::from, "tokens: [very]\n",
                whole(block(0, "Very good"))));
        assertEquals(List.of(Alert.of(0, 4, "Very")), run(ExistenceCheck::from,
                "tokens: [very, '  ']\nignorecase: true\n", whole(block(0, "Very good"))));
    }

    @Test
    void rawGoesBeforeTheTokensOrAfterWithAppend() throws ConfigException {
        // write-good.Passive: raw first, then the boundaries and the tokens.
        String passive = """
                raw:
                  - \\b(?:is|was)\\s+
                tokens:
                  - '\\w+ed'
                """;
        assertEquals(List.of(Alert.of(8, 18, "was killed")),
                run(ExistenceCheck::from, passive, whole(block(0, "The cat was killed."))));
        String appended = """
                raw:
                  - '\\s+now'
                tokens: [do it]
                append: true
                """;
        assertEquals(List.of(Alert.of(4, 14, "do it  now")),
                run(ExistenceCheck::from, appended, whole(block(0, "Go, do it  now."))));
    }

    @Test
    void exceptionsAreFoundInsideTheMatchCaseSensitively() throws ConfigException {
        String yaml = """
                tokens: ['\\w+ly', 'very \\w+']
                exceptions: [only, very well]
                """;
        List<Alert> alerts = run(ExistenceCheck::from, yaml,
                whole(block(0, "only badly, very well, very good, Only")));
        assertEquals(List.of(Alert.of(5, 10, "badly"), Alert.of(23, 32, "very good"),
                Alert.of(34, 38, "Only")), alerts);
    }

    @Test
    void aMatchInsideAnAcceptedPhraseIsExcepted() throws ConfigException {
        String yaml = "tokens: [mea]\nexceptions: [mea culpa]\n";
        assertEquals(List.of(Alert.of(15, 18, "mea")),
                run(ExistenceCheck::from, yaml, whole(block(0, "mea culpa, and mea."))));
    }

    @Test
    void emptyMatchesAreNotReported() throws ConfigException {
        assertEquals(List.of(Alert.of(4, 6, "aa")), run(ExistenceCheck::from,
                "tokens: ['a*']\nnonword: true\n", whole(block(0, "bbb aa"))));
    }

    @Test
    void aTokenEndingInPunctuationMatchesOnlyBeforeAWordChar() throws ConfigException {
        String yaml = "tokens: ['e\\.g\\.']\n";
        assertEquals(List.of(), run(ExistenceCheck::from, yaml, whole(block(0, "See e.g. this"))));
        assertEquals(List.of(Alert.of(4, 8, "e.g.")),
                run(ExistenceCheck::from, yaml, whole(block(0, "See e.g.this"))));
        RuleSource source = source(yaml);
        ExistenceCheck.from(source);
        assertEquals(List.of(StyleTestSupport.RULE_FILE + ":1:9: Test.Rule: tokens: token"
                + " 'e\\.g\\.' ends with a non-word char, so the \\b Vale puts after it lets it"
                + " match only right before a letter, digit or underscore, never before a space,"
                + " punctuation or at the end of the text; set nonword: true to match it on its own"),
                source.warnings());
    }

    @Test
    void tokensThatSitWhereProseHasThemAreNotWarnedAbout() throws ConfigException {
        RuleSource source = source("""
                tokens:
                  - ', so to speak'
                  - '\\(s\\)he'
                  - 'e\\.g\\.'
                  - '-based'
                """);
        ExistenceCheck.from(source);
        // ", so to speak" follows a word as prose writes it; "-based" joins a word; "(s)he" and
        // "e.g." stand after or before a space in prose, where the boundary fails.
        assertEquals(2, source.warnings().size(), source.warnings().toString());
        assertTrue(source.warnings().get(0).contains("token '\\(s\\)he' starts with a non-word char"));
        assertTrue(source.warnings().get(1).contains("token 'e\\.g\\.' ends with a non-word char"));
        assertEquals(List.of(Alert.of(10, 23, ", so to speak")), run(ExistenceCheck::from,
                "tokens: [', so to speak']\n", whole(block(0, "It is good, so to speak."))));
    }

    @Test
    void nothingToWarnAboutWithNonwordOrRawFirst() throws ConfigException {
        RuleSource nonword = source("tokens: ['e\\.g\\.']\nnonword: true\n");
        ExistenceCheck.from(nonword);
        assertEquals(List.of(), nonword.warnings());
        RuleSource raw = source("raw: ['\\s']\ntokens: ['\\(s\\)he']\n");
        ExistenceCheck.from(raw);
        assertEquals(List.of(), raw.warnings(), "raw comes first: no \\b before the tokens");
    }

    @Test
    void anInvalidTokenNamesItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> ExistenceCheck.from(source("""
                message: x
                tokens:
                  - fine
                  - 'broken('
                """)));
        assertEquals(4, e.line());
        assertEquals("tokens", e.key());
        assertTrue(e.getMessage().contains("invalid regex"), e.getMessage());
    }

    @Test
    void aRuleWithoutTokensOrRawIsWarnedAbout() throws ConfigException {
        RuleSource source = source("message: x\n");
        ExistenceCheck check = ExistenceCheck.from(source);
        assertTrue(source.warnings().get(0).endsWith(
                "neither tokens nor raw is set: the rule never reports anything"));
        assertEquals(List.of(), check.check(whole(block(0, "anything"))));
    }
}
