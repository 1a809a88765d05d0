package dev.contentlint.engine;

import dev.contentlint.crossfile.Anchors;
import dev.contentlint.crossfile.FieldValue;
import dev.contentlint.crossfile.FileFacts;
import dev.contentlint.crossfile.LinkFact;
import dev.contentlint.document.BodyLink;
import dev.contentlint.document.Span;
import dev.contentlint.document.Suppressions;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes and reads what checking one file gave, field by field. Every string is written once in
 * the cache's string table and referred to by its number: a big tree's findings say the same
 * few things thousands of times. Every read checks what it reads (see {@link CacheInput}).
 */
final class CacheCodec {

    private CacheCodec() {}

    /** The strings of a cache being written, each numbered on its first use. */
    static final class StringTable {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        int id(String value) {
            Integer known = ids.get(value);
            if (known != null) {
                return known;
            }
            ids.put(value, strings.size());
            strings.add(value);
            return strings.size() - 1;
        }

        List<String> strings() {
            return strings;
        }
    }

    static void write(DataOutputStream out, StringTable strings, FileResult result,
            FileFacts facts) throws IOException {
        out.writeInt(strings.id(result.type()));
        optional(out, strings, result.status());
        out.writeLong(result.bytes());
        findings(out, strings, result.findings());
        out.writeInt(facts.links().size());
        for (LinkFact link : facts.links()) {
            out.writeByte(link.kind().ordinal());
            out.writeInt(strings.id(link.written()));
            span(out, link.span());
            optional(out, strings, link.field());
        }
        out.writeBoolean(facts.anchors().isPresent());
        if (facts.anchors().isPresent()) {
            Anchors anchors = facts.anchors().get();
            list(out, strings, anchors.headingTexts());
            list(out, strings, anchors.htmlIds());
            list(out, strings, List.copyOf(anchors.blockIds()));
        }
        out.writeInt(facts.values().size());
        for (FieldValue value : facts.values()) {
            out.writeInt(strings.id(value.field()));
            out.writeInt(strings.id(value.value()));
            span(out, value.span());
        }
        List<Suppressions.Range> ranges = facts.suppressions().ranges();
        out.writeInt(ranges.size());
        for (Suppressions.Range range : ranges) {
            optional(out, strings, Optional.ofNullable(range.rule()));
            out.writeInt(range.fromLine());
            out.writeInt(range.toLine());
            out.writeBoolean(range.styleOnly());
        }
    }

    /** One file's result, which comes first in its entry; its facts follow. */
    static FileResult readResult(CacheInput in, String path) throws IOException {
        String type = in.string();
        Optional<String> status = optional(in);
        long bytes = in.readLong();
        return new FileResult(path, type, status, bytes, findings(in, path));
    }

    /** One file's facts, read from where its result ends. */
    static FileFacts readFacts(CacheInput in, String path, String type) throws IOException {
        int linkCount = in.count();
        List<LinkFact> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            BodyLink.Kind kind = BodyLink.Kind.values()[in.ordinal(BodyLink.Kind.values().length)];
            links.add(new LinkFact(kind, in.string(), span(in), optional(in)));
        }
        Optional<Anchors> anchors = Optional.empty();
        if (in.readBoolean()) {
            List<String> headings = list(in);
            List<String> htmlIds = list(in);
            Set<String> blocks = new HashSet<>(list(in));
            anchors = Optional.of(new Anchors(headings, htmlIds, blocks));
        }
        int valueCount = in.count();
        List<FieldValue> values = new ArrayList<>(valueCount);
        for (int i = 0; i < valueCount; i++) {
            values.add(new FieldValue(in.string(), in.string(), span(in)));
        }
        int rangeCount = in.count();
        List<Suppressions.Range> ranges = new ArrayList<>(rangeCount);
        for (int i = 0; i < rangeCount; i++) {
            ranges.add(new Suppressions.Range(optional(in).orElse(null), in.readInt(), in.readInt(),
                    in.readBoolean()));
        }
        if (!in.atEnd()) {
            throw new IOException("damaged: an entry holds more than it should");
        }
        return new FileFacts(path, type, links, anchors, values, Suppressions.of(ranges));
    }

    /**
     * The findings of the checks across files, by file, and the looks at the disk they took
     * (see {@link dev.contentlint.crossfile.DiskLookups}).
     */
    record CrossFile(Map<String, String> lookups, Map<String, List<Finding>> findings) {}

    static void write(DataOutputStream out, StringTable strings, CrossFile crossFile)
            throws IOException {
        out.writeInt(crossFile.lookups().size());
        for (Map.Entry<String, String> look : new TreeMap<>(crossFile.lookups()).entrySet()) {
            out.writeInt(strings.id(look.getKey()));
            out.writeInt(strings.id(look.getValue()));
        }
        out.writeInt(crossFile.findings().size());
        for (Map.Entry<String, List<Finding>> file : new TreeMap<>(crossFile.findings()).entrySet()) {
            out.writeInt(strings.id(file.getKey()));
            findings(out, strings, file.getValue());
        }
    }

    static CrossFile readCrossFile(CacheInput in) throws IOException {
        int lookCount = in.count();
        Map<String, String> lookups = new HashMap<>();
        for (int i = 0; i < lookCount; i++) {
            lookups.put(in.string(), in.string());
        }
        int fileCount = in.count();
        Map<String, List<Finding>> findings = new HashMap<>();
        for (int i = 0; i < fileCount; i++) {
            String path = in.string();
            findings.put(path, findings(in, path));
        }
        if (!in.atEnd()) {
            throw new IOException("damaged: the checks across files hold more than they should");
        }
        return new CrossFile(lookups, findings);
    }

    static void write(DataOutputStream out, StringTable strings,
            ResultCache.Configuration configuration) throws IOException {
        list(out, strings, configuration.warnings());
        out.writeInt(configuration.rules().size());
        for (RuleInfo rule : configuration.rules()) {
            out.writeInt(strings.id(rule.id()));
            out.writeInt(strings.id(rule.description()));
            optional(out, strings, rule.helpUri());
            out.writeByte(rule.defaultSeverity().ordinal());
        }
    }

    static ResultCache.Configuration readConfiguration(CacheInput in) throws IOException {
        List<String> warnings = list(in);
        int count = in.count();
        List<RuleInfo> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(new RuleInfo(in.string(), in.string(), optional(in),
                    Severity.values()[in.ordinal(Severity.values().length)]));
        }
        if (!in.atEnd()) {
            throw new IOException("damaged: the configuration holds more than it should");
        }
        return new ResultCache.Configuration(warnings, rules);
    }

    private static void findings(DataOutputStream out, StringTable strings, List<Finding> findings)
            throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            out.writeInt(f.line());
            out.writeInt(f.column());
            out.writeInt(f.endLine());
            out.writeInt(f.endColumn());
            out.writeByte(f.severity().ordinal());
            out.writeInt(strings.id(f.rule()));
            out.writeInt(strings.id(f.message()));
        }
    }

    private static List<Finding> findings(CacheInput in, String path) throws IOException {
        int count = in.count();
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int line = in.readInt();
            int column = in.readInt();
            int endLine = in.readInt();
            int endColumn = in.readInt();
            Severity severity = Severity.values()[in.ordinal(Severity.values().length)];
            String rule = in.string();
            String message = in.string();
            findings.add(new Finding(path, line, column, endLine, endColumn, severity, rule, message));
        }
        return findings;
    }

    private static void span(DataOutputStream out, Span span) throws IOException {
        out.writeInt(span.line());
        out.writeInt(span.column());
        out.writeInt(span.endLine());
        out.writeInt(span.endColumn());
    }

    private static Span span(CacheInput in) throws IOException {
        return new Span(in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static void optional(DataOutputStream out, StringTable strings, Optional<String> value)
            throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeInt(strings.id(value.get()));
        }
    }

    private static Optional<String> optional(CacheInput in) throws IOException {
        return in.readBoolean() ? Optional.of(in.string()) : Optional.empty();
    }

    private static void list(DataOutputStream out, StringTable strings, List<String> values)
            throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeInt(strings.id(value));
        }
    }

    private static List<String> list(CacheInput in) throws IOException {
        int size = in.count();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.string());
        }
        return values;
    }
}
