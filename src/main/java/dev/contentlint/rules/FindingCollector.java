package dev.contentlint.rules;

import dev.contentlint.document.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the findings of one file, applying the configuration's {@code levels}: a rule turned
 * off reports nothing, a rule given another level reports at that level. One per file and thread.
 */
public final class FindingCollector {

    private final String path;
    private final RuleLevels levels;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(String path, RuleLevels levels) {
        this.path = path;
        this.levels = levels;
    }

    public void add(FileRule rule, Span span, String message) {
        add(rule.id(), rule.defaultSeverity(), span, message);
    }

    public void add(String rule, Severity defaultSeverity, Span span, String message) {
        Optional<Severity> severity = levels.severityOf(rule, defaultSeverity);
        // A big tree holds millions of findings, most of them saying the same few things
        // ("'is' may be passive voice..."): one copy of each text keeps the heap flat. (Those
        // read from the result cache share the copy of its string table.)
        severity.ifPresent(s -> findings.add(new Finding(path, span.line(), span.column(),
                span.endLine(), span.endColumn(), s, rule.intern(), message.intern())));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** How many findings are gathered so far: a mark to go back to. */
    public int size() {
        return findings.size();
    }

    /** Drops the findings gathered since a mark, those of a rule that is run again. */
    public void dropFrom(int mark) {
        findings.subList(mark, findings.size()).clear();
    }
}
