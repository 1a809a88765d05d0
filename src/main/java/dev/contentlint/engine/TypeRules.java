package dev.contentlint.engine;

import dev.contentlint.config.ContentType;
import dev.contentlint.rules.FileNameRule;
import dev.contentlint.rules.FileRule;
import dev.contentlint.rules.FrontMatterMissingRule;
import dev.contentlint.rules.FrontMatterSchemaRule;
import dev.contentlint.rules.FrontMatterSyntaxRule;
import java.util.ArrayList;
import java.util.List;

/** A content type with the rules that its files are checked by, built once per run. */
record TypeRules(ContentType type, List<FileRule> rules) {

    private static final FileRule SYNTAX = new FrontMatterSyntaxRule();

    TypeRules {
        rules = List.copyOf(rules);
    }

    /** The registry of built-in rule kinds: one line each, in the order they report. */
    static TypeRules of(ContentType type) {
        List<FileRule> rules = new ArrayList<>();
        rules.add(SYNTAX); // broken front matter is a fault whatever the type
        if (type.frontMatter().required()) {
            rules.add(new FrontMatterMissingRule(type.name()));
        }
        type.frontMatter().schema().ifPresent(s -> rules.add(new FrontMatterSchemaRule(s.schema())));
        type.fileName().ifPresent(p -> rules.add(new FileNameRule(type.name(), p)));
        return new TypeRules(type, rules);
    }
}
