package dev.contentlint.rules;

import dev.contentlint.document.Document;
import dev.contentlint.document.Span;

/** {@code frontmatter.missing}: the file's type requires front matter and the file has none. */
public final class FrontMatterMissingRule implements FileRule {

    private final String typeName;

    public FrontMatterMissingRule(String typeName) {
        this.typeName = typeName;
    }

    @Override
    public String id() {
        return RuleIds.FRONTMATTER_MISSING;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        if (!document.frontMatter().isPresent()) {
            findings.add(this, Span.at(1, 1), "no front matter: files of type '" + typeName
                    + "' start with a YAML block between two lines '---'");
        }
    }
}
