package dev.contentlint.maven;

import dev.contentlint.baseline.Baseline;
import dev.contentlint.baseline.BaselineFileException;
import dev.contentlint.baseline.BaselineJson;
import dev.contentlint.baseline.Fingerprints;
import dev.contentlint.config.Config;
import dev.contentlint.config.StagedConfig;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Summary;
import dev.contentlint.report.AtomicFiles;
import dev.contentlint.report.ConsoleReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records today's findings in the baseline file ({@code baselineFile}, by default
 * {@code contentlint-baseline.json} beside the pom), so that {@code validate} fails only on new
 * ones. Runs the same check as {@code validate} with the same configuration; never fails the
 * build on findings. The file is rewritten from today's findings alone, so findings fixed since
 * the last recording drop out of it. Commit the file; review its diff like code.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractContentlintMojo {

    @Override
    public void execute() throws MojoExecutionException {
        Log log = getLog();
        StagedConfig staged = loadConfig();
        Config config = staged.structure();
        Optional<Path> content = contentRoot(config);
        if (content.isEmpty()) {
            compileConfig(staged); // nothing to check, but a faulty configuration still fails
            log.info("contentlint: no baseline recorded: there is no content to check");
            return;
        }
        Path contentRoot = content.get();
        Path file = baselinePath();
        String name = baselineName(file);
        refuseInsideContent(file, contentRoot);
        Optional<Baseline> previous = previous(file, name);

        Path reports = reportFolder(contentRoot);
        LintResult result = lint(staged, contentRoot, reports);
        awaitCache();
        Baseline baseline = Baseline.of(new Fingerprints(contentRoot, staged.structure().maxFileSize()).keys(result.findings()));

        byte[] bytes;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BaselineJson.write(baseline, out);
            bytes = out.toByteArray();
            if (!sameBytes(file, bytes)) {
                AtomicFiles.write(file, stream -> stream.write(bytes));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint: cannot write the baseline " + file
                    + ": " + e.getMessage(), e);
        }

        Summary summary = result.summary();
        log.info(String.format(Locale.ROOT,
                "contentlint: recorded %s in %s in the baseline %s (%s, %s, %s; %s checked)",
                ConsoleReport.plural(baseline.findings(), "finding"),
                ConsoleReport.plural(baseline.files(), "file"), name,
                ConsoleReport.plural(summary.errors(), "error"),
                ConsoleReport.plural(summary.warnings(), "warning"),
                ConsoleReport.plural(summary.suggestions(), "suggestion"),
                ConsoleReport.plural(summary.files(), "file")));
        if (previous.isPresent()) {
            Baseline.Change change = baseline.changeFrom(previous.get());
            if (change.added() == 0 && change.dropped() == 0) {
                log.info("contentlint: the baseline is unchanged");
            } else {
                log.info("contentlint: since the previous baseline: "
                        + ConsoleReport.plural(change.dropped(), "finding") + " dropped out"
                        + " (fixed), " + change.added() + " added");
            }
        }
        if (baseline.findings() > 0) {
            log.info("contentlint: validate now fails only on findings that are not in " + name
                    + "; commit it");
        }
    }

    /**
     * The plugin never writes into the content directory. Where the project itself lies inside
     * the content root ({@code content: .}), the project's files are content-root files anyway,
     * and the baseline beside the pom is one of them.
     */
    private void refuseInsideContent(Path file, Path contentRoot) throws MojoExecutionException {
        Path project = basedir.toPath().toAbsolutePath().normalize();
        if (file.startsWith(contentRoot) && !project.startsWith(contentRoot)) {
            throw new MojoExecutionException("contentlint: the baseline file " + file
                    + " lies inside the content directory " + contentRoot + "; contentlint never"
                    + " writes there. Set baselineFile elsewhere (the default is "
                    + DEFAULT_BASELINE + " beside the pom).");
        }
        if (Files.isDirectory(file)) {
            throw new MojoExecutionException("contentlint: the baseline file " + file
                    + " is a folder; set baselineFile to a file");
        }
    }

    /**
     * The baseline being replaced, to say what changed. A broken baseline (a merge conflict in
     * it, say) is replaced with a warning: recording anew is how it is repaired. A file that is
     * not a contentlint baseline, or one of a newer format, is never overwritten.
     */
    private Optional<Baseline> previous(Path file, String name) throws MojoExecutionException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineJson.read(file, name));
        } catch (BaselineFileException e) {
            switch (e.kind()) {
                case CORRUPT -> {
                    getLog().warn("contentlint: the previous baseline cannot be read, so it is"
                            + " replaced as a whole: " + e.problem());
                    return Optional.empty();
                }
                case FOREIGN -> throw new MojoExecutionException("contentlint: " + e.problem()
                        + "; contentlint does not overwrite it. Set baselineFile"
                        + " (contentlint.baselineFile) to another file");
                default -> throw new MojoExecutionException("contentlint: " + e.getMessage());
            }
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
