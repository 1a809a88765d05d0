package dev.contentlint.yaml;

import dev.contentlint.document.Span;

/**
 * Where one value of a YAML tree stands in its file.
 *
 * @param key the span of the key that names the value; for list items and the root, the value's
 * @param value the span of the value itself (empty where the value is empty, as in {@code key:})
 */
public record YamlLocation(Span key, Span value) {

    /** The value's span, or the key's where the value is written as nothing at all. */
    public Span valueOrKey() {
        return value.isEmpty() ? key : value;
    }
}
