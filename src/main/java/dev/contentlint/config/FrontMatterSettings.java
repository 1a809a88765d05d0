package dev.contentlint.config;

import java.util.Optional;

/**
 * What a content type asks of front matter.
 *
 * @param required whether a file without front matter is a finding ({@code frontmatter.missing})
 * @param schema the JSON Schema that front matter must satisfy, if any
 */
public record FrontMatterSettings(boolean required, Optional<FrontMatterSchema> schema) {

    public static final FrontMatterSettings NONE = new FrontMatterSettings(false, Optional.empty());
}
