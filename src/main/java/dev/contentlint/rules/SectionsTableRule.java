package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Body;
import dev.contentlint.document.Document;
import dev.contentlint.document.MarkdownTable;
import dev.contentlint.document.Section;
import dev.contentlint.document.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code sections.table}: a listed section with {@code table: [...]} must hold a table (in it or
 * in one of its subsections) whose header has those columns in that order; other columns may come
 * before, between and after them. Columns are compared trimmed and without regard to case. One
 * table that fits is enough; where none does, the finding describes the one that comes closest
 * (the most listed columns, then the first).
 *
 * <p>Every heading of the listed section is checked, as for {@code sections.empty}; it is
 * reported at the heading, and the message gives the table's line.
 */
public final class SectionsTableRule extends SectionRule {


    public SectionsTableRule(String typeName, List<SectionSpec> specs) {
        super(typeName, specs);
    }

    @Override
    public String id() {
        return RuleIds.SECTIONS_TABLE;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        if (specs.stream().allMatch(spec -> spec.table().isEmpty())) {
            return;
        }
        Body body = document.body();
        SourceText source = document.source();
        SectionMatches matches = SectionMatches.of(document, specs);
        for (int i = 0; i < specs.size(); i++) {
            List<String> wanted = specs.get(i).table();
            if (wanted.isEmpty()) {
                continue;
            }
            for (Section section : matches.sections(i)) {
                String problem = problem(section, body.tablesIn(section), wanted, source);
                if (problem != null) {
                    findings.add(this, SectionMatches.spanOf(source, section.heading()), problem);
                }
            }
        }
    }

    /** What is wrong with a section's tables, or null if one of them fits. */
    private static String problem(Section section, List<MarkdownTable> tables, List<String> wanted,
            SourceText source) {
        String heading = SectionMatches.quote(section.heading());
        if (tables.isEmpty()) {
            return "section " + heading + " holds no table; add a table with the columns "
                    + columns(wanted);
        }
        MarkdownTable closest = null;
        int closestCount = -1;
        for (MarkdownTable table : tables) {
            if (inOrder(table.header(), wanted)) {
                return null;
            }
            int count = missing(wanted, table.header()).size();
            int present = wanted.size() - count;
            if (present > closestCount) {
                closest = table;
                closestCount = present;
            }
        }
        String which = "the table at line " + source.lineOf(closest.start()) + " in section "
                + heading;
        List<String> missing = missing(wanted, closest.header());
        if (missing.isEmpty()) {
            return which + " has the columns " + columns(closest.header()) + "; put "
                    + columns(wanted) + " in that order";
        }
        List<String> instead = missing(closest.header(), wanted);
        return which + " lacks the column" + (missing.size() == 1 ? " " : "s ") + columns(missing)
                + (instead.isEmpty() ? "" : " (found instead: " + columns(instead) + ")")
                + "; give it the columns " + columns(wanted) + ", in that order";
    }

    /** Whether a header holds the wanted columns in order, others allowed around them. */
    private static boolean inOrder(List<String> header, List<String> wanted) {
        int next = 0;
        for (String cell : header) {
            if (next < wanted.size() && key(cell).equals(key(wanted.get(next)))) {
                next++;
            }
        }
        return next == wanted.size();
    }

    /** The columns of one list that the other lacks, in order. */
    private static List<String> missing(List<String> columns, List<String> in) {
        List<String> keys = in.stream().map(SectionsTableRule::key).toList();
        List<String> missing = new ArrayList<>();
        for (String column : columns) {
            if (!keys.contains(key(column))) {
                missing.add(column.trim());
            }
        }
        return missing;
    }

    private static String key(String column) {
        return column.trim().toLowerCase(Locale.ROOT);
    }

    private static String columns(List<String> columns) {
        return columns.stream().map(c -> "'" + c.trim() + "'").collect(Collectors.joining(", "));
    }
}
