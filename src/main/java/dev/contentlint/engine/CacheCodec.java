package dev.contentlint.engine;

import dev.contentlint.crossfile.Anchors;
import dev.contentlint.crossfile.FieldValue;
import dev.contentlint.crossfile.FileFacts;
import dev.contentlint.crossfile.LinkFact;
import dev.contentlint.document.BodyLink;
import dev.contentlint.document.Span;
import dev.contentlint.document.Suppressions;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads what checking one file gave, field by field. Every read checks what it reads
 * (counts, enum ordinals, positions), so that a damaged file fails loudly here and is then
 * ignored, rather than turning into wrong findings.
 */
final class CacheCodec {

    /** More items than any real file has: a count above it means the cache is damaged. */
    private static final int MAX_ITEMS = 10_000_000;

    private CacheCodec() {}

    static void write(DataOutputStream out, FileResult result, FileFacts facts) throws IOException {
        out.writeUTF(result.type());
        optional(out, result.status());
        out.writeLong(result.bytes());
        out.writeInt(result.findings().size());
        for (Finding f : result.findings()) {
            out.writeInt(f.line());
            out.writeInt(f.column());
            out.writeInt(f.endLine());
            out.writeInt(f.endColumn());
            out.writeByte(f.severity().ordinal());
            out.writeUTF(f.rule());
            longText(out, f.message());
        }
        out.writeInt(facts.links().size());
        for (LinkFact link : facts.links()) {
            out.writeByte(link.kind().ordinal());
            longText(out, link.written());
            span(out, link.span());
            optional(out, link.field());
        }
        out.writeBoolean(facts.anchors().isPresent());
        if (facts.anchors().isPresent()) {
            Anchors anchors = facts.anchors().get();
            strings(out, anchors.headingTexts());
            strings(out, anchors.htmlIds());
            strings(out, List.copyOf(anchors.blockIds()));
        }
        out.writeInt(facts.values().size());
        for (FieldValue value : facts.values()) {
            out.writeUTF(value.field());
            longText(out, value.value());
            span(out, value.span());
        }
        List<Suppressions.Range> ranges = facts.suppressions().ranges();
        out.writeInt(ranges.size());
        for (Suppressions.Range range : ranges) {
            optional(out, Optional.ofNullable(range.rule()));
            out.writeInt(range.fromLine());
            out.writeInt(range.toLine());
            out.writeBoolean(range.styleOnly());
        }
    }

    /** One file's result and facts, as {@link #write} wrote them. */
    record Entry(FileResult result, FileFacts facts) {}

    static Entry read(DataInputStream in, String path) throws IOException {
        String type = in.readUTF();
        Optional<String> status = optional(in);
        long bytes = in.readLong();
        int findingCount = count(in);
        List<Finding> findings = new ArrayList<>(findingCount);
        for (int i = 0; i < findingCount; i++) {
            int line = in.readInt();
            int column = in.readInt();
            int endLine = in.readInt();
            int endColumn = in.readInt();
            Severity severity = Severity.values()[ordinal(in, Severity.values().length)];
            String rule = in.readUTF();
            String message = longText(in);
            findings.add(new Finding(path, line, column, endLine, endColumn, severity, rule, message));
        }
        int linkCount = count(in);
        List<LinkFact> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            BodyLink.Kind kind = BodyLink.Kind.values()[ordinal(in, BodyLink.Kind.values().length)];
            links.add(new LinkFact(kind, longText(in), span(in), optional(in)));
        }
        Optional<Anchors> anchors = Optional.empty();
        if (in.readBoolean()) {
            List<String> headings = strings(in);
            List<String> htmlIds = strings(in);
            Set<String> blocks = new HashSet<>(strings(in));
            anchors = Optional.of(new Anchors(headings, htmlIds, blocks));
        }
        int valueCount = count(in);
        List<FieldValue> values = new ArrayList<>(valueCount);
        for (int i = 0; i < valueCount; i++) {
            values.add(new FieldValue(in.readUTF(), longText(in), span(in)));
        }
        int rangeCount = count(in);
        List<Suppressions.Range> ranges = new ArrayList<>(rangeCount);
        for (int i = 0; i < rangeCount; i++) {
            ranges.add(new Suppressions.Range(optional(in).orElse(null), in.readInt(), in.readInt(),
                    in.readBoolean()));
        }
        return new Entry(new FileResult(path, type, status, bytes, findings),
                new FileFacts(path, type, links, anchors, values, Suppressions.of(ranges)));
    }

    private static void span(DataOutputStream out, Span span) throws IOException {
        out.writeInt(span.line());
        out.writeInt(span.column());
        out.writeInt(span.endLine());
        out.writeInt(span.endColumn());
    }

    private static Span span(DataInputStream in) throws IOException {
        return new Span(in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            longText(out, value.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(longText(in)) : Optional.empty();
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            longText(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int size = count(in);
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(longText(in));
        }
        return values;
    }

    /** Text of any length: writeUTF stops at 64 KB, and a message may quote a long line. */
    private static void longText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String longText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ITEMS) {
            throw new IOException("damaged: a count of " + count);
        }
        return count;
    }

    private static int ordinal(DataInputStream in, int size) throws IOException {
        int ordinal = in.readUnsignedByte();
        if (ordinal >= size) {
            throw new IOException("damaged: an ordinal of " + ordinal);
        }
        return ordinal;
    }
}
