package dev.contentlint.report;

import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One fixed lint result for the report tests: a file with an error and a suggestion, a file
 * whose name has a space and non-ASCII letters and whose findings have hostile messages (markup,
 * quotes, an emoji, a control character XML 1.0 cannot hold) and an empty region, and a clean
 * file; a rule that ran without a {@link RuleInfo} ({@code filename}).
 */
final class ReportFixture {

    static final String HOSTILE_MESSAGE =
            "say \"a < b & c\" \uD83D\uDE00 not <b>bold</b>, \u0001 control";

    static final Finding SCHEMA = new Finding("posts/a.md", 6, 9, 6, 16, Severity.ERROR,
            "frontmatter.schema", "status: \"drafted\" is not one of draft, review");
    static final Finding PASSIVE = new Finding("posts/a.md", 7, 1, 7, 5, Severity.SUGGESTION,
            "style.passive", "'was written' may be passive voice");
    static final Finding QUOTES = new Finding("posts/über café.md", 2, 3, 2, 10,
            Severity.WARNING, "style.quotes", HOSTILE_MESSAGE);
    static final Finding NAME = new Finding("posts/über café.md", 3, 1, 3, 1,
            Severity.SUGGESTION, "filename", "file name 'über café.md' has a space & an ü");

    static final List<Finding> FINDINGS = Stream.of(SCHEMA, PASSIVE, QUOTES, NAME)
            .sorted(Finding.ORDER).toList();

    static final List<RuleInfo> RULES = List.of(
            new RuleInfo("frontmatter.schema", "Front matter must match its type's schema",
                    Optional.of("https://example.org/rules/frontmatter-schema"), Severity.ERROR),
            new RuleInfo("style.quotes", "Use typographic quotes", Optional.empty(),
                    Severity.WARNING),
            new RuleInfo("style.passive", "Prefer the active voice", Optional.empty(),
                    Severity.SUGGESTION));

    private ReportFixture() {}

    static LintResult result() {
        List<FileResult> files = new ArrayList<>();
        files.add(new FileResult("docs/clean.md", "defaults", Optional.empty(), 5, List.of()));
        files.add(new FileResult("posts/a.md", "post", Optional.of("draft"), 10,
                List.of(SCHEMA, PASSIVE)));
        files.add(new FileResult("posts/über café.md", "post", Optional.empty(), 12,
                List.of(QUOTES, NAME)));
        return new LintResult(files, FINDINGS, Summary.of(files.size(), FINDINGS), 27,
                Duration.ofMillis(1234), RULES);
    }

    /** Content in {@code content/} under the project. */
    static ReportContext context(Path project) {
        return new ReportContext(project.resolve("content"), project, "1.2.3-test");
    }

    /** What a report says of one finding, comparable across formats. */
    record Seen(String path, int line, int column, String severity, String rule, String message) {

        static Seen of(Finding finding, ReportContext context) {
            return new Seen(context.projectPath(finding.path()), finding.line(), finding.column(),
                    finding.severity().id(), finding.rule(), finding.message());
        }

        /** As XML 1.0 carries it: characters it cannot hold as U+FFFD. */
        Seen inXml() {
            return new Seen(path, line, column, severity, rule, XmlText.attribute(message));
        }
    }
}
