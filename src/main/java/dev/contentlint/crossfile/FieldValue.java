package dev.contentlint.crossfile;

import dev.contentlint.document.Span;

/**
 * One front-matter value that a check across files reads ({@code unique}, {@code references}):
 * a scalar, or one item of a list.
 *
 * @param field the top-level key
 * @param value the value as text
 * @param span where the value is written
 */
public record FieldValue(String field, String value, Span span) {}
