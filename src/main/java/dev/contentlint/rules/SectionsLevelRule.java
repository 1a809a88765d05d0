package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Document;
import dev.contentlint.document.Heading;
import dev.contentlint.document.Section;
import java.util.List;
import java.util.Optional;

/**
 * {@code sections.level}: a listed section whose heading has another level than the one listed.
 * Only the first heading of each listed section is checked (see {@link SectionMatches}).
 */
public final class SectionsLevelRule extends SectionRule {


    public SectionsLevelRule(String typeName, List<SectionSpec> specs) {
        super(typeName, specs);
    }

    @Override
    public String id() {
        return RuleIds.SECTIONS_LEVEL;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        if (specs.stream().noneMatch(spec -> spec.level().isPresent())) {
            return;
        }
        SectionMatches matches = SectionMatches.of(document, specs);
        for (int i = 0; i < specs.size(); i++) {
            SectionSpec spec = specs.get(i);
            Optional<Section> first = matches.first(i);
            if (spec.level().isEmpty() || first.isEmpty()) {
                continue;
            }
            Heading heading = first.get().heading();
            int wanted = spec.level().getAsInt();
            if (heading.level() != wanted) {
                findings.add(this, SectionMatches.spanOf(document.source(), heading),
                        SectionMatches.quote(heading) + " is a level-" + heading.level()
                                + " heading (" + SectionMatches.marker(heading.level())
                                + "); make it level " + wanted + " ("
                                + SectionMatches.marker(wanted) + ")");
            }
        }
    }
}
