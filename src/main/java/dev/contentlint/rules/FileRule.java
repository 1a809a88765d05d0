package dev.contentlint.rules;

import dev.contentlint.document.Document;

/**
 * One kind of check on one file. An instance carries its settings (a schema, a regex) and is
 * shared by the threads that check files, so it holds nothing mutable.
 */
public interface FileRule {

    /** The rule id of the findings it reports, as in the contract ({@code frontmatter.schema}). */
    String id();

    /** What the rule checks, in one line, for the reports. */
    default String description() {
        return RuleIds.describe(id());
    }

    /** Where to read more about the rule, if anywhere. */
    default java.util.Optional<String> helpUri() {
        return java.util.Optional.empty();
    }

    /** The rule as the reports name it. */
    default RuleInfo info() {
        return new RuleInfo(id(), description(), helpUri(), defaultSeverity());
    }

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
