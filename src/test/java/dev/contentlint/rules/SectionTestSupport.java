package dev.contentlint.rules;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.config.SectionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Listed sections as the configuration would give them, and the example draft. */
final class SectionTestSupport {

    static final Path EXAMPLE = Path.of(System.getProperty("contentlint.example",
            "examples/vault/posts/30_demos_bidirectional_carter.md"));

    private SectionTestSupport() {}

    /** A required section of any level with no table. */
    static SectionSpec spec(String heading) {
        return spec(heading, 0, true, List.of());
    }

    /** A required section of one level (0 for any) with no table. */
    static SectionSpec spec(String heading, int level) {
        return spec(heading, level, true, List.of());
    }

    /**
     * @param heading exact text, {@code PREFIX*} or {@code /regex/}
     * @param level 0 for any
     */
    static SectionSpec spec(String heading, int level, boolean required, List<String> table) {
        Pattern pattern = heading.length() > 2 && heading.startsWith("/") && heading.endsWith("/")
                ? Pattern.compile(heading.substring(1, heading.length() - 1)) : null;
        return new SectionSpec(heading, pattern, level == 0 ? OptionalInt.empty() : OptionalInt.of(level),
                required, table, List.of(), 10);
    }

    static SectionSpec optional(String heading) {
        return spec(heading, 0, false, List.of());
    }

    /**
     * The sections of the README's {@code linkedin-post} type, with {@code HOOK B*} (so that the
     * second hook is a listed section too) and {@code NOTES} at level 2.
     */
    static List<SectionSpec> linkedInPost() {
        return List.of(
                spec("IDEA LEGOS", 2, true, List.of("Lego", "Choice")),
                spec("HOOK A*"),
                spec("HOOK B*"),
                spec("/^FULL POST\\b/"),
                optional("Comments"),
                spec("NOTES", 2));
    }

    /** Every section rule of a type, the order strict. */
    static List<FileRule> allRules(String type, List<SectionSpec> specs) {
        return List.of(new SectionsMissingRule(type, specs), new SectionsOrderRule(type, specs, true),
                new SectionsLevelRule(type, specs), new SectionsEmptyRule(type, specs),
                new SectionsTableRule(type, specs));
    }

    /** The findings of several rules on one file, in report order. */
    static List<Finding> runAll(List<FileRule> rules, String path, String text) {
        List<Finding> all = new ArrayList<>();
        for (FileRule rule : rules) {
            all.addAll(RuleTestSupport.run(rule, path, text));
        }
        all.sort(Finding.ORDER);
        return all;
    }

    /** The example draft, or the test is skipped where it is not at hand. */
    static String example() throws IOException {
        assumeTrue(Files.isRegularFile(EXAMPLE), "example draft not found: " + EXAMPLE);
        return Files.readString(EXAMPLE);
    }
}
