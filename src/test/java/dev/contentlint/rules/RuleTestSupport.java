package dev.contentlint.rules;

import dev.contentlint.document.Document;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.document.SourceText;
import dev.contentlint.yaml.YamlParser;
import java.util.List;

/** Runs one rule on one file's text. */
final class RuleTestSupport {

    private RuleTestSupport() {}

    static Document document(String path, String text) {
        SourceText source = SourceText.of(text);
        return new Document(path, source, new FrontMatterReader(new YamlParser()).read(source));
    }

    static List<Finding> run(FileRule rule, String path, String text) {
        FindingCollector findings = new FindingCollector(path, RuleLevels.DEFAULTS);
        rule.check(document(path, text), findings);
        return findings.findings();
    }

    static String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(f.line()).append(':').append(f.column()).append('-').append(f.endLine())
                    .append(':').append(f.endColumn()).append(' ').append(f.severity().id())
                    .append(" [").append(f.rule()).append("] ").append(f.message()).append('\n');
        }
        return text.toString();
    }
}
