package dev.contentlint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.config.ByteSize;
import dev.contentlint.config.ContentType;
import dev.contentlint.crossfile.FactsReader;
import dev.contentlint.crossfile.FileFacts;
import dev.contentlint.document.DeepStack;
import dev.contentlint.document.Document;
import dev.contentlint.document.FrontMatter;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.document.SourceText;
import dev.contentlint.document.Span;
import dev.contentlint.document.Suppressions;
import dev.contentlint.rules.FileRule;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.FindingCollector;
import dev.contentlint.rules.RuleIds;
import dev.contentlint.rules.RuleLevels;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * Checks one file: reads it once, finds its front matter and its type, runs the type's rules.
 * Shared by the checking threads; holds nothing mutable.
 */
final class FileChecker {

    private final FrontMatterReader frontMatterReader;
    private final List<TypeRules> types;
    private final TypeRules defaults;
    private final RuleLevels levels;
    private final FactsReader factsReader;

    /**
     * What checking one file gave: its findings, and what the checks across files need, which a
     * file from the result cache decodes only when they do.
     */
    record Checked(FileResult result, Supplier<FileFacts> factsSource) {

        Checked(FileResult result, FileFacts facts) {
            this(result, () -> facts);
        }

        FileFacts facts() {
            return factsSource.get();
        }

        static Checked alone(FileResult result) {
            return new Checked(result, FileFacts.unread(result.path(), result.type()));
        }
    }

    FileChecker(FrontMatterReader frontMatterReader, List<TypeRules> types, TypeRules defaults,
            RuleLevels levels, FactsReader factsReader) {
        this.frontMatterReader = frontMatterReader;
        this.types = List.copyOf(types);
        this.defaults = defaults;
        this.levels = levels;
        this.factsReader = factsReader;
    }

    /**
     * Checks a file of at most maxFileSize bytes; a fault of contentlint's own becomes a
     * finding, never a failed build.
     */
    Checked check(ContentFile file, long maxFileSize) {
        byte[] bytes;
        try {
            bytes = FileBytes.read(file.file(), maxFileSize, file.size());
        } catch (FileBytes.TooLarge e) {
            return tooLarge(file, e.size(), maxFileSize, levels);
        } catch (IOException e) {
            FindingCollector findings = new FindingCollector(file.path(), levels);
            findings.add(RuleIds.UNREADABLE, Severity.ERROR, Span.at(1, 1),
                    "cannot read the file: " + ContentScanner.describe(e));
            return Checked.alone(new FileResult(file.path(), defaults.type().name(),
                    Optional.empty(), 0, findings.findings()));
        }
        return check(file, bytes);
    }

    /** A file larger than maxFileSize, left unread. */
    static Checked tooLarge(ContentFile file, long size, long maxFileSize, RuleLevels levels) {
        return notChecked(file, levels, "not checked: the file is " + ByteSize.format(size)
                + ", more than maxFileSize (" + ByteSize.format(maxFileSize) + "); exclude it,"
                + " or raise maxFileSize in the configuration");
    }

    /** A file whose check needed more memory than the JVM has. */
    static Checked outOfMemory(ContentFile file, long size, RuleLevels levels) {
        return notChecked(file, levels, "not checked: checking this " + ByteSize.format(size)
                + " file ran out of memory (Maven's heap is at most "
                + ByteSize.format(Runtime.getRuntime().maxMemory()) + "); give Maven more"
                + " (-Xmx2g in MAVEN_OPTS or .mvn/jvm.config), or exclude the file");
    }

    private static Checked notChecked(ContentFile file, RuleLevels levels, String message) {
        FindingCollector findings = new FindingCollector(file.path(), levels);
        findings.add(RuleIds.FILESIZE, Severity.ERROR, Span.at(1, 1), message);
        return Checked.alone(new FileResult(file.path(), ContentType.DEFAULTS, Optional.empty(), 0,
                findings.findings()));
    }

    /** Checks a file already read. */
    Checked check(ContentFile file, byte[] bytes) {
        try {
            return checkOrThrow(file, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            FindingCollector findings = new FindingCollector(file.path(), levels);
            findings.add(RuleIds.INTERNAL, Severity.ERROR, Span.at(1, 1), "contentlint could not"
                    + " check this file (" + e + "). Please report this with the file");
            return Checked.alone(new FileResult(file.path(), defaults.type().name(),
                    Optional.empty(), 0, findings.findings()));
        }
    }

    private Checked checkOrThrow(ContentFile file, byte[] bytes) {
        FindingCollector findings = new FindingCollector(file.path(), levels);
        SourceText source;
        try {
            source = SourceText.decode(bytes);
        } catch (CharacterCodingException e) {
            Span at = SourceText.firstInvalidByte(bytes);
            findings.add(RuleIds.ENCODING, Severity.ERROR, at == null ? Span.at(1, 1) : at,
                    "not UTF-8 text: save the file as UTF-8");
            return Checked.alone(new FileResult(file.path(), defaults.type().name(),
                    Optional.empty(), bytes.length, findings.findings()));
        }
        FrontMatter frontMatter = frontMatterReader.read(source);
        Document document = new Document(file.path(), source, frontMatter);
        Optional<ObjectNode> data = frontMatter.data();
        TypeRules type = types.stream()
                .filter(t -> t.type().matches(file.path(), data))
                .findFirst()
                .orElse(defaults);
        boolean bodyKnown = frontMatter.status() != FrontMatter.Status.UNCLOSED;
        if (bodyKnown && type.readsBody()) {
            parseBody(document);
        }
        for (FileRule rule : type.rules()) {
            if (rule.readsBody() && !bodyKnown) {
                continue;
            }
            int mark = findings.size();
            try {
                try {
                    rule.check(document, findings);
                } catch (StackOverflowError e) {
                    // A regex that recurses once per repetition, on a long text: the rule is run
                    // again on a deep stack, its findings so far dropped, so none is reported twice.
                    findings.dropFrom(mark);
                    DeepStack.call("contentlint-deep-rule", () -> {
                        rule.check(document, findings);
                        return null;
                    });
                }
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(RuleIds.INTERNAL, Severity.ERROR, Span.at(1, 1), "rule " + rule.id()
                        + " failed on this file (" + e + "); the other rules ran."
                        + " Please report this with the file");
            }
        }
        FileFacts facts;
        try {
            facts = factsReader.read(document, type.type());
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(RuleIds.INTERNAL, Severity.ERROR, Span.at(1, 1), "contentlint could not"
                    + " read this file's links (" + e + "); the other rules ran."
                    + " Please report this with the file");
            facts = FileFacts.unread(file.path(), type.type().name());
        }
        List<Finding> kept = withoutSuppressed(findings.findings(), facts.suppressions());
        Optional<String> status = data.map(d -> d.get("status"))
                .filter(JsonNode::isValueNode)
                .map(JsonNode::asText);
        return new Checked(new FileResult(file.path(), type.type().name(), status, bytes.length,
                kept), facts);
    }

    /**
     * Parses the body before the rules run, here rather than in whichever rule asks first: the
     * JIT then compiles the parse once, not into every rule that might ask first (a cold run's
     * compile time). Where the parse fails, each rule that reads the body meets the failure as
     * before, and reports itself as failed on the file.
     */
    private static void parseBody(Document document) {
        try {
            document.body();
        } catch (RuntimeException | StackOverflowError e) {
            // Left to the rules, see above.
        }
    }

    /** The findings that no comment in the body turns off. */
    static List<Finding> withoutSuppressed(List<Finding> findings, Suppressions suppressions) {
        if (suppressions.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .filter(f -> !suppressions.suppresses(f.rule(), f.line(), RuleIds.isStyle(f.rule())))
                .toList();
    }
}
