package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.blockWithGap;
import static dev.contentlint.style.StyleTestSupport.region;
import static dev.contentlint.style.StyleTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalCheckTest {

    private static final String ACRONYMS = """
            extends: conditional
            message: "'%s' has no definition."
            ignorecase: false
            first: '\\b([A-Z]{3,5})\\b'
            second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'
            exceptions:
              - API
              - NASA Jet Lab
            """;

    @Test
    void reportsTheFirstPatternWhereItsValueWasNotCapturedBefore() throws ConfigException {
        Check check = ConditionalCheck.from(rule(ACRONYMS));
        List<Alert> alerts = check.check(region(
                // WHO at 4: not defined yet; API is an exception
                block(100, "The WHO said so. Use the API."),
                // defined in the same block, before or after its use
                block(200, "The WHO agrees with the World Health Organization (WHO)."),
                // defined above; NASA is not, except inside "NASA Jet Lab"
                blockWithGap(300, 4, 10, "Ask WHO and NASA, not the NASA Jet Lab.")));
        assertEquals(List.of(
                Alert.of(104, 107, "WHO"),
                Alert.of(322, 326, "NASA")), alerts);
    }

    @Test
    void aDefinitionCountsOnlyFromItsBlockOn() throws ConfigException {
        Check check = ConditionalCheck.from(rule(ACRONYMS));
        assertEquals(List.of(Alert.of(0, 3, "CPU")), check.check(region(
                block(0, "CPU first."), block(20, "Central Processing Unit (CPU)."),
                block(60, "CPU again."))));
    }

    @Test
    void withoutAGroupTheSecondPatternMustBeInTheSameBlock() throws ConfigException {
        Check check = ConditionalCheck.from(rule("""
                extends: conditional
                message: "'%s' needs an owner."
                first: '\\bTODO\\b'
                second: '\\bowner:'
                """));
        assertEquals(List.of(Alert.of(4, 8, "TODO"), Alert.of(15, 19, "TODO")),
                check.check(region(block(0, "Fix TODO soon, TODO."),
                        block(50, "TODO: owner: me"))));
    }

    @Test
    void ignorecaseAppliesToPatternsAndValues() throws ConfigException {
        Check check = ConditionalCheck.from(rule("""
                extends: conditional
                message: x
                ignorecase: true
                first: '\\bfoo\\b'
                second: 'defined (foo)'
                """));
        assertEquals(List.of(Alert.of(0, 3, "FOO")), check.check(region(
                block(0, "FOO here."), block(20, "Defined Foo. Then FOO and foo."))));
    }

    @Test
    void patternsAreRequiredAndMustCompile() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConditionalCheck.from(
                rule("extends: conditional\nmessage: x\nsecond: '(a)'\n")));
        assertEquals("first", e.key());
        e = assertThrows(ConfigException.class, () -> ConditionalCheck.from(
                rule("extends: conditional\nmessage: x\nfirst: a\nsecond: '(a'\n")));
        assertEquals("second", e.key());
        e = assertThrows(ConfigException.class, () -> ConditionalCheck.from(rule(
                "extends: conditional\nmessage: x\nfirst: a\nsecond: '(a)'\nexceptions: ['(']\n")));
        assertEquals("exceptions", e.key());
    }
}
