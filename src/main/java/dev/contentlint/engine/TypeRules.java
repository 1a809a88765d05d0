package dev.contentlint.engine;

import dev.contentlint.config.ContentType;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.rules.CrossFileRule;
import dev.contentlint.rules.LinksRule;
import dev.contentlint.rules.ReferencesRule;
import dev.contentlint.rules.UniqueRule;
import dev.contentlint.rules.FileNameRule;
import dev.contentlint.rules.FileRule;
import dev.contentlint.rules.FrontMatterMissingRule;
import dev.contentlint.rules.FrontMatterSchemaRule;
import dev.contentlint.rules.FrontMatterSyntaxRule;
import dev.contentlint.config.SectionSpec;
import dev.contentlint.rules.SectionsEmptyRule;
import dev.contentlint.rules.SectionsLevelRule;
import dev.contentlint.rules.SectionsMissingRule;
import dev.contentlint.rules.SectionsOrderRule;
import dev.contentlint.rules.SectionsTableRule;
import dev.contentlint.rules.StyleRule;
import dev.contentlint.style.SharedPrefilter;
import dev.contentlint.style.ValeRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A content type with the rules that its files are checked by, built once per run.
 *
 * @param rules the checks of one file at a time
 * @param crossFileRules the checks that run once every file is read
 */
record TypeRules(ContentType type, List<FileRule> rules, List<CrossFileRule> crossFileRules) {

    private static final FileRule SYNTAX = new FrontMatterSyntaxRule();
    private static final CrossFileRule LINKS = new LinksRule();

    TypeRules {
        rules = List.copyOf(rules);
        crossFileRules = List.copyOf(crossFileRules);
    }

    /** Whether a rule of the type reads the Markdown body. */
    boolean readsBody() {
        for (FileRule rule : rules) {
            if (rule.readsBody()) {
                return true;
            }
        }
        return false;
    }

    /** The registry of built-in rule kinds: one line each, in the order they report. */
    static TypeRules of(ContentType type, LinkSettings links) {
        List<FileRule> rules = new ArrayList<>();
        rules.add(SYNTAX); // broken front matter is a fault whatever the type
        if (type.frontMatter().required()) {
            rules.add(new FrontMatterMissingRule(type.name()));
        }
        type.frontMatter().schema().ifPresent(s -> rules.add(new FrontMatterSchemaRule(s.schema())));
        type.fileName().ifPresent(p -> rules.add(new FileNameRule(type.name(), p)));
        if (!type.sections().isEmpty()) {
            rules.add(new SectionsMissingRule(type.name(), type.sections()));
            if (type.strictOrder()) {
                rules.add(new SectionsOrderRule(type.name(), type.sections(), true));
            }
            rules.add(new SectionsLevelRule(type.name(), type.sections()));
            rules.add(new SectionsEmptyRule(type.name(), type.sections()));
            rules.add(new SectionsTableRule(type.name(), type.sections()));
        }
        rules.addAll(styleRules(type));
        return new TypeRules(type, rules, crossFileRules(type, links));
    }

    /**
     * The checks across files of a type: they read no schema and no style rule, so a type read
     * without them ({@link dev.contentlint.config.StagedConfig#structure}) has them all.
     */
    static List<CrossFileRule> crossFileRules(ContentType type, LinkSettings links) {
        List<CrossFileRule> crossFile = new ArrayList<>();
        if (links.check()) {
            crossFile.add(LINKS);
        }
        if (!type.unique().isEmpty()) {
            crossFile.add(new UniqueRule(type.name(), type.unique()));
        }
        if (!type.references().isEmpty()) {
            crossFile.add(new ReferencesRule(type.references()));
        }
        return crossFile;
    }

    /** One rule per style rule, with every place the type applies it. */
    private static List<StyleRule> styleRules(ContentType type) {
        Map<String, ValeRule> byId = new LinkedHashMap<>();
        Set<String> wholeBody = new HashSet<>();
        Map<String, List<SectionSpec>> sections = new HashMap<>();
        for (ValeRule rule : type.styles()) {
            byId.putIfAbsent(rule.id(), rule);
            wholeBody.add(rule.id());
        }
        for (SectionSpec section : type.sections()) {
            for (ValeRule rule : section.styles()) {
                byId.putIfAbsent(rule.id(), rule);
                sections.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(section);
            }
        }
        Optional<SharedPrefilter> shared = byId.isEmpty() ? Optional.empty()
                : Optional.of(SharedPrefilter.of(byId.values().stream().map(ValeRule::check)
                        .toList()));
        return byId.values().stream()
                .map(rule -> new StyleRule(rule, wholeBody.contains(rule.id()), type.sections(),
                        sections.getOrDefault(rule.id(), List.of()), shared))
                .toList();
    }
}
