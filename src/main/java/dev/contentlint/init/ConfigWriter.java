package dev.contentlint.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code contentlint.yaml}: every key that init sets, with comments that say what was
 * inferred and from how many files. Written line by line rather than dumped, for the comments;
 * every value taken from the content goes through {@link YamlText}, and the result is read back
 * by {@code ConfigLoader} before anything is written.
 */
final class ConfigWriter {

    private static final int WIDTH = 100;

    private final StringBuilder out = new StringBuilder();

    /**
     * @param content the content root relative to the configuration file's folder
     * @param survey the survey: the files read, include and exclude
     * @param grouping how the types were found
     * @param types the types, in order
     * @param defaults the defaults
     * @param lowered the rules lowered to warning
     */
    static String write(String content, Survey survey, Grouping grouping, List<TypePlan> types,
            TypePlan defaults, List<LoweredRule> lowered) {
        ConfigWriter writer = new ConfigWriter();
        writer.comment("", "contentlint configuration, written by `mvn contentlint:init` from the "
                + SchemaInferrer.files(survey.files().size()) + " under " + YamlText.shown(content + "/") + " as they are"
                + " today, so that `mvn contentlint:validate` passes on them. What follows was"
                + " inferred from those files: review it, tighten the schemas, add sections and"
                + " styles (README: \"Configuration file\"), and commit it. Paths are relative to"
                + " this file.");
        writer.line("content: " + YamlText.scalar(content));
        writer.line("include: " + YamlText.quotedList(survey.include()));
        writer.comment("", excludeComment(survey));
        writer.line("exclude: " + YamlText.quotedList(survey.exclude()));
        writer.line("failOn: error");
        if (!lowered.isEmpty()) {
            writer.line("levels:");
            for (LoweredRule rule : lowered) {
                writer.comment("  ", rule.rule() + ": " + count(rule.findings(), "error") + " in "
                        + SchemaInferrer.files(rule.files()) + " today (the first at "
                        + rule.first() + "), lowered to warning by init so that the tree validates"
                        + " clean. Fix " + (rule.findings() == 1 ? "it" : "them") + ", then remove"
                        + " this line to make " + (rule.findings() == 1 ? "it an error" : "them errors")
                        + " again (or"
                        + " record today's findings in a baseline with `mvn contentlint:baseline`"
                        + " and remove it).");
                writer.line("  " + YamlText.scalar(rule.rule()) + ": warning");
            }
        }
        if (!types.isEmpty()) {
            writer.comment("", "Types, " + grouping.description() + ". The first type that"
                    + " matches a file is its type.");
            writer.line("types:");
            for (TypePlan type : types) {
                writer.comment("  ", typeComment(type));
                writer.line("  " + YamlText.scalar(type.name()) + ":");
                TypeCandidate candidate = type.candidate();
                if (candidate.paths().isEmpty() && candidate.key().isEmpty()) {
                    writer.comment("    ", "No match: every file is of this type.");
                } else {
                    writer.line("    match:");
                }
                if (!candidate.paths().isEmpty()) {
                    writer.line("      paths: " + YamlText.quotedList(candidate.paths()));
                }
                if (candidate.key().isPresent()) {
                    writer.line("      frontMatter:");
                    writer.line("        " + YamlText.scalar(candidate.key().get()) + ": "
                            + YamlText.scalar(candidate.value().orElseThrow()));
                }
                writer.frontMatter("    ", type);
            }
        }
        writer.comment("", defaultsComment(defaults, types.isEmpty()));
        writer.line("defaults:");
        writer.frontMatter("  ", defaults);
        return writer.out.toString();
    }

    private void frontMatter(String indent, TypePlan type) {
        line(indent + "frontMatter:");
        line(indent + "  required: " + type.frontMatterRequired() + "  # " + requiredReason(type));
        type.schemaPath().ifPresent(path -> line(indent + "  schema: " + YamlText.scalar(path)));
    }

    private static String excludeComment(Survey survey) {
        List<String> parts = new ArrayList<>();
        String hidden = survey.hiddenFolders().isEmpty() ? ""
                : " (here: " + String.join(", ", survey.hiddenFolders().stream().map(YamlText::shown).toList()) + ")";
        parts.add("hidden files and folders, which hold editor and tool state, not content" + hidden);
        for (String glob : survey.exclude()) {
            if (!TreeSurvey.HIDDEN.contains(glob)) {
                parts.add(glob.substring(0, glob.length() - 3) + "/, templates whose placeholders"
                        + " no schema would accept");
            }
        }
        int leftOut = survey.excludedFiles().values().stream().mapToInt(Integer::intValue).sum();
        return "Left out (" + SchemaInferrer.files(leftOut) + " today): " + String.join("; ", parts) + ".";
    }

    private static String typeComment(TypePlan type) {
        StringBuilder text = new StringBuilder();
        text.append(SchemaInferrer.files(type.files()));
        if (!type.candidate().origin().isEmpty()) {
            text.append(' ').append(type.candidate().origin());
        }
        type.candidate().note().ifPresent(note -> text.append(" (").append(note).append(")"));
        text.append(". ");
        facts(text, type);
        return text.toString().strip();
    }

    private static void facts(StringBuilder text, TypePlan type) {
        if (type.facts().isEmpty()) {
            if (type.files() > 0) {
                int without = type.files() - type.withFrontMatter();
                text.append("No schema: ");
                if (without > 0) {
                    text.append(without < type.files()
                            ? without + " of them " + (without == 1 ? "has" : "have") + " no front matter"
                            : type.files() == 1 ? "it has no front matter" : "none of them has front matter");
                }
                if (type.withFrontMatter() > 0) {
                    text.append(without > 0 ? ", and the front matter of " : "the front matter of ")
                            .append(type.withFrontMatter() == type.files()
                                    ? (type.files() == 1 ? "its file" : "each of them")
                                    : type.withFrontMatter() + " of them")
                            .append(" does not parse");
                }
                text.append('.');
            }
            return;
        }
        SchemaInferrer.Facts facts = type.facts().get();
        text.append(count(facts.keys().size(), "key")).append(" seen");
        if (facts.required().isEmpty()) {
            text.append(", none required").append(type.withData() < SchemaInferrer.MIN_REQUIRED_FILES
                    ? " (fewer than " + SchemaInferrer.MIN_REQUIRED_FILES + " files)" : "");
        } else {
            text.append(", required: ").append(names(facts.required()));
        }
        if (!facts.enums().isEmpty()) {
            text.append("; enums: ").append(names(List.copyOf(facts.enums().keySet())));
        }
        if (!facts.formats().isEmpty()) {
            List<String> formats = new ArrayList<>();
            for (Map.Entry<String, String> entry : facts.formats().entrySet()) {
                formats.add(YamlText.shown(entry.getKey()) + " (" + entry.getValue() + ")");
            }
            text.append("; formats: ").append(String.join(", ", formats));
        }
        for (Map.Entry<String, List<String>> rare : facts.rareValues().entrySet()) {
            text.append("; ").append(YamlText.shown(rare.getKey())).append(" has ")
                    .append(names(rare.getValue())).append(" in one file only (a typo?)");
        }
        text.append(".");
    }

    private static String defaultsComment(TypePlan defaults, boolean noTypes) {
        StringBuilder text = new StringBuilder();
        if (noTypes) {
            text.append("Every file gets the defaults: ")
                    .append(SchemaInferrer.files(defaults.files())).append(". ");
        } else {
            text.append("Files that match no type: ").append(SchemaInferrer.files(defaults.files()))
                    .append(" today. ");
        }
        facts(text, defaults);
        return text.toString().strip();
    }

    private static String requiredReason(TypePlan type) {
        if (type.defaults()) {
            return "files of no known type may have none";
        }
        if (type.frontMatterRequired()) {
            return type.files() == 1 ? "its file has front matter"
                    : "all " + type.files() + " files have front matter";
        }
        int without = type.files() - type.withFrontMatter();
        if (without > 0) {
            return without + " of its " + SchemaInferrer.files(type.files()) + " "
                    + (without == 1 ? "has" : "have") + " none";
        }
        return "fewer than " + SchemaInferrer.MIN_REQUIRED_FILES + " files to tell";
    }

    private static String names(List<String> names) {
        return String.join(", ", names.stream().map(YamlText::shown).toList());
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** A comment, wrapped at {@value #WIDTH} columns, on lines of its own. */
    private void comment(String indent, String text) {
        String prefix = indent + "# ";
        StringBuilder current = new StringBuilder(prefix);
        for (String word : YamlText.commentText(text).split(" +")) {
            if (current.length() > prefix.length() && current.length() + 1 + word.length() > WIDTH) {
                line(current.toString());
                current = new StringBuilder(prefix);
            }
            if (current.length() > prefix.length()) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > prefix.length()) {
            line(current.toString());
        }
    }
}
