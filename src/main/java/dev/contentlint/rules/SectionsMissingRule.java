package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Body;
import dev.contentlint.document.Document;
import dev.contentlint.document.Heading;
import dev.contentlint.document.Section;
import dev.contentlint.document.SourceText;
import dev.contentlint.document.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code sections.missing}: a required listed section with no heading of its own (see {@link
 * SectionMatches} for which heading is whose).
 *
 * <p>It is reported where it was expected: after the nearest section listed before it that the
 * file has, that is at the first heading after that section's heading that either closes it
 * (same or higher level) or starts another listed section, or at the end of the file's last
 * line if there is none. Stopping at a listed heading matters where the sections are nested: a
 * missing {@code ### HOOK A} belongs after {@code ## IDEA LEGOS}'s own content, not after the
 * subsections that follow. With no earlier listed section found, it is reported at the body's
 * first heading, or at the body's first line if the body has no heading.
 */
public final class SectionsMissingRule extends SectionRule {


    public SectionsMissingRule(String typeName, List<SectionSpec> specs) {
        super(typeName, specs);
    }

    @Override
    public String id() {
        return RuleIds.SECTIONS_MISSING;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        if (specs.stream().noneMatch(SectionSpec::required)) {
            return;
        }
        Body body = document.body();
        SourceText source = document.source();
        SectionMatches matches = SectionMatches.of(document, specs);
        for (int i = 0; i < specs.size(); i++) {
            SectionSpec spec = specs.get(i);
            if (!spec.required() || matches.first(i).isPresent()) {
                continue;
            }
            Optional<Section> previous = Optional.empty();
            for (int j = i - 1; j >= 0 && previous.isEmpty(); j--) {
                previous = matches.first(j);
            }
            Span span;
            String where;
            if (previous.isPresent()) {
                Heading after = previous.get().heading();
                span = anchorAfter(matches, previous.get(), source);
                where = " after " + SectionMatches.quote(after) + " (line "
                        + source.lineOf(after.start()) + ")";
            } else {
                List<Heading> headings = body.headings();
                span = headings.isEmpty() ? Span.at(source.lineOf(body.start()), 1)
                        : SectionMatches.spanOf(source, headings.get(0));
                boolean othersFound = false;
                for (int j = i + 1; j < specs.size(); j++) {
                    othersFound |= matches.first(j).isPresent();
                }
                where = othersFound ? " before the other listed sections" : "";
            }
            findings.add(this, span, "no section " + spec.describe() + levelNote(spec)
                    + ", which type '" + typeName + "' requires; " + suggestion(spec) + where);
        }
    }

    private static Span anchorAfter(SectionMatches matches, Section previous, SourceText source) {
        List<Heading> headings = matches.body().headings();
        int level = previous.heading().level();
        for (int k = previous.index() + 1; k < headings.size(); k++) {
            Heading heading = headings.get(k);
            if (heading.level() <= level || matches.specOf(k) >= 0) {
                return SectionMatches.spanOf(source, heading);
            }
        }
        int first = source.lineOf(previous.heading().start());
        int line = source.lineCount();
        while (line > first && source.line(line).isBlank()) {
            line--;
        }
        String text = source.line(line);
        return Span.at(line, text.codePointCount(0, text.length()) + 1);
    }

    private static String levelNote(SectionSpec spec) {
        return spec.level().isPresent() ? " (level " + spec.level().getAsInt() + ")" : "";
    }

    /** What to add: {@code add a '## NOTES' section}. */
    static String suggestion(SectionSpec spec) {
        String level = spec.level().isPresent() ? "level-" + spec.level().getAsInt() + " " : "";
        String heading = spec.heading().trim();
        if (spec.pattern() != null) {
            return "add a " + level + "section whose heading matches " + heading;
        }
        if (heading.endsWith("*") && heading.length() > 1) {
            return "add a " + level + "section whose heading starts with '"
                    + heading.substring(0, heading.length() - 1).trim() + "'";
        }
        String marker = spec.level().isPresent()
                ? SectionMatches.marker(spec.level().getAsInt()) + " " : "";
        return "add a '" + marker + heading + "' section";
    }
}
