package dev.contentlint.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A configuration file read in two stages: first all but its schemas and style rules, which
 * are only found (a missing one is an error at once), and the files they are read from
 * listed; then, when asked, compiled whole. Compiling a big style costs more than a run whose
 * files all come from the result cache, so such a run, whose cache was written under the
 * very same files, need not compile at all.
 */
public final class StagedConfig {

    /** The second stage: the whole configuration. */
    interface Compiler {
        Config compile() throws ConfigException;
    }

    private final Config structure;
    private final List<Path> inputs;
    private Compiler compiler;
    private Config compiled;
    private ConfigException failed;

    StagedConfig(Config structure, List<Path> inputs, Compiler compiler) {
        this.structure = structure;
        this.inputs = List.copyOf(inputs);
        this.compiler = compiler;
    }

    /** A configuration with nothing left to compile, read from no file (the defaults). */
    public static StagedConfig of(Config config) {
        return new StagedConfig(config, config.file().stream().toList(), () -> config);
    }

    /**
     * The configuration without schemas or style rules: its files, globs, types, sections,
     * levels and links are the compiled one's; its types have no schema and no styles.
     */
    public Config structure() {
        return structure;
    }

    /**
     * Every file the configuration is read from: the file itself, each schema with the
     * files beside it and those its {@code $ref}s name, and each style rule file it applies.
     */
    public List<Path> inputs() {
        return inputs;
    }

    /** The whole configuration, compiled once (on whichever thread asks first). */
    public synchronized Config compile() throws ConfigException {
        if (compiled == null && failed == null) {
            try {
                compiled = compiler.compile();
            } catch (ConfigException e) {
                failed = e;
            }
            compiler = null;
        }
        if (failed != null) {
            throw failed;
        }
        return compiled;
    }
}
