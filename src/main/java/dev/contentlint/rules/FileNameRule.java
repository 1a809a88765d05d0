package dev.contentlint.rules;

import dev.contentlint.document.Document;
import dev.contentlint.document.Span;
import java.util.regex.Pattern;

/** {@code filename}: the whole file name must match the type's {@code fileName} regex. */
public final class FileNameRule implements FileRule {

    private final String typeName;
    private final Pattern pattern;

    public FileNameRule(String typeName, Pattern pattern) {
        this.typeName = typeName;
        this.pattern = pattern;
    }

    @Override
    public String id() {
        return RuleIds.FILENAME;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        String name = document.fileName();
        if (!pattern.matcher(name).matches()) {
            findings.add(this, Span.at(1, 1), "file name '" + name + "' does not match "
                    + pattern.pattern() + ", the pattern for files of type '" + typeName
                    + "'; rename the file");
        }
    }
}
