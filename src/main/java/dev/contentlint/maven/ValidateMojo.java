package dev.contentlint.maven;

import dev.contentlint.baseline.Baseline;
import dev.contentlint.baseline.BaselineFileException;
import dev.contentlint.baseline.BaselineJson;
import dev.contentlint.baseline.BaselineMatcher;
import dev.contentlint.baseline.Fingerprints;
import dev.contentlint.config.Config;
import dev.contentlint.config.FailOn;
import dev.contentlint.config.StagedConfig;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.report.ConsoleReport;
import dev.contentlint.report.GithubAnnotations;
import dev.contentlint.report.ReportContext;
import dev.contentlint.report.ReportFormat;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the Markdown content of a project: front matter against JSON Schemas, per content
 * type; prints one line per finding, writes the reports, then fails the build at {@code failOn}.
 *
 * <p>Where a baseline file exists ({@code baselineFile}, written by {@code contentlint:baseline}),
 * the findings it accepts are baselined: counted in one console line rather than printed, marked
 * in the reports, and never failing the build; {@code failOn} judges the new findings only.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractContentlintMojo {

    /**
     * The least severity that fails the build: {@code error}, {@code warning},
     * {@code suggestion} or {@code none}. Default: the configuration's {@code failOn}, else
     * {@code error}.
     */
    @Parameter(property = "contentlint.failOn")
    private String failOn;

    /** Skips the check. */
    @Parameter(property = "contentlint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The report files to write, comma-separated: {@code json}, {@code html}, {@code sarif},
     * {@code checkstyle}, {@code junit}; empty for none.
     */
    @Parameter(property = "contentlint.formats", defaultValue = ReportFormat.DEFAULT_FORMATS)
    private String formats;

    /**
     * The most findings printed to the console; the rest are in the reports. 0 for all. Above
     * 20 findings, each file's findings come under a line that names the file.
     */
    @Parameter(property = "contentlint.maxConsoleFindings", defaultValue = "100")
    private int maxConsoleFindings;

    /**
     * Under GitHub Actions ({@code GITHUB_ACTIONS=true}), also print workflow commands
     * ({@code ::error file=...,line=...::message}) so that findings show on the pull request.
     */
    @Parameter(property = "contentlint.githubAnnotations", defaultValue = "true")
    private boolean githubAnnotations;

    /**
     * Whether to hold the findings against the baseline file where one exists; {@code false}
     * reports and judges every finding as if there were none.
     */
    @Parameter(property = "contentlint.useBaseline", defaultValue = "true")
    private boolean useBaseline;

    /** The environment, read once; tests replace it. */
    Map<String, String> environment = System.getenv();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        long started = System.nanoTime();
        Log log = getLog();
        if (skip) {
            log.info("contentlint: skipped (contentlint.skip)");
            return;
        }
        StagedConfig staged = loadConfig();
        Config config = staged.structure();
        long configured = System.nanoTime();
        FailOn threshold = failOn(config);
        List<ReportFormat> reportFormats = reportFormats();
        Optional<Path> content = contentRoot(config);
        if (content.isEmpty()) {
            compileConfig(staged); // nothing to check, but a faulty configuration still fails
            return;
        }
        Path contentRoot = content.get();
        Path reports = reportFolder(contentRoot);
        LintResult linted = lint(staged, contentRoot, reports);
        long checked = System.nanoTime();
        LintResult result;
        List<Path> written;
        boolean cacheAwaited = false;
        try {
            result = applyBaseline(linted, contentRoot, config.maxFileSize());
            String fullReport = fullReport(reportFormats, reports);
            for (ConsoleReport.Line line : ConsoleReport.findings(result, maxConsoleFindings, fullReport)) {
                switch (line.severity().orElse(Severity.SUGGESTION)) {
                    case ERROR -> log.error(line.text());
                    case WARNING -> log.warn(line.text());
                    case SUGGESTION -> log.info(line.text());
                }
            }
            log.info(ConsoleReport.summary(result));
            ConsoleReport.baseline(result).forEach(log::info);
            long printed = System.nanoTime();

            ReportContext context = new ReportContext(contentRoot, basedir.toPath(),
                    ReportContext.currentVersion());
            written = writeReports(result, context, reportFormats, reports);
            if (reportFormats.contains(ReportFormat.HTML)) {
                log.info("contentlint: every finding with its source lines: "
                        + reports.resolve(ReportFormat.HTML.fileName()));
            }
            annotate(result, context, fullReport);
            long reported = System.nanoTime();
            cacheAwaited = true;
            awaitCache();
            if (log.isDebugEnabled()) {
                long now = System.nanoTime();
                log.debug(String.format(Locale.ROOT, "contentlint: time: configuration %.2f s,"
                        + " checks %.2f s (the engine %.2f s), baseline and console %.2f s,"
                        + " reports %.2f s, then the result cache (written meanwhile) %.2f s",
                        (configured - started) / 1e9, (checked - configured) / 1e9,
                        linted.elapsed().toNanos() / 1e9, (printed - checked) / 1e9,
                        (reported - printed) / 1e9, (now - reported) / 1e9));
            }
        } finally {
            if (!cacheAwaited) {
                awaitCache(); // a goal that failed still leaves a whole cache, or none
            }
        }
        // The goal's own time, from its start to its end: configuration, checks, cache, reports.
        log.info(String.format(Locale.ROOT, "contentlint: %s, %.2f MB, in %.2f s (%s)",
                ConsoleReport.plural(result.summary().files(), "file"), result.bytes() / 1_000_000.0,
                (System.nanoTime() - started) / 1e9, contentRoot));
        decide(result, threshold, written);
    }

    /**
     * The result held against the baseline file, where there is one and it is used. The
     * default file need not exist; a file named by the parameter must.
     */
    private LintResult applyBaseline(LintResult result, Path contentRoot, long maxFileSize)
            throws MojoExecutionException {
        Path file = baselinePath();
        String name = baselineName(file);
        if (!useBaseline) {
            if (Files.exists(file)) {
                getLog().info("contentlint: the baseline " + name + " is not used"
                        + " (contentlint.useBaseline=false); every finding counts");
            }
            return result;
        }
        if (!Files.exists(file)) {
            if (isDefaultBaselineFile(file)) {
                if (getLog().isDebugEnabled()) {
                    getLog().debug("contentlint: no baseline at " + file);
                }
                return result;
            }
            throw new MojoExecutionException("contentlint: baseline file not found: " + file
                    + " (set by baselineFile / contentlint.baselineFile); record it with"
                    + " mvn contentlint:baseline");
        }
        Baseline baseline;
        try {
            baseline = BaselineJson.read(file, name);
        } catch (BaselineFileException e) {
            throw new MojoExecutionException("contentlint: " + e.getMessage());
        }
        return result.withBaseline(BaselineMatcher.match(baseline, name, result.findings(),
                new Fingerprints(contentRoot, maxFileSize).keys(result.findings())));
    }

    /** The parameter, else the configuration's {@code failOn}, else error. */
    private FailOn failOn(Config config) throws MojoExecutionException {
        if (failOn == null || failOn.isBlank()) {
            return config.failOn().orElse(FailOn.ERROR);
        }
        return FailOn.parse(failOn).orElseThrow(() -> new MojoExecutionException("contentlint:"
                + " failOn '" + failOn + "' is not one of error, warning, suggestion, none"));
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        try {
            return ReportFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("contentlint: formats: " + e.getMessage());
        }
    }

    private List<Path> writeReports(LintResult result, ReportContext context,
            List<ReportFormat> reportFormats, Path folder) throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : reportFormats) {
            try {
                written.add(format.write(result, context, folder));
            } catch (IOException e) {
                throw new MojoExecutionException("contentlint: cannot write the " + format.id()
                        + " report into " + folder + ": " + e.getMessage(), e);
            }
        }
        if (!written.isEmpty()) {
            getLog().info("contentlint: reports: " + String.join(", ",
                    written.stream().map(Path::toString).toList()));
        }
        return written;
    }

    /** The report that holds every finding, for people: the HTML one where it is written. */
    private static String fullReport(List<ReportFormat> formats, Path folder) {
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.SARIF,
                ReportFormat.CHECKSTYLE, ReportFormat.JUNIT)) {
            if (formats.contains(format)) {
                return folder.resolve(format.fileName()).toString();
            }
        }
        return "no report (formats is empty)";
    }

    /** Workflow commands for GitHub Actions, printed raw: the runner reads them from stdout. */
    private void annotate(LintResult result, ReportContext context, String fullReport) {
        if (!githubAnnotations || !"true".equals(environment.get("GITHUB_ACTIONS"))
                || result.findings().isEmpty()) {
            return;
        }
        String workspace = environment.get("GITHUB_WORKSPACE");
        Path root = workspace == null || workspace.isBlank() ? basedir.toPath() : Path.of(workspace);
        for (String line : GithubAnnotations.lines(result, context, root, fullReport)) {
            System.out.println(line);
        }
    }

    private void decide(LintResult result, FailOn threshold, List<Path> written)
            throws MojoFailureException {
        long failing = result.newFindings().stream().filter(f -> threshold.fails(f.severity()))
                .count();
        if (failing == 0) {
            return;
        }
        Summary summary = result.summary();
        String report = written.isEmpty() ? "the lines above" : written.get(0).toString();
        if (result.baseline().isEmpty()) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "contentlint: %s, %s, %s (failOn=%s); see %s",
                    ConsoleReport.plural(summary.errors(), "error"),
                    ConsoleReport.plural(summary.warnings(), "warning"),
                    ConsoleReport.plural(summary.suggestions(), "suggestion"), threshold.id(),
                    report));
        }
        throw new MojoFailureException(String.format(Locale.ROOT,
                "contentlint: %s, %s, %s (failOn=%s; %s accepted by the baseline %s); see %s",
                ConsoleReport.plural(summary.errors(), "new error"),
                ConsoleReport.plural(summary.warnings(), "new warning"),
                ConsoleReport.plural(summary.suggestions(), "new suggestion"), threshold.id(),
                ConsoleReport.plural(result.baselinedCount(), "finding"),
                result.baseline().get().file(), report));
    }
}
