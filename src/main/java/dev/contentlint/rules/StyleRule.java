package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import dev.contentlint.document.Body;
import dev.contentlint.document.Document;
import dev.contentlint.document.Section;
import dev.contentlint.document.SourceText;
import dev.contentlint.document.TextBlock;
import dev.contentlint.style.Alert;
import dev.contentlint.style.ScopedText;
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
    private final List<SectionSpec> appliedIn;

    /**
     * @param wholeBody whether the rule applies to the whole body
     * @param typeSections every section the type lists, which decide together which heading is
     *     which section (see {@link SectionMatches})
     * @param appliedIn the listed sections inside which the rule applies
     */
    public StyleRule(ValeRule rule, boolean wholeBody, List<SectionSpec> typeSections,
            List<SectionSpec> appliedIn) {
        this.rule = rule;
        this.wholeBody = wholeBody;
        this.typeSections = List.copyOf(typeSections);
        this.appliedIn = List.copyOf(appliedIn);
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
        List<Alert> alerts = new ArrayList<>();
        if (wholeBody) {
            int anchor = firstProse(body);
            alerts.addAll(run(body, body.start(), body.end(), anchor, lineEnd(body.source(), anchor)));
        }
        if (!appliedIn.isEmpty()) {
            SectionMatches matches = SectionMatches.of(document, typeSections);
            for (int spec = 0; spec < typeSections.size(); spec++) {
                if (!appliedIn.contains(typeSections.get(spec))) {
                    continue;
                }
                for (Section section : matches.sections(spec)) {
                    // The heading names the section; the rules read what it holds.
                    alerts.addAll(run(body, section.heading().end(), section.end(),
                            section.heading().start(), section.heading().end()));
                }
            }
        }
        alerts.sort(Comparator.comparingInt(Alert::start).thenComparingInt(Alert::end));
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

    /** The alerts of the rule over one region of the body, from one offset to another. */
    private List<Alert> run(Body body, int from, int to, int anchorStart, int anchorEnd) {
        Scope scope = rule.scope();
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
        return rule.check().check(new ScopedText(blocks, anchorStart, anchorEnd, scope.perBlock()));
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
