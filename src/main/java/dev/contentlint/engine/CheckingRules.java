package dev.contentlint.engine;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigException;
import dev.contentlint.crossfile.FactsReader;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.rules.RuleLevels;
import dev.contentlint.style.Lazy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What checking a file needs of the compiled configuration: each type's rules and the checker
 * that runs them. Built when the first file that the result cache does not hold is checked, so
 * that a run that takes every file from the cache never compiles a schema or builds a style rule.
 */
final class CheckingRules {

    /** The rules of each type, and the checker. */
    record Built(List<TypeRules> types, TypeRules defaults, FileChecker checker) {}

    private final Linter.ConfigCompiler compiler;
    private final FrontMatterReader frontMatterReader;
    private final RuleLevels levels;
    private final Lazy<Built> built = new Lazy<>(this::build);

    CheckingRules(Linter.ConfigCompiler compiler, FrontMatterReader frontMatterReader, RuleLevels levels) {
        this.compiler = compiler;
        this.frontMatterReader = frontMatterReader;
        this.levels = levels;
    }

    /**
     * The rules, built on first use by whichever thread asks first.
     *
     * @throws UncheckedIOException where the configuration does not compile, which the caller
     *     made sure of before, unless a file it is read from changed since
     */
    Built get() {
        return built.get();
    }

    boolean isBuilt() {
        return built.isMade();
    }

    private Built build() {
        Config config;
        try {
            config = compiler.compile();
        } catch (ConfigException e) {
            throw new UncheckedIOException(new IOException("the configuration cannot be compiled: "
                    + e.getMessage(), e));
        }
        List<TypeRules> types = config.types().stream().map(t -> TypeRules.of(t, config.links()))
                .toList();
        TypeRules defaults = TypeRules.of(config.defaults(), config.links());
        return new Built(types, defaults, new FileChecker(frontMatterReader, types, defaults,
                levels, new FactsReader(config.links())));
    }
}
