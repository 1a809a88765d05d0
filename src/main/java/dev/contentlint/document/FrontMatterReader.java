package dev.contentlint.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlParser;
import dev.contentlint.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds a file's front matter block and reads it. */
public final class FrontMatterReader {

    private static final ParsedYaml NOTHING = new ParsedYaml(null, Map.of(), List.of());

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6} +\\S.*");

    private final YamlParser parser;

    public FrontMatterReader(YamlParser parser) {
        this.parser = parser;
    }

    public FrontMatter read(SourceText source) {
        Span opening = source.lineSpan(1);
        if (!isDelimiter(source.line(1), false)) {
            return new FrontMatter(FrontMatter.Status.ABSENT, opening, 1, NOTHING, List.of());
        }
        int close = 0;
        for (int line = 2; line <= source.lineCount(); line++) {
            if (isDelimiter(source.line(line), true)) {
                close = line;
                break;
            }
        }
        if (close == 0) {
            YamlProblem unclosed = new YamlProblem(opening, "front matter opened on line 1 is"
                    + " never closed; add a line '---' after its last key");
            return new FrontMatter(FrontMatter.Status.UNCLOSED, opening, source.lineCount() + 1,
                    NOTHING, List.of(unclosed));
        }
        ParsedYaml yaml = parser.parse(source.lines(2, close), 2);
        if (yaml.json() == null && yaml.problems().isEmpty()) {
            // An empty block (or only comments) is front matter with no keys.
            yaml = new ParsedYaml(JsonNodeFactory.instance.objectNode(), yaml.locations(), List.of());
        }
        List<YamlProblem> problems = new ArrayList<>();
        for (YamlProblem problem : yaml.problems()) {
            problems.add(mentionMissingClose(problem, source, close));
        }
        if (yaml.json() != null && !yaml.json().isObject()) {
            Span where = yaml.location("").map(l -> l.value()).orElse(opening);
            problems.add(new YamlProblem(where, "front matter must be 'key: value' lines, not "
                    + describe(yaml.json())));
        }
        return new FrontMatter(FrontMatter.Status.PRESENT, opening, close + 1, yaml, problems);
    }

    /**
     * A block that never closed where meant runs on to a later {@code ---} (a thematic break),
     * and its YAML error alone would puzzle: where the block holds a Markdown heading, say so.
     */
    private static YamlProblem mentionMissingClose(YamlProblem problem, SourceText source, int close) {
        for (int line = 2; line < close; line++) {
            if (MARKDOWN_HEADING.matcher(source.line(line)).matches()) {
                return new YamlProblem(problem.span(), problem.message() + " (the front matter runs"
                        + " to the '---' on line " + close + " and holds the heading on line " + line
                        + ": is its closing '---' missing?)");
            }
        }
        return problem;
    }

    private static String describe(JsonNode json) {
        if (json.isArray()) {
            return "a list";
        }
        return "a single value";
    }

    /** {@code ---} alone on its line (trailing blanks allowed); {@code ...} may also close. */
    private static boolean isDelimiter(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || (closing && trimmed.equals("..."));
    }
}
