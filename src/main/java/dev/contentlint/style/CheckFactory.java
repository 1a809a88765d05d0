package dev.contentlint.style;

import dev.contentlint.config.ConfigException;

/** Makes the check of one extension point from a rule file, compiling its patterns once. */
@FunctionalInterface
public interface CheckFactory {

    Check create(RuleSource source) throws ConfigException;
}
