package dev.contentlint.maven;

import dev.contentlint.config.ConfigException;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.init.ContentRootFinder;
import dev.contentlint.init.GroupBy;
import dev.contentlint.init.InitException;
import dev.contentlint.init.InitPlan;
import dev.contentlint.init.InitSummary;
import dev.contentlint.init.InitWriter;
import dev.contentlint.init.Initializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes a starter {@code contentlint.yaml} and one JSON Schema per content type, inferred from
 * an existing content tree, such that {@code validate} passes on the tree as it is. Never
 * replaces a file: if the configuration or a schema it would write exists, it writes nothing.
 *
 * <p>Needs a project ({@code requiresProject = true}): the configuration and its schemas belong
 * beside a pom, whose folder is the base of every default path (the content folder, the build
 * folder that is never read), and {@code validate}, the next step, runs in that project. The pom
 * need not declare the plugin yet: {@code mvn dev.contentlint:contentlint-maven-plugin:init} works
 * in any project, and says how to add it.
 */
@Mojo(name = "init", requiresProject = true, threadSafe = true)
public class InitMojo extends AbstractContentlintMojo {

    /** Prints what init would write, and writes nothing. */
    @Parameter(property = "contentlint.init.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * How files are grouped into content types: {@code auto} (a front-matter key such as
     * {@code type} or {@code node_type} where most files have one, else top-level folders, else
     * one type), {@code folder}, {@code none} (one type), or the front-matter key to group by.
     */
    @Parameter(property = "contentlint.init.groupBy", defaultValue = "auto")
    private String groupBy;

    /** The project, to tell the next command. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        Log log = getLog();
        Path config = configFile.toPath().toAbsolutePath().normalize();
        if (!dryRun && Files.exists(config)) {
            throw new MojoExecutionException("contentlint: " + config + " exists, and init never"
                    + " replaces a file: nothing was written. Move it away to start afresh, or"
                    + " write elsewhere with -Dcontentlint.configFile=<another folder>/contentlint.yaml;"
                    + " -Dcontentlint.init.dryRun=true prints what init would write");
        }
        Set<Path> skipped = new HashSet<>();
        skipped.add(buildDirectory.toPath().toAbsolutePath().normalize());
        skipped.add(outputDirectory.toPath().toAbsolutePath().normalize());
        Path root = contentRoot(skipped);
        Path schemas = config.getParent().resolve(Initializer.SCHEMA_FOLDER);
        if (config.startsWith(root) || schemas.startsWith(root)) {
            throw new MojoExecutionException("contentlint: init would write " + config + " and its"
                    + " schemas into " + schemas + ", inside the content directory " + root
                    + "; contentlint never writes there. Keep the content in a folder of its own"
                    + " (such as content/) and the configuration beside it, or set"
                    + " -Dcontentlint.configFile to a file outside the content directory");
        }

        InitPlan plan;
        try {
            plan = new Initializer(GroupBy.parse(groupBy), threads).plan(root, config, skipped);
        } catch (InitException e) {
            throw new MojoExecutionException("contentlint: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint: cannot read " + root + ": " + e.getMessage(), e);
        }
        for (InitSummary.Line line : InitSummary.lines(plan)) {
            if (line.warning()) {
                log.warn(line.text());
            } else {
                log.info(line.text());
            }
        }

        if (dryRun) {
            for (InitPlan.PlannedFile file : plan.files()) {
                log.info("contentlint: --- " + file.path() + (Files.exists(file.path())
                        ? " (exists: init would refuse to write)" : ""));
                file.text().lines().forEach(line -> log.info(line));
            }
            log.info("contentlint: dry run (contentlint.init.dryRun): nothing was written");
            return;
        }
        List<Path> written;
        try {
            written = InitWriter.write(plan);
        } catch (InitException e) {
            throw new MojoExecutionException("contentlint: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint: cannot write " + config + " and its"
                    + " schemas: " + e.getMessage() + "; nothing was kept", e);
        }
        try {
            new ConfigLoader().load(config);
        } catch (ConfigException e) {
            throw new MojoExecutionException("contentlint: the configuration init wrote does not"
                    + " load (" + e.getMessage() + "). Please report this");
        }
        for (Path path : written) {
            log.info("contentlint: wrote " + path);
        }
        log.info("contentlint: next: " + nextCommand(config)
                + " (it passes on the tree as it is); then review the schemas and tighten them");
    }

    /** The parameter, else {@code content} in the project folder, else the one folder of Markdown. */
    private Path contentRoot(Set<Path> skipped) throws MojoExecutionException {
        if (contentDirectory != null) {
            Path root = contentDirectory.toPath().toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                throw new MojoExecutionException("contentlint: the content directory " + root
                        + " (from contentDirectory / contentlint.contentDirectory) does not exist"
                        + " or is not a folder");
            }
            return root;
        }
        Path project = basedir.toPath().toAbsolutePath().normalize();
        Path content = project.resolve(DEFAULT_CONTENT);
        if (Files.isDirectory(content)) {
            return content;
        }
        List<ContentRootFinder.Candidate> candidates;
        try {
            candidates = ContentRootFinder.candidates(project, skipped);
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint: cannot read " + project + ": " + e.getMessage(), e);
        }
        Optional<ContentRootFinder.Candidate> chosen = ContentRootFinder.choose(candidates);
        if (chosen.isPresent()) {
            getLog().info("contentlint: no content/ folder; using " + chosen.get().folder()
                    + ", the one folder with Markdown files" + (chosen.get().withFrontMatter() > 0
                            ? " with front matter" : "")
                    + " (set -Dcontentlint.contentDirectory to choose another)");
            return chosen.get().folder();
        }
        if (candidates.isEmpty()) {
            throw new MojoExecutionException("contentlint: no content directory: " + content
                    + " does not exist and no folder of " + project + " holds Markdown files."
                    + " Say where the content is with -Dcontentlint.contentDirectory=<folder>");
        }
        List<String> listed = new ArrayList<>();
        for (ContentRootFinder.Candidate candidate : candidates) {
            listed.add(project.relativize(candidate.folder()) + "/ (" + candidate.markdownFiles()
                    + " Markdown files, " + candidate.withFrontMatter() + " with front matter)");
        }
        throw new MojoExecutionException("contentlint: no content/ folder, and several folders hold"
                + " Markdown files: " + String.join(", ", listed) + ". Say which is the content"
                + " with -Dcontentlint.contentDirectory=<folder>");
    }

    /** What to run next: validate as the project runs it, with the configuration where it is. */
    private String nextCommand(Path config) {
        boolean defaultConfig = config.equals(basedir.toPath().toAbsolutePath().normalize()
                .resolve(DEFAULT_CONFIG));
        String configOption = defaultConfig ? "" : " -Dcontentlint.configFile=" + config;
        Optional<Plugin> plugin = project == null || project.getBuildPlugins() == null ? Optional.empty()
                : project.getBuildPlugins().stream()
                        .filter(p -> "dev.contentlint".equals(p.getGroupId())
                                && "contentlint-maven-plugin".equals(p.getArtifactId()))
                        .findFirst();
        if (plugin.isEmpty()) {
            return "add the plugin to the pom (README: \"Adding it to a project\"), then run"
                    + " mvn validate" + configOption;
        }
        boolean bound = plugin.get().getExecutions().stream()
                .map(PluginExecution::getGoals).anyMatch(goals -> goals.contains("validate"));
        return (bound ? "mvn validate" : "mvn contentlint:validate") + configOption;
    }
}
