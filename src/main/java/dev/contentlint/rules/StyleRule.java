package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Body;
import dev.contentlint.document.Document;
import dev.contentlint.document.Section;
import dev.contentlint.document.SourceText;
import dev.contentlint.document.TextBlock;
import dev.contentlint.style.Alert;
import dev.contentlint.style.RegexBudget;
import dev.contentlint.style.RegionStats;
import dev.contentlint.style.ScopedText;
import dev.contentlint.style.SharedPrefilter;
import dev.contentlint.style.Scope;
import dev.contentlint.style.Sentences;
import dev.contentlint.style.ValeRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies one Vale-format rule where a content type asks for it: to the whole body (the type's or
 * the defaults' {@code styles}) and inside the sections that list it, below their heading. A rule listed in several
 * of those places reports each place in the source once.
 */
public final class StyleRule implements FileRule {

    private final ValeRule rule;
    private final boolean wholeBody;
    private final List<SectionSpec> typeSections;
    /** The time any rule may take on a file: far beyond what a sane regex needs. */
    static final java.time.Duration BUDGET_BASE = java.time.Duration.ofSeconds(2);
    /** And this much more per megabyte of the file. */
    static final java.time.Duration BUDGET_PER_MB = java.time.Duration.ofSeconds(1);

    private final List<SectionSpec> appliedIn;
    /** The prefilters of every style rule of the type, scanned once per block; or null. */
    private final SharedPrefilter shared;

    /**
     * @param wholeBody whether the rule applies to the whole body
     * @param typeSections every section the type lists, which decide together which heading is
     *     which section (see {@link SectionMatches})
     * @param appliedIn the listed sections inside which the rule applies
     */
    public StyleRule(ValeRule rule, boolean wholeBody, List<SectionSpec> typeSections,
            List<SectionSpec> appliedIn) {
        this(rule, wholeBody, typeSections, appliedIn, java.util.Optional.empty());
    }

    /**
     * @param shared the prefilters of the type's style rules joined into one, which each file
     *     scans once per block for all of them
     */
    public StyleRule(ValeRule rule, boolean wholeBody, List<SectionSpec> typeSections,
            List<SectionSpec> appliedIn, java.util.Optional<SharedPrefilter> shared) {
        this.rule = rule;
        this.wholeBody = wholeBody;
        this.typeSections = List.copyOf(typeSections);
        this.appliedIn = List.copyOf(appliedIn);
        this.shared = shared.orElse(null);
    }

    @Override
    public boolean readsBody() {
        return true;
    }

    @Override
    public String id() {
        return rule.id();
    }

    @Override
    public Severity defaultSeverity() {
        return rule.level();
    }

    @Override
    public String description() {
        return rule.description();
    }

    @Override
    public java.util.Optional<String> helpUri() {
        return rule.link();
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        Body body = document.body();
        RegexBudget budget = RegexBudget.startingNow(budgetFor(body));
        SharedPrefilter.Scan scan = shared == null ? null
                : document.derived(shared, d -> shared.newScan());
        List<Alert> alerts;
        try {
            alerts = alerts(document, body, budget, scan);
        } catch (RegexBudget.Exceeded e) {
            findings.add(rule.id(), rule.level(), body.source().span(body.start(), body.start()),
                    "rule " + rule.id() + " was stopped after " + e.budget().toMillis() + " ms on"
                            + " this file, the time one rule may take on it: a regex of the rule"
                            + " may backtrack without end on this text; the file's other rules ran."
                            + " Rewrite the regex in " + rule.file() + ", or turn the rule off in"
                            + " levels");
            return;
        }
        Set<String> seen = new HashSet<>();
        int reported = 0;
        for (Alert alert : alerts) {
            String message = rule.format(alert);
            if (!seen.add(alert.start() + ":" + alert.end() + ":" + message)) {
                continue;
            }
            if (rule.limit() > 0 && reported == rule.limit()) {
                break;
            }
            findings.add(rule.id(), rule.level(), body.source().span(alert.start(), alert.end()),
                    message);
            reported++;
        }
    }

    /**
     * How long the rule may take on a file: {@link #BUDGET_BASE}, and {@link #BUDGET_PER_MB}
     * more per megabyte, so that a big file is not cut short by a rule that is merely slow.
     */
    static java.time.Duration budgetFor(Body body) {
        long megabytes = body.source().text().length() / 1_000_000L;
        return BUDGET_BASE.plus(BUDGET_PER_MB.multipliedBy(megabytes));
    }

    /** The rule's alerts in the file, sorted by position. */
    private List<Alert> alerts(Document document, Body body, RegexBudget budget,
            SharedPrefilter.Scan scan) {
        List<Alert> alerts = new ArrayList<>();
        if (wholeBody) {
            int anchor = firstProse(body);
            alerts.addAll(run(document, budget, scan, body.start(), body.end(), anchor,
                    lineEnd(body.source(), anchor)));
        }
        if (!appliedIn.isEmpty()) {
            SectionMatches matches = SectionMatches.of(document, typeSections);
            for (int spec = 0; spec < typeSections.size(); spec++) {
                if (!appliedIn.contains(typeSections.get(spec))) {
                    continue;
                }
                for (Section section : matches.sections(spec)) {
                    // The heading names the section; the rules read what it holds.
                    alerts.addAll(run(document, budget, scan, section.heading().end(),
                            section.end(), section.heading().start(), section.heading().end()));
                }
            }
        }
        alerts.sort(Comparator.comparingInt(Alert::start).thenComparingInt(Alert::end));
        return alerts;
    }

    /** The alerts of the rule over one region of the body, from one offset to another. */
    private List<Alert> run(Document document, RegexBudget budget, SharedPrefilter.Scan scan,
            int from, int to, int anchorStart, int anchorEnd) {
        Scope scope = rule.scope();
        RegionText region = document.derived(new Region(scope, from, to),
                d -> new RegionText(blocks(d.body(), scope, from, to), new RegionStats()));
        return rule.check().check(new ScopedText(region.blocks(), anchorStart, anchorEnd,
                scope.perBlock(), budget, scan, region.stats()));
    }

    /**
     * A region's blocks for one scope: the same for every rule of that scope, so worked out once
     * per file (a hundred rules each filtering and copying the blocks, and splitting sentences
     * again, was a twentieth of a cold run), and so are the counts metric rules read in them.
     */
    private record Region(Scope scope, int from, int to) {}

    private record RegionText(List<TextBlock> blocks, RegionStats stats) {}

    private static List<TextBlock> blocks(Body body, Scope scope, int from, int to) {
        List<TextBlock> blocks = new ArrayList<>();
        if (scope.isRaw()) {
            TextBlock raw = body.raw();
            blocks.add(raw.slice(Math.max(0, from - body.start()), to - body.start()));
        } else {
            for (TextBlock block : body.blocks()) {
                int at = block.sourceStart();
                if (at >= from && at < to && scope.matches(block)) {
                    if (scope.bySentence()) {
                        blocks.addAll(Sentences.of(block));
                    } else {
                        blocks.add(block);
                    }
                }
            }
        }
        return List.copyOf(blocks);
    }

    /** Where an alert about the whole body goes: the line of its first prose, or its start. */
    private static int firstProse(Body body) {
        if (body.blocks().isEmpty()) {
            return body.start();
        }
        SourceText source = body.source();
        return source.lineStart(source.lineOf(body.blocks().get(0).sourceStart()));
    }

    private static int lineEnd(SourceText source, int offset) {
        int line = source.lineOf(offset);
        return source.lineStart(line) + source.line(line).length();
    }
}
