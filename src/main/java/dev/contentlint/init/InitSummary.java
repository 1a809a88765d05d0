package dev.contentlint.init;

import dev.contentlint.report.ConsoleReport;
import java.util.ArrayList;
import java.util.List;

/** What {@code init} found and chose, as log lines, so that any front end can show it. */
public final class InitSummary {

    /** One line of the summary; a warning where init lowered a rule. */
    public record Line(boolean warning, String text) {}

    private InitSummary() {}

    /** The summary, one log line each. */
    public static List<Line> lines(InitPlan plan) {
        List<Line> lines = new ArrayList<>();
        InitPlan.SurveyCounts survey = plan.survey();
        info(lines, "contentlint: init read " + files(survey.files()) + " under " + plan.contentRoot()
                + ": " + survey.withFrontMatter() + " with front matter"
                + (survey.brokenFrontMatter() > 0 ? " (" + survey.brokenFrontMatter()
                        + " with YAML problems)" : "")
                + (survey.unreadable() > 0 ? ", " + survey.unreadable() + " unreadable or not UTF-8" : "")
                + (survey.leftOut() > 0 ? "; left out " + files(survey.leftOut()) + " by "
                        + String.join(", ", survey.exclude()) : ""));
        if (!plan.types().isEmpty()) {
            info(lines, "contentlint: types " + plan.grouping() + ":");
        } else {
            info(lines, "contentlint: " + plan.grouping());
        }
        for (InitPlan.TypeReport type : plan.types()) {
            info(lines, "contentlint:   " + type.name() + ": " + describe(type));
        }
        info(lines, "contentlint:   files of no type (defaults): " + describe(plan.defaults()));
        for (LoweredRule rule : plan.lowered()) {
            warning(lines, "contentlint: " + rule.rule() + " reports " + rule.findings()
                    + (rule.findings() == 1 ? " error" : " errors") + " in " + files(rule.files())
                    + " today (the first at " + rule.first() + "): lowered to warning in levels, so"
                    + " that validate passes; fix " + (rule.findings() == 1 ? "it" : "them")
                    + ", then remove the line from levels");
        }
        info(lines, "contentlint: checked with this configuration: " + files(survey.files())
                + ", 0 errors, " + ConsoleReport.plural(plan.warnings(), "warning"));
        return lines;
    }

    private static String describe(InitPlan.TypeReport type) {
        StringBuilder text = new StringBuilder(files(type.files()));
        if (!type.origin().isEmpty() && !type.name().equals("defaults")) {
            text.append(' ').append(type.origin());
        }
        type.note().ifPresent(note -> text.append(" (").append(note).append(')'));
        if (type.schema().isEmpty()) {
            return text.append(", no schema (no front matter to infer one from)").toString();
        }
        text.append(", ").append(type.keys().size()).append(type.keys().size() == 1 ? " key" : " keys");
        text.append(type.required().isEmpty() ? ", none required"
                : ", required: " + String.join(", ", type.required()));
        if (!type.enums().isEmpty()) {
            text.append("; enums: ").append(String.join(", ", type.enums()));
        }
        if (!type.formats().isEmpty()) {
            text.append("; formats: ").append(String.join(", ", type.formats()));
        }
        return text.toString();
    }

    private static String files(int count) {
        return ConsoleReport.plural(count, "file");
    }


    private static void info(List<Line> lines, String text) {
        lines.add(new Line(false, text));
    }

    private static void warning(List<Line> lines, String text) {
        lines.add(new Line(true, text));
    }
}
