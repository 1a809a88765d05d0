package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Vale's {@code readability}: the average of the grade levels named in {@code metrics}; when it
 * is above {@code grade}, one alert for the region as a whole, at its anchor, with the average
 * formatted {@code %.2f} as Vale does.
 *
 * <p>The formulas are those of Vale's {@code summarize} package, over {@link TextStats} counts of
 * the region's prose (not its headings or tables, as Vale measures its summary). No alert where
 * the region has no words: Vale's average is then not a number, which is never above the grade.
 *
 * <p>Choices where Vale is silent: {@code metrics} is required and each name must be one of
 * Vale's five (Vale ignores an unknown name but still divides by it, and with none divides by
 * zero); a name listed twice counts once, with a warning (Vale sums it once but divides by the
 * length of the list). {@code grade} defaults to 0 as in Vale, with a warning, since every text
 * is then above it.
 */
public final class ReadabilityCheck implements Check {

    public static final Set<String> KEYS = Set.of("metrics", "grade");

    /** Vale's grade-level formulas, by the names a rule lists them with. */
    enum Metric {
        GUNNING_FOG("Gunning Fog", s -> 0.4 * (ratio(s.words(), s.sentences())
                + 100.0 * ratio(s.complexWords(), s.words()))),
        COLEMAN_LIAU("Coleman-Liau", s -> 0.0588 * ratio(s.characters(), s.words()) * 100
                - 0.296 * ratio(s.sentences(), s.words()) * 100 - 15.8),
        FLESCH_KINCAID("Flesch-Kincaid", s -> 0.39 * ratio(s.words(), s.sentences())
                + 11.8 * ratio(s.syllables(), s.words()) - 15.59),
        SMOG("SMOG", s -> 1.0430 * Math.sqrt(ratio(s.polysyllabicWords() * 30.0,
                s.sentences())) + 3.1291),
        AUTOMATED_READABILITY("Automated Readability", s -> 4.71 * ratio(s.characters(),
                s.words()) + 0.5 * ratio(s.words(), s.sentences()) - 21.43);

        final String valeName;
        private final ToDoubleFunction<TextStats> formula;

        Metric(String valeName, ToDoubleFunction<TextStats> formula) {
            this.valeName = valeName;
            this.formula = formula;
        }

        double grade(TextStats stats) {
            return formula.applyAsDouble(stats);
        }

        static Metric named(String name) {
            for (Metric metric : values()) {
                if (metric.valeName.equals(name)) {
                    return metric;
                }
            }
            return null;
        }

        private static double ratio(double a, double b) {
            return a / b;
        }
    }

    private final List<Metric> metrics;
    private final double grade;

    private ReadabilityCheck(List<Metric> metrics, double grade) {
        this.metrics = List.copyOf(metrics);
        this.grade = grade;
    }

    public static Check from(RuleSource source) throws ConfigException {
        List<String> names = source.strings("metrics");
        if (names.isEmpty()) {
            throw source.error("metrics", "is required: one or more of " + known());
        }
        Set<Metric> metrics = new LinkedHashSet<>();
        for (String name : names) {
            Metric metric = Metric.named(name.strip());
            if (metric == null) {
                throw source.error("metrics", "unknown metric '" + name + "'; metrics are "
                        + known());
            }
            if (!metrics.add(metric)) {
                source.warn("metrics", "'" + name + "' is listed twice; it counts once");
            }
        }
        if (!source.has("grade")) {
            source.warn("grade", "not set; Vale reads 0, so any text is above it");
        }
        return new ReadabilityCheck(new ArrayList<>(metrics),
                RuleValues.decimal(source, "grade", 0));
    }

    /** The average grade of a region's prose; not a number where it has no words. */
    double averageGrade(TextStats stats) {
        double sum = 0;
        for (Metric metric : metrics) {
            sum += metric.grade(stats);
        }
        return sum / metrics.size();
    }

    @Override
    public List<Alert> check(ScopedText text) {
        TextStats stats = text.measured(true);
        if (stats.words() == 0) {
            return List.of();
        }
        double average = averageGrade(stats);
        if (!(average > grade)) {
            return List.of();
        }
        return List.of(Alert.of(text.anchorStart(), text.anchorEnd(),
                String.format(Locale.ROOT, "%.2f", average)));
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            names.add("'" + metric.valeName + "'");
        }
        return String.join(", ", names);
    }
}
