package dev.contentlint.crossfile;

import dev.contentlint.document.BodyLink;
import dev.contentlint.document.Span;
import java.util.Optional;

/**
 * A link of one file, kept for the check across files.
 *
 * @param kind what wrote it
 * @param written the target as written (a whole {@code [[...]]} for wiki links)
 * @param span where it is written
 * @param field the front-matter key that holds it, where it is in the front matter
 */
public record LinkFact(BodyLink.Kind kind, String written, Span span, Optional<String> field) {}
