package dev.contentlint.maven;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigException;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.config.StagedConfig;
import dev.contentlint.engine.CacheKey;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import dev.contentlint.engine.PluginBuild;
import dev.contentlint.engine.ResultCache;
import dev.contentlint.report.ReportContext;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: where the configuration, the content and the output are, and how a
 * content tree is checked.
 */
abstract class AbstractContentlintMojo extends AbstractMojo {

    static final String DEFAULT_CONFIG = "contentlint.yaml";
    static final String DEFAULT_CONTENT = "content";
    static final String DEFAULT_BASELINE = "contentlint-baseline.json";

    /** The project's folder. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /**
     * The configuration file. Without one, contentlint runs with defaults: every Markdown file of
     * the content directory, front matter checked for syntax only.
     */
    @Parameter(property = "contentlint.configFile", defaultValue = "${project.basedir}/" + DEFAULT_CONFIG)
    protected File configFile;

    /**
     * The content root. Default: the configuration's {@code content}, else the folder
     * {@code content} in the project's folder.
     */
    @Parameter(property = "contentlint.contentDirectory")
    protected File contentDirectory;

    /** Where the reports are written; never inside the content directory. */
    @Parameter(property = "contentlint.outputDirectory",
            defaultValue = "${project.build.directory}/contentlint")
    protected File outputDirectory;

    /** The build's output folder, never read as content. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    /**
     * The baseline: the findings accepted so far, which {@code validate} reports as baselined
     * and does not fail on. {@code contentlint:baseline} writes it; commit it. Never inside the
     * content directory.
     */
    @Parameter(property = "contentlint.baselineFile",
            defaultValue = "${project.basedir}/" + DEFAULT_BASELINE)
    protected File baselineFile;

    /**
     * Keeps what checking each file gave in {@code contentlint-cache.bin} in the output
     * directory, so that files unchanged since the last run (same bytes, same configuration,
     * schemas, styles and plugin version) are not checked again. Their findings are still
     * reported.
     */
    @Parameter(property = "contentlint.cache", defaultValue = "true")
    protected boolean cache;

    static final String CACHE_FILE = "contentlint-cache.bin";

    /**
     * The result cache's file. Default: {@code contentlint-cache.bin} in the output directory,
     * which {@code mvn clean} deletes. Set it outside the build directory (a folder that git
     * ignores) to keep it through {@code clean}, as a CI job that runs {@code mvn clean verify}
     * with the cache restored needs. Never inside the content directory.
     */
    @Parameter(property = "contentlint.cacheFile")
    protected File cacheFile;

    /** How many files are checked at once; 0 for one per processor core. */
    @Parameter(property = "contentlint.threads", defaultValue = "0")
    protected int threads;

    /** The result cache's writing, started by {@link #lint}; null when none is under way. */
    private FutureTask<Path> cacheSave;

    /**
     * The configuration, read but for its schemas and style rules, which {@link #lint} compiles
     * where the result cache does not stand for them (see {@link StagedConfig}).
     */
    protected StagedConfig loadConfig() throws MojoExecutionException {
        Path file = configFile.toPath().toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            if (isDefaultConfigFile(file)) {
                getLog().info("contentlint: no " + DEFAULT_CONFIG + ", using the defaults");
                return StagedConfig.of(Config.empty());
            }
            throw new MojoExecutionException("contentlint: configuration file not found: " + file
                    + " (set by configFile / contentlint.configFile)");
        }
        try {
            return new ConfigLoader().stage(file);
        } catch (ConfigException e) {
            throw invalid(e);
        }
    }

    /** The whole configuration, its warnings logged; a fault in it fails the build. */
    protected Config compileConfig(StagedConfig config) throws MojoExecutionException {
        Config compiled;
        try {
            compiled = config.compile();
        } catch (ConfigException e) {
            throw invalid(e);
        }
        warn(compiled.warnings());
        return compiled;
    }

    private static MojoExecutionException invalid(ConfigException e) {
        return new MojoExecutionException("contentlint: invalid configuration: " + e.getMessage());
    }

    private void warn(List<String> warnings) {
        warnings.forEach(w -> getLog().warn("contentlint: " + w));
    }

    private boolean isDefaultConfigFile(Path file) {
        return file.equals(basedir.toPath().toAbsolutePath().normalize().resolve(DEFAULT_CONFIG));
    }

    /** The baseline file, absolute. */
    protected Path baselinePath() {
        return baselineFile.toPath().toAbsolutePath().normalize();
    }

    /** Whether the baseline file is the default one, which need not exist. */
    protected boolean isDefaultBaselineFile(Path file) {
        return file.equals(basedir.toPath().toAbsolutePath().normalize().resolve(DEFAULT_BASELINE));
    }

    /**
     * The baseline file as the console and the reports name it: relative to the project's
     * folder, with {@code /}, where it lies inside; else absolute.
     */
    protected String baselineName(Path file) {
        Path project = basedir.toPath().toAbsolutePath().normalize();
        return file.startsWith(project) && !file.equals(project)
                ? project.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    /** The report folder, refused where it lies inside the content root. */
    protected Path reportFolder(Path contentRoot) throws MojoExecutionException {
        return outsideContent(outputDirectory, "output directory", "outputDirectory", contentRoot);
    }

    /**
     * The result cache's file: {@code cacheFile}, else {@link #CACHE_FILE} in the report
     * folder; refused, as the report folder is, where it lies inside the content root.
     */
    private Path cachePath(Path contentRoot, Path reports) throws MojoExecutionException {
        return cacheFile == null ? reports.resolve(CACHE_FILE)
                : outsideContent(cacheFile, "result cache file", "cacheFile", contentRoot);
    }

    /**
     * A place contentlint writes, absolute; refused where it lies inside the content root. With
     * {@code content: .} the build folder lies in the content root; it is never read as content,
     * so a place in it is allowed.
     */
    private Path outsideContent(File place, String what, String parameter, Path contentRoot)
            throws MojoExecutionException {
        Path path = place.toPath().toAbsolutePath().normalize();
        Path build = buildDirectory.toPath().toAbsolutePath().normalize();
        if (path.startsWith(contentRoot) && !path.startsWith(build)) {
            throw new MojoExecutionException("contentlint: the " + what + " " + path
                    + " lies inside the content directory " + contentRoot
                    + "; contentlint never writes there. Set " + parameter + " elsewhere.");
        }
        return path;
    }

    /**
     * Checks the content tree, leaving out the build's output where it lies inside. The
     * configuration is compiled first, and its warnings logged, unless the result cache was
     * written under the very same files: then it compiled then, its warnings are the cache's,
     * and it is compiled only if a file has changed.
     */
    protected LintResult lint(StagedConfig config, Path contentRoot, Path reports)
            throws MojoExecutionException {
        Path build = buildDirectory.toPath().toAbsolutePath().normalize();
        Path cacheAt = cache ? cachePath(contentRoot, reports) : null;
        // The tree is listed while the result cache is read: most of a second each at 100,000
        // files, and neither needs the other.
        FutureTask<Linter.Listing> listing = new FutureTask<>(() -> Linter.list(contentRoot,
                config.structure(), new HashSet<>(List.of(build, reports))));
        Thread lister = new Thread(listing, "contentlint-listing");
        lister.setDaemon(true);
        lister.start();
        Path configFolder = config.structure().file().map(Path::getParent).orElse(null);
        Optional<ResultCache> results = cache ? Optional.of(ResultCache.open(
                cacheAt, CacheKey.of(configFolder, config.inputs(),
                        PluginBuild.identity(ReportContext.currentVersion())))) : Optional.empty();
        results.flatMap(ResultCache::ignoredBecause).ifPresent(why -> getLog().info("contentlint:"
                + " the result cache " + results.get().file() + " is not used (" + why
                + "); every file is checked and the cache is written anew"));
        Optional<ResultCache.Configuration> known = results.flatMap(ResultCache::configuration);
        List<String> warnings;
        if (known.isPresent()) {
            warnings = known.get().warnings();
            warn(warnings);
        } else {
            warnings = compileConfig(config).warnings();
        }
        LintResult result;
        try {
            result = new Linter(config.structure(), config::compile, threads, results)
                    .lint(contentRoot, listed(listing));
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint: cannot check " + contentRoot + ": "
                    + e.getMessage(), e);
        }
        if (results.isPresent()) {
            results.get().putConfiguration(new ResultCache.Configuration(warnings, result.rules()));
            int hits = results.get().hits();
            if (hits > 0) {
                getLog().info("contentlint: " + hits + " of " + result.files().size()
                        + " files unchanged since the last run, their findings taken from the"
                        + " result cache");
            }
            // Written on a thread of its own while the goal writes its reports: both take
            // seconds on a large tree (113 MB of cache, 543 MB of JSON at 100,000 files).
            ResultCache toSave = results.get();
            cacheSave = new FutureTask<>(() -> {
                try {
                    toSave.save();
                } catch (IOException e) {
                    throw new IOException(toSave.file() + ": " + e.getMessage(), e);
                }
                return toSave.file();
            });
            Thread writer = new Thread(cacheSave, "contentlint-cache");
            writer.setDaemon(true);
            writer.start();
        }
        return result;
    }

    /** The listing {@link #lint} started, once done; its failure as the listing's own. */
    private static Linter.Listing listed(FutureTask<Linter.Listing> listing) throws IOException,
            MojoExecutionException {
        try {
            return listing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("contentlint: interrupted while listing the files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failed) {
                throw failed;
            }
            if (e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            throw (Error) e.getCause();
        }
    }

    /**
     * Waits until the result cache that {@link #lint} started writing is written; a cache that
     * cannot be written is a warning, since the next run only checks every file again.
     */
    protected void awaitCache() throws MojoExecutionException {
        FutureTask<Path> save = cacheSave;
        cacheSave = null;
        if (save == null) {
            return;
        }
        try {
            save.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("contentlint: interrupted while writing the result cache", e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof IOException failed)) {
                throw new MojoExecutionException("contentlint: cannot write the result cache: "
                        + e.getCause(), e.getCause());
            }
            getLog().warn("contentlint: cannot write the result cache " + failed.getMessage()
                    + "; the next run checks every file again");
        }
    }

    protected Optional<Path> contentRoot(Config config) throws MojoExecutionException {
        Path root;
        boolean explicit = true;
        String source;
        if (contentDirectory != null) {
            root = contentDirectory.toPath();
            source = "contentDirectory / contentlint.contentDirectory";
        } else if (config.content().isPresent()) {
            root = config.content().get();
            source = "'content' in " + config.file().map(Path::toString).orElse(DEFAULT_CONFIG);
        } else {
            root = basedir.toPath().resolve(DEFAULT_CONTENT);
            explicit = false;
            source = "the default";
        }
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            if (explicit) {
                throw new MojoExecutionException("contentlint: the content directory " + root
                        + " (from " + source + ") does not exist or is not a folder");
            }
            getLog().info("contentlint: no content directory at " + root + ", nothing to check");
            return Optional.empty();
        }
        return Optional.of(root);
    }

}
