package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Document;
import dev.contentlint.document.Section;
import java.util.List;

/**
 * {@code sections.empty}: a listed section that the file has but with nothing in it (nothing but
 * headings, thematic breaks, comments and blank lines, subsections included).
 *
 * <p>Every heading of a listed section is checked, not only the first, and optional sections
 * ({@code required: false}) too: an optional section may be left out, but one that is there must
 * hold something, as an empty heading is a left-over placeholder either way.
 */
public final class SectionsEmptyRule extends SectionRule {


    public SectionsEmptyRule(String typeName, List<SectionSpec> specs) {
        super(typeName, specs);
    }

    @Override
    public String id() {
        return RuleIds.SECTIONS_EMPTY;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        if (specs.isEmpty()) {
            return;
        }
        SectionMatches matches = SectionMatches.of(document, specs);
        for (int i = 0; i < specs.size(); i++) {
            for (Section section : matches.sections(i)) {
                if (section.empty()) {
                    findings.add(this, SectionMatches.spanOf(document.source(), section.heading()),
                            "section " + SectionMatches.quote(section.heading()) + " is empty; "
                                    + (specs.get(i).required()
                                            ? "write its content under the heading"
                                            : "write its content under the heading, or remove the"
                                                    + " heading (the section is optional)"));
                }
            }
        }
    }
}
