package dev.contentlint.yaml;

import dev.contentlint.document.Span;

/** Something wrong in a YAML text, with where it is. */
public record YamlProblem(Span span, String message) {}
