package dev.contentlint.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.contentlint.document.Document;
import dev.contentlint.document.FrontMatter;
import dev.contentlint.document.Span;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code frontmatter.schema}: front matter checked against the type's JSON Schema, one finding per
 * violation at the offending value (or key), a missing required key at the front matter's first
 * line, with a message that names the field and says what is allowed.
 */
public final class FrontMatterSchemaRule implements FileRule {

    /** Keywords whose error is about a key of the object rather than the object's value. */
    private static final Set<String> KEY_KEYWORDS =
            Set.of("additionalProperties", "unevaluatedProperties", "propertyNames");

    private final Schema schema;

    public FrontMatterSchemaRule(Schema schema) {
        this.schema = schema;
    }

    @Override
    public String id() {
        return RuleIds.FRONTMATTER_SCHEMA;
    }

    @Override
    public void check(Document document, FindingCollector findings) {
        FrontMatter frontMatter = document.frontMatter();
        Optional<ObjectNode> data = frontMatter.data();
        if (data.isEmpty()) {
            return; // absent or unreadable: frontmatter.missing or frontmatter.syntax says so
        }
        List<Error> errors = schema.validate(data.get());
        for (Error error : errors) {
            String pointer = error.getInstanceLocation().toString();
            findings.add(this, spanOf(error, pointer, frontMatter),
                    SchemaMessages.describe(error, pointer));
        }
    }

    private static Span spanOf(Error error, String pointer, FrontMatter frontMatter) {
        if ("required".equals(error.getKeyword()) || "dependentRequired".equals(error.getKeyword())) {
            return pointer.isEmpty() ? frontMatter.opening()
                    : frontMatter.location(pointer).map(YamlLocation::key).orElse(frontMatter.opening());
        }
        if (KEY_KEYWORDS.contains(error.getKeyword()) && error.getProperty() != null) {
            String keyPointer = pointer + "/" + ParsedYaml.escape(error.getProperty());
            Optional<YamlLocation> key = frontMatter.location(keyPointer);
            if (key.isPresent()) {
                return key.get().key();
            }
        }
        return frontMatter.location(pointer).map(YamlLocation::valueOrKey)
                .orElse(frontMatter.opening());
    }
}
