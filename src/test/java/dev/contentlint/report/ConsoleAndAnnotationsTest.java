package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConsoleAndAnnotationsTest {

    private static LintResult result(int filesCount, int perFile) {
        List<FileResult> files = new ArrayList<>();
        List<Finding> all = new ArrayList<>();
        for (int f = 0; f < filesCount; f++) {
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < perFile; i++) {
                findings.add(new Finding("posts/p" + f + ".md", i + 1, 2, i + 1, 5,
                        i % 2 == 0 ? Severity.ERROR : Severity.WARNING, "S.R", "m" + i));
            }
            files.add(new FileResult("posts/p" + f + ".md", "post", Optional.empty(), 1, findings));
            all.addAll(findings);
        }
        files.add(new FileResult("posts/zz_clean.md", "post", Optional.empty(), 1, List.of()));
        return new LintResult(files, all, Summary.of(files.size(), all), 1, Duration.ZERO, List.of());
    }

    private static String text(List<ConsoleReport.Line> lines) {
        return lines.stream().map(l -> l.severity().map(Severity::id).orElse("info") + " " + l.text())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void fewFindingsArePrintedAsTheContractSaysWithoutHeaders() {
        assertEquals("""
                error posts/p0.md:1:2: error [S.R] m0
                warning posts/p0.md:2:2: warning [S.R] m1
                error posts/p1.md:1:2: error [S.R] m0
                warning posts/p1.md:2:2: warning [S.R] m1""",
                text(ConsoleReport.findings(result(2, 2), 100, "r.html")));
    }

    @Test
    void manyFindingsComeUnderTheirFileAndTheRestAreCounted() {
        String text = text(ConsoleReport.findings(result(3, 10), 12, "target/r.html"));
        assertEquals("""
                info posts/p0.md: 5 errors, 5 warnings, 0 suggestions
                error   posts/p0.md:1:2: error [S.R] m0""", text.lines().limit(2)
                .collect(Collectors.joining("\n")));
        assertEquals(12, text.lines().filter(l -> l.contains(": error [") || l.contains(": warning ["))
                .count());
        assertEquals("info posts/p1.md: 5 errors, 5 warnings, 0 suggestions",
                text.lines().skip(11).findFirst().orElseThrow());
        assertEquals("info contentlint: 18 more findings not printed (maxConsoleFindings=12); every"
                + " finding is in target/r.html", text.lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(33, ConsoleReport.findings(result(3, 10), 0, "r").size(), "0: all, with headers");
    }

    @Test
    void githubAnnotationsAreEscapedAndRelativeToTheWorkspace() {
        Finding finding = new Finding("posts/a, b.md", 3, 4, 3, 9, Severity.WARNING, "Carter.EmDash",
                "Don't use '—': 100% sure\nsecond line");
        ReportContext context = new ReportContext(Path.of("/repo/site/content"),
                Path.of("/repo/site"), "1");
        LintResult result = new LintResult(List.of(), List.of(finding), Summary.of(1, List.of(finding)),
                1, Duration.ZERO, List.of());
        assertEquals(List.of("::warning file=site/content/posts/a%2C b.md,line=3,endLine=3,col=4,"
                + "endColumn=9,title=contentlint Carter.EmDash::Don't use '—': 100%25 sure%0Asecond line"),
                GithubAnnotations.lines(result, context, Path.of("/repo"), "r.html"));
        Finding suggestion = new Finding("a.md", 1, 1, 2, 3, Severity.SUGGESTION, "x.Y", "m");
        assertEquals("::notice file=a.md,line=1,endLine=2,col=1,title=contentlint x.Y::m",
                GithubAnnotations.line(suggestion, "a.md"));
    }

    @Test
    void annotationsStopAtTheLimitWithANotice() {
        LintResult result = result(1, 60);
        ReportContext context = new ReportContext(Path.of("/repo/content"), Path.of("/repo"), "1");
        List<String> lines = GithubAnnotations.lines(result, context, Path.of("/repo"), "target/r.html");
        assertEquals(GithubAnnotations.MAX + 1, lines.size());
        assertEquals("::error file=content/posts/p0.md,line=1,endLine=1,col=2,endColumn=5,"
                + "title=contentlint S.R::m0", lines.get(0));
        assertEquals("::notice title=contentlint::10 more findings are not annotated; every finding"
                + " is in target/r.html", lines.get(GithubAnnotations.MAX));
    }
}
