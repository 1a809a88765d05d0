package dev.contentlint.rules;

import dev.contentlint.document.Document;

/**
 * One kind of check on one file. An instance carries its settings (a schema, a regex) and is
 * shared by the threads that check files, so it holds nothing mutable.
 */
public interface FileRule {

    /** The rule id of the findings it reports, as in the contract ({@code frontmatter.schema}). */
    String id();

    /** The severity of its findings unless {@code levels} says otherwise. */
    default Severity defaultSeverity() {
        return Severity.ERROR;
    }

    /**
     * Whether the rule reads the Markdown body. Such rules do not run where the front matter is
     * never closed: no one can tell where the body starts, and the syntax finding says why.
     */
    default boolean readsBody() {
        return false;
    }

    void check(Document document, FindingCollector findings);
}
