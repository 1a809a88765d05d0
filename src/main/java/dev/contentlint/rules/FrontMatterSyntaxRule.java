package dev.contentlint.rules;

import dev.contentlint.document.Document;
import dev.contentlint.yaml.YamlProblem;

/**
 * {@code frontmatter.syntax}: front matter that cannot be read as it stands: YAML syntax errors,
 * duplicate keys, a block that never closes, a block that is not key-value pairs.
 */
public final class FrontMatterSyntaxRule implements FileRule {

    @Override
    public String id() {
        return RuleIds.FRONTMATTER_SYNTAX;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        for (YamlProblem problem : document.frontMatter().problems()) {
            findings.add(this, problem.span(), problem.message());
        }
    }
}
