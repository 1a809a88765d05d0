package dev.contentlint.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.document.Span;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into a JSON tree with the position of every key and value, never constructing
 * objects of arbitrary types (SnakeYAML's nodes are composed and converted here, never
 * constructed), and within fixed limits so that no input can exhaust the build's memory.
 *
 * <p>Thread-safe: every call composes with its own SnakeYAML parser and composer.
 */
public final class YamlParser {

    /*
     * The safety limits, each set on purpose (README, "Safety limits"; the hostile-input suite in
     * src/test/java/dev/contentlint/hostile tests each one).
     */

    /**
     * Aliases to lists and mappings in one text. Real front matter and configurations use a few
     * ({@code <<: *defaults}); a billion-laughs bomb needs dozens to grow, and 50 keeps it under
     * a few thousand values before {@link #MAX_VALUES} is even reached. SnakeYAML's default is
     * also 50: we keep it, and say so here, rather than rely on a default that may change.
     */
    public static final int MAX_ALIASES = 50;
    /**
     * How deep lists and mappings may nest. Front matter is rarely deeper than 3 or 4 and a JSON
     * Schema rarely deeper than 10; 64 leaves room for both, and keeps SnakeYAML's recursive
     * composer and our converter (one stack frame per level) far from the thread's stack, so that
     * 10,000 {@code [} are a finding, not a StackOverflowError. SnakeYAML's default is 50.
     */
    public static final int MAX_DEPTH = 64;
    /**
     * The largest YAML text read, in code points: 3 MiB, SnakeYAML's default, a thousand times
     * the largest real front matter, and the same for a configuration or a schema. SnakeYAML
     * counts every code point it reads, so a 50 MB front matter stops after 3 MiB of reading.
     */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /**
     * The most values one text may expand to, aliases included (SnakeYAML does not count aliases
     * to scalars). 200,000 holds a 100,000-item list with room to spare and keeps the JSON tree
     * of one file to a few MB, whatever the aliases multiply.
     */
    public static final int MAX_VALUES = 200_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Parses one YAML document.
     *
     * @param text the YAML text
     * @param firstLine the 1-based line of the file on which the text starts
     */
    public ParsedYaml parse(String text, int firstLine) {
        Node root;
        try {
            LoaderOptions options = loaderOptions();
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    RESOLVER, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            return failed(new YamlProblem(spanOf(e, firstLine), describe(e, firstLine)));
        } catch (ReaderException e) {
            // A character YAML does not allow (a NUL, a control character): point at it.
            return failed(new YamlProblem(spanAtCodePoint(text, e.getPosition(), firstLine),
                    String.format(Locale.ROOT, "YAML error: the character U+%04X is not allowed in"
                            + " YAML; remove it", e.getCodePoint())));
        } catch (YAMLException e) {
            String hint = hintFor(String.valueOf(e.getMessage()));
            Span at = String.valueOf(e.getMessage()).contains("Nesting Depth")
                    ? tooDeep(text, firstLine) : Span.at(firstLine, 1);
            return failed(new YamlProblem(at, "YAML error: " + e.getMessage()
                    + (hint.isEmpty() ? "" : "; " + hint)));
        } catch (StackOverflowError e) {
            return failed(new YamlProblem(Span.at(firstLine, 1),
                    "YAML nests too deeply to be read; flatten it"));
        }
        Converter converter = new Converter(firstLine);
        if (root == null) {
            return new ParsedYaml(null, Map.of(), List.of());
        }
        JsonNode json;
        try {
            converter.locations.put("", new YamlLocation(
                    converter.span(root.getStartMark(), root.getStartMark()),
                    converter.span(root.getStartMark(), root.getEndMark())));
            json = converter.convert(root, "", 0);
        } catch (TooLarge e) {
            converter.problems.add(new YamlProblem(Span.at(firstLine, 1), e.getMessage()));
            json = null;
        }
        return new ParsedYaml(json, converter.locations, converter.problems);
    }

    /**
     * Where a text first nests deeper than the limit: SnakeYAML's composer does not say, but its
     * parser (a loop, not recursion) gives every list and mapping's start.
     */
    private static Span tooDeep(String text, int firstLine) {
        int depth = 0;
        try {
            for (Event event : newYaml().parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                    Mark mark = event.getStartMark();
                    return Span.at(mark.getLine() + firstLine, mark.getColumn() + 1);
                }
                if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // the first line, as for other limits
        }
        return Span.at(firstLine, 1);
    }

    /** The place of the code point at an index (SnakeYAML's reader counts code points). */
    private static Span spanAtCodePoint(String text, int index, int firstLine) {
        int line = firstLine;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < index && offset < text.length(); i++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (offset >= text.length() || text.charAt(offset) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return Span.at(line, column);
    }

    private static ParsedYaml failed(YamlProblem problem) {
        return new ParsedYaml(null, Map.of(), List.of(problem));
    }

    /**
     * Composes as {@link Yaml#compose} does, without the constructor and representer that a
     * {@link Yaml} makes and composing never uses (they were a fifth of reading a front matter).
     * One resolver for all: SnakeYAML only reads its table once it is built.
     */
    private static final Resolver RESOLVER = new Yaml12Resolver();

    private static Yaml newYaml() {
        LoaderOptions options = loaderOptions();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options,
                RESOLVER);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        // A key that contains itself (&k [*k]: v) is refused; values that do are refused by the
        // converter ("contains itself through an alias").
        options.setAllowRecursiveKeys(false);
        // Accepted here so that the converter reports every duplicate with both places, as a
        // finding, instead of SnakeYAML's exception at the first one.
        options.setAllowDuplicateKeys(true);
        // <<: *base merges as editors and Obsidian do.
        options.setMergeOnCompose(true);
        // Comments are never needed, so never kept in memory.
        options.setProcessComments(false);
        return options;
    }

    private static Span spanOf(MarkedYAMLException e, int firstLine) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        // "end of stream" is where the reader gave up; where the open thing started says more.
        String problem = String.valueOf(e.getProblem());
        if (e.getContextMark() != null
                && (problem.contains("end of stream") || problem.contains("<stream end>"))) {
            mark = e.getContextMark();
        }
        if (mark == null) {
            return Span.at(firstLine, 1);
        }
        return Span.at(mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    private static String describe(MarkedYAMLException e, int firstLine) {
        String problem = e.getProblem() == null ? "unreadable YAML" : e.getProblem();
        String hint = hintFor(problem);
        String context = "";
        if (e.getContext() != null) {
            context = " (" + e.getContext() + (e.getContextMark() == null ? ""
                    : " that starts on line " + (e.getContextMark().getLine() + firstLine)) + ")";
        }
        return "YAML syntax error: " + problem + context + (hint.isEmpty() ? "" : "; " + hint);
    }

    private static String hintFor(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("'\\t'") || p.contains("tab")) {
            return "indent with spaces, YAML does not allow tabs there";
        }
        if (p.contains("mapping values are not allowed")) {
            return "quote a value that contains ': ', or check the indentation";
        }
        if (p.contains("could not find expected ':'")) {
            return "each line needs the form 'key: value'";
        }
        if (p.contains("found undefined alias")) {
            return "define the anchor (&name) before using the alias (*name)";
        }
        if (p.contains("unexpected end") || p.contains("<stream end>")) {
            return "close the open quote or bracket";
        }
        if (p.contains("exceeds the specified max") || p.contains("number of aliases")) {
            return "too many aliases, a safety limit of " + MAX_ALIASES;
        }
        if (p.contains("exceeds the limit") && p.contains("code points")) {
            return "too large, a safety limit of " + MAX_CODE_POINTS + " code points; make it smaller";
        }
        if (p.contains("nesting depth") || p.contains("depth exceeded")) {
            return "nested too deeply, a safety limit of " + MAX_DEPTH;
        }
        return "";
    }

    /** Thrown where a text expands to more values than the limit. */
    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** Converts one composed tree; not shared between calls. */
    private static final class Converter {
        private final int firstLine;
        private final Map<String, YamlLocation> locations = new LinkedHashMap<>();
        private final List<YamlProblem> problems = new ArrayList<>();
        private final IdentityHashMap<Node, Boolean> inProgress = new IdentityHashMap<>();
        private int values;

        Converter(int firstLine) {
            this.firstLine = firstLine;
        }

        Span span(Mark start, Mark end) {
            return new Span(start.getLine() + firstLine, start.getColumn() + 1,
                    end.getLine() + firstLine, end.getColumn() + 1);
        }

        JsonNode convert(Node node, String pointer, int depth) {
            if (++values > MAX_VALUES) {
                throw new TooLarge("YAML expands to more than " + MAX_VALUES
                        + " values (through aliases?); a safety limit, make it smaller");
            }
            if (depth > MAX_DEPTH) {
                throw new TooLarge("YAML nests deeper than " + MAX_DEPTH
                        + " levels (through aliases?); a safety limit, flatten it");
            }
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar);
            }
            if (inProgress.put(node, Boolean.TRUE) != null) {
                throw new TooLarge("a YAML value contains itself through an alias");
            }
            try {
                if (node instanceof SequenceNode sequence) {
                    return sequence(sequence, pointer, depth);
                }
                return mapping((MappingNode) node, pointer, depth);
            } finally {
                inProgress.remove(node);
            }
        }

        private ArrayNode sequence(SequenceNode sequence, String pointer, int depth) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String itemPointer = pointer + "/" + i;
                Span itemSpan = span(item.getStartMark(), item.getEndMark());
                locations.putIfAbsent(itemPointer, new YamlLocation(itemSpan, itemSpan));
                array.add(convert(item, itemPointer, depth + 1));
            }
            return array;
        }

        private ObjectNode mapping(MappingNode mapping, String pointer, int depth) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Node valueNode = tuple.getValueNode();
                Span keySpan = span(keyNode.getStartMark(), keyNode.getEndMark());
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    problems.add(new YamlProblem(keySpan,
                            "a key must be plain text, not a list or a mapping"));
                    continue;
                }
                String key = keyScalar.getValue();
                String valuePointer = pointer + "/" + ParsedYaml.escape(key);
                if (object.has(key)) {
                    YamlLocation first = locations.get(valuePointer);
                    problems.add(new YamlProblem(keySpan, "duplicate key '" + key + "'"
                            + (first == null ? "" : " (first at line " + first.key().line() + ")")
                            + "; YAML keeps only one of them, remove or rename one"));
                    continue;
                }
                locations.put(valuePointer, new YamlLocation(keySpan,
                        span(valueNode.getStartMark(), valueNode.getEndMark())));
                object.set(key, convert(valueNode, valuePointer, depth + 1));
            }
            return object;
        }

        private static JsonNode scalar(ScalarNode scalar) {
            String value = scalar.getValue();
            Tag tag = scalar.getTag();
            try {
                if (Tag.NULL.equals(tag)) {
                    return NODES.nullNode();
                }
                if (Tag.BOOL.equals(tag)) {
                    if (value.equalsIgnoreCase("true")) {
                        return NODES.booleanNode(true);
                    }
                    if (value.equalsIgnoreCase("false")) {
                        return NODES.booleanNode(false);
                    }
                    return NODES.textNode(value);
                }
                if (Tag.INT.equals(tag)) {
                    return NODES.numberNode(integer(value));
                }
                if (Tag.FLOAT.equals(tag)) {
                    return floating(value);
                }
            } catch (NumberFormatException e) {
                return NODES.textNode(value);
            }
            // Strings, timestamps, binaries and unknown tags: the text as the file wrote it.
            return NODES.textNode(value);
        }

        private static BigInteger integer(String value) {
            String v = value.startsWith("+") ? value.substring(1) : value;
            if (v.startsWith("0o")) {
                return new BigInteger(v.substring(2), 8);
            }
            if (v.startsWith("0x")) {
                return new BigInteger(v.substring(2), 16);
            }
            return new BigInteger(v);
        }

        private static JsonNode floating(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.endsWith(".inf")) {
                return NODES.numberNode(v.startsWith("-") ? Double.NEGATIVE_INFINITY
                        : Double.POSITIVE_INFINITY);
            }
            if (v.equals(".nan")) {
                return NODES.numberNode(Double.NaN);
            }
            return NODES.numberNode(new BigDecimal(value.startsWith("+") ? value.substring(1) : value));
        }
    }
}
