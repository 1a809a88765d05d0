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

class SubstitutionCheckTest {

    @Test
    void reportsTheReplacementFirstThenTheMatch() throws ConfigException {
        List<Alert> alerts = run(SubstitutionCheck::from, """
                swap:
                  utilize: use
                  in order to: to
                """, whole(block(200, "We utilize it in order to win.")));
        assertEquals(List.of(Alert.of(203, 210, "use", "utilize"),
                Alert.of(214, 225, "to", "in order to")), alerts);
    }

    @Test
    void mapsMatchesPastTextThatTheBlockLeftOut() throws ConfigException {
        assertEquals(List.of(Alert.of(30, 37, "use", "utilize")), run(SubstitutionCheck::from,
                "swap:\n  utilize: use\n", whole(blockWithGap(10, "See  and utilize", 4, 11))));
    }

    @Test
    void whatAlreadyIsTheReplacementIsNotReported() throws ConfigException {
        String yaml = "ignorecase: true\nswap:\n  javascript: JavaScript\n";
        assertEquals(List.of(Alert.of(15, 25, "JavaScript", "javascript")), run(
                SubstitutionCheck::from, yaml, whole(block(0, "JavaScript and javascript"))));
        // A value that is a regex (not a plain phrase) accepts what it matches in full.
        String regexValue = "swap:\n  '(?:ok|okay)': OK|okay\n";
        assertEquals(List.of(Alert.of(0, 2, "OK|okay", "ok")),
                run(SubstitutionCheck::from, regexValue, whole(block(0, "ok, okay"))));
        assertEquals(List.of(Alert.of(0, 6, "email", "e-mail")), run(SubstitutionCheck::from,
                "swap:\n  e-?mail: email\n", whole(block(0, "e-mail or email"))));
    }

    @Test
    void theLongerKeyWinsWhereTwoOverlap() throws ConfigException {
        assertEquals(List.of(Alert.of(4, 12, "website", "web site")), run(SubstitutionCheck::from,
                "swap:\n  site: place\n  web site: website\n", whole(block(0, "The web site"))));
    }

    @Test
    void replaceActionShowsTheOptionsQuotedAndTheMessageDropsItsFirstQuotes() throws ConfigException {
        String yaml = """
                message: "Use '%s' instead of '%s'."
                action:
                  name: replace
                swap:
                  utilize: use|employ
                  leverage: use|apply|exploit
                  whilst: while
                """;
        SubstitutionCheck check = SubstitutionCheck.from(source(yaml));
        List<Alert> alerts = check.check(whole(block(0, "utilize, leverage, whilst, use")));
        assertEquals(List.of(Alert.of(0, 7, "'use' or 'employ'", "utilize"),
                Alert.of(9, 17, "'use', 'apply', or 'exploit'", "leverage"),
                Alert.of(19, 25, "'while'", "whilst")), alerts);
        assertEquals("Use %s instead of '%s'.", check.adaptMessage("Use '%s' instead of '%s'."));
        assertEquals("Did you mean '%s'?", check.adaptMessage("Did you mean '%s'?"),
                "only a message that quotes both");
        assertEquals("Use %s, not \"%s\".", check.adaptMessage("Use \"%s\", not \"%s\"."));
        // A match that is one of the options is no finding.
        assertEquals(List.of(Alert.of(0, 7, "'utilize' or 'use'", "utilise")), run(
                SubstitutionCheck::from, "action: {name: replace}\nswap:\n  utili[sz]e: utilize|use\n",
                whole(block(0, "utilise, utilize"))));
    }

    @Test
    void withoutReplaceActionTheValueIsShownAsWritten() throws ConfigException {
        SubstitutionCheck check = SubstitutionCheck.from(source("swap:\n  utilize: use|employ\n"));
        assertEquals(List.of(Alert.of(0, 7, "use|employ", "utilize")),
                check.check(whole(block(0, "utilize"))));
        assertEquals("Use '%s' instead of '%s'.", check.adaptMessage("Use '%s' instead of '%s'."));
    }

    @Test
    void capitalizeFollowsACapitalizedMatch() throws ConfigException {
        String yaml = "capitalize: true\nignorecase: true\nswap:\n  utilize: use\n";
        assertEquals(List.of(Alert.of(0, 7, "Use", "Utilize"), Alert.of(12, 19, "use", "utilize")),
                run(SubstitutionCheck::from, yaml, whole(block(0, "Utilize and utilize"))));
        assertEquals("Élan", SubstitutionCheck.capFirst("élan"));
    }

    @Test
    void groupReferencesInTheValueTakeTheKeysGroups() throws ConfigException {
        String yaml = "swap:\n  '(\\w+)ise': '$1ize'\n  colour: color\n";
        assertEquals(List.of(Alert.of(3, 11, "organize", "organise"),
                Alert.of(16, 22, "color", "colour")),
                run(SubstitutionCheck::from, yaml, whole(block(0, "To organise the colour"))));
    }

    @Test
    void groupsInAKeyDoNotShiftTheReplacementsOfTheOthers() throws ConfigException {
        String yaml = "swap:\n  '(foo|bar)s': plural\n  baz: qux\n";
        assertEquals(List.of(Alert.of(0, 4, "plural", "bars"), Alert.of(5, 8, "qux", "baz")),
                run(SubstitutionCheck::from, yaml, whole(block(0, "bars baz"))));
        assertEquals("(?:a)[(]\\(x(?:b)", SubstitutionCheck.withoutCaptures("(a)[(]\\(x(b)"));
    }

    @Test
    void nonwordKeysMatchAnywhereAndBoundedOnesAreWarnedAbout() throws ConfigException {
        assertEquals(List.of(Alert.of(4, 7, "…", "...")), run(SubstitutionCheck::from,
                "nonword: true\nswap:\n  '\\.\\.\\.': …\n", whole(block(0, "wait... on"))));
        RuleSource source = source("swap:\n  ok: fine\n  'vs\\.': versus\n");
        SubstitutionCheck.from(source);
        assertEquals(1, source.warnings().size());
        assertTrue(source.warnings().get(0).startsWith(StyleTestSupport.RULE_FILE
                + ":3:11: Test.Rule: swap: swap key 'vs\\.' ends with a non-word char"),
                source.warnings().get(0));
    }

    @Test
    void exceptionsAreNotReported() throws ConfigException {
        assertEquals(List.of(Alert.of(0, 6, "main", "Master")), run(SubstitutionCheck::from,
                "ignorecase: true\nexceptions: [master]\nswap:\n  master: main\n",
                whole(block(0, "Master, master"))), "exceptions are case-sensitive");
    }

    @Test
    void anInvalidKeyNamesItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> SubstitutionCheck.from(source("""
                swap:
                  fine: ok
                  'bro(ken': whole
                """)));
        assertEquals(3, e.line());
        assertEquals("swap", e.key());
        assertTrue(e.getMessage().contains("invalid regex"), e.getMessage());
    }

    @Test
    void optionsAndSentences() {
        assertEquals(List.of("a", "b|c", "d"), SubstitutionCheck.options("a|b\\|c||d"));
        assertEquals("'a'", SubstitutionCheck.toSentence(List.of("a")));
        assertEquals("'a' or 'b'", SubstitutionCheck.toSentence(List.of("a", "b")));
        assertEquals("'a', 'b', or 'c'", SubstitutionCheck.toSentence(List.of("a", "b", "c")));
        assertTrue(SubstitutionCheck.isPhrase("well-known 2 words"));
        assertTrue(!SubstitutionCheck.isPhrase("e.g."));
    }
}
