package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.blockWithGap;
import static dev.contentlint.style.StyleTestSupport.region;
import static dev.contentlint.style.StyleTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalizationCheckTest {

    private static Check capitalization(String settings) throws ConfigException {
        return CapitalizationCheck.from(rule("extends: capitalization\nmessage: \"'%s'\"\n"
                + "scope: heading\n" + settings));
    }

    private static TextBlock heading(int base, String text) {
        return block(base, text, "heading", "heading.h2");
    }

    /** The texts of the blocks that are reported. */
    private static List<String> reported(Check check, String... texts) {
        TextBlock[] blocks = new TextBlock[texts.length];
        for (int i = 0; i < texts.length; i++) {
            blocks[i] = heading(100 * i, texts[i]);
        }
        return check.check(region(blocks)).stream().map(a -> a.args().get(0)).toList();
    }

    private static final String SENTENCE = """
            match: $sentence
            indicators:
              - ':'
            exceptions:
              - Azure
              - CLI
              - Visual Studio Code
            """;

    @Test
    void anAlertSpansTheBlockWithItsTextAndTheExpectedForm() throws ConfigException {
        Check check = capitalization(SENTENCE);
        assertEquals(List.of(Alert.of(200, 225, "Getting Started Tutorial",
                        "Getting started tutorial")),
                check.check(region(heading(0, "Getting started"),
                        blockWithGap(200, 8, 1, "Getting Started Tutorial", "heading"))));
    }

    @Test
    void sentenceCase() throws ConfigException {
        Check check = capitalization(SENTENCE);
        assertEquals(List.of("Getting Started Tutorial", "API reference", "getting started",
                        "Install The Tool Now"),
                reported(check, "Getting started", "Getting Started Tutorial",
                        "Deploy to Azure with the CLI", "Open it in Visual Studio Code",
                        "Step 1: Configure the app", "API reference", "getting started",
                        "Install The Tool Now", "Top-level settings", "1. Install it"));
    }

    @Test
    void sentenceCaseToleratesAFifthOfTheWordsByDefault() throws ConfigException {
        // 4 words, 1 wrong: 0.75 is under 0.8 but not under 0.7
        assertEquals(1, reported(capitalization(SENTENCE), "Getting Started with docs").size());
        assertEquals(0, reported(capitalization(SENTENCE + "threshold: 0.7\n"),
                "Getting Started with docs").size());
        // 5 words, 1 wrong: 0.8 passes
        assertEquals(0, reported(capitalization(SENTENCE), "Getting Started with the docs")
                .size());
    }

    @Test
    void aPrefixIsLeftOut() throws ConfigException {
        assertEquals(1, reported(capitalization(SENTENCE), "A. Getting started").size());
        assertEquals(0, reported(capitalization(SENTENCE + "prefix: '^[A-Z]\\.\\s'\n"),
                "A. Getting started").size());
    }

    @Test
    void titleCaseInApStyle() throws ConfigException {
        Check check = capitalization("match: $title\n");
        // "to" is capitalized as the last word
        assertEquals(List.of("The quick guide", "A Guide to", "Getting started with the docs"),
                reported(check, "The Quick Guide to Writing", "The quick guide",
                        "How To Install the CLI", "Working With Files", "A Guide to",
                        "Getting started with the docs", "What Is an API?"));
    }

    @Test
    void titleCaseInChicagoStyleLowersPrepositions() throws ConfigException {
        Check check = capitalization("match: $title\nstyle: Chicago\n");
        assertEquals(List.of("Working With Files Without Help"),
                reported(check, "Working With Files Without Help", "Working with Files",
                        "Files to Look Into"));
    }

    @Test
    void titleCaseExceptions() throws ConfigException {
        Check check = capitalization("match: $title\nexceptions:\n  - macOS\n  - iPhone\n");
        assertEquals(List.of(), reported(check, "Using macOS on an iPhone"));
    }

    @Test
    void lowerUpperAndRegex() throws ConfigException {
        assertEquals(List.of("Hello world"),
                reported(capitalization("match: $lower\n"), "hello world", "Hello world"));
        assertEquals(List.of("Hello"),
                reported(capitalization("match: $upper\nexceptions: [Ok]\n"), "HELLO", "Hello",
                        "Ok then"));
        Check regex = capitalization("match: '^[A-Z]'\n");
        assertEquals(List.of(Alert.of(100, 105, "hello", "^[A-Z]")),
                regex.check(region(heading(0, "Hello"), heading(100, "hello"))));
    }

    @Test
    void blocksWithoutWordsPass() throws ConfigException {
        assertEquals(List.of(), reported(capitalization(SENTENCE), "—", ""));
    }

    @Test
    void badSettingsAreErrorsAtTheirKeys() {
        assertEquals("match", assertThrows(ConfigException.class,
                () -> capitalization("style: AP\n")).key());
        assertEquals("match", assertThrows(ConfigException.class,
                () -> capitalization("match: '[a-'\n")).key());
        assertEquals("threshold", assertThrows(ConfigException.class,
                () -> capitalization("match: $title\nthreshold: 1.5\n")).key());
        assertEquals("prefix", assertThrows(ConfigException.class,
                () -> capitalization("match: $title\nprefix: '(('\n")).key());
    }

    @Test
    void anUnknownStyleIsApWithAWarning() throws ConfigException {
        RuleSource source = rule("extends: capitalization\nmessage: x\nmatch: $title\n"
                + "style: chicago\n");
        Check check = CapitalizationCheck.from(source);
        assertEquals(1, source.warnings().size());
        assertEquals(List.of(), check.check(region(heading(0, "Working With Files"))));
    }
}
