package dev.contentlint.style;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import dev.contentlint.yaml.ParsedYaml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Vale's {@code substitution}: each key of {@code swap} is a regex for a term, its value what to
 * write instead. As in Vale's {@code NewSubstitution}, the keys (longest first, so that the longer
 * of two overlapping terms wins) become the alternatives of one pattern, each in a group of its
 * own with its own groups made non-capturing, inside {@code \b(?:...)\b} unless {@code nonword}.
 * The message's {@code %s} take the replacement first, then the matched text.
 *
 * <p>A match is not reported where it already is what the rule asks for: with {@code action:
 * replace} where it equals one of the value's {@code |}-separated options, otherwise where the
 * value, read as a regex, matches all of it, case-sensitively (a plain phrase of letters, digits,
 * spaces and hyphens is compared as text). So {@code javascript: JavaScript} with {@code
 * ignorecase} reports "javascript" but not "JavaScript". Nor where it contains an exception term.
 *
 * <p>With {@code action: replace} and no {@code params}, the replacement is shown as Vale shows
 * it: the options quoted and joined ("'a', 'b', or 'c'"), and the first {@code '%s'} of the message
 * loses its quotes where the message quotes both (see {@link #adaptMessage(String)}). Otherwise the
 * value is shown as written. With {@code capitalize}, a match that starts with a capital gets a
 * replacement that does too. A value with {@code $1} takes the key's groups from the match; the
 * result is then compared as text (Vale compiles it as a regex; for the replacement texts such
 * values hold, the answers agree).
 *
 * <p>Where Vale differs: it makes groups non-capturing by a plain text rewrite that also changes a
 * {@code (} inside a class; here classes and escapes are left alone. Vale capitalizes the first
 * byte of the text, which is wrong for a non-ASCII first letter; here the first code point is.
 */
public final class SubstitutionCheck implements Check {

    /** {@code pos} is deprecated in Vale and read without effect there; so it is here. */
    public static final Set<String> KEYS = Set.of("swap", "ignorecase", "nonword", "exceptions",
            "capitalize", "pos");

    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$\\d+");

    /**
     * One entry of {@code swap}.
     *
     * @param group the name of its group in the combined pattern
     * @param key the pattern of the key alone, for {@code $1} in the value; null where unused
     * @param accepted the value as a full-match regex; null where compared as text
     * @param acceptedCapitalized the same for the capitalized value; null where compared as text
     */
    private record Swap(String group, String replacement, Pattern key, Pattern accepted,
            Pattern acceptedCapitalized) {}

    private final ProsePattern pattern;
    private final List<Swap> swaps;
    private final ExceptionTerms exceptions;
    private final boolean capitalize;
    private final boolean replaceAction;
    private final boolean showOptions;

    private SubstitutionCheck(Pattern pattern, List<Swap> swaps, ExceptionTerms exceptions,
            boolean capitalize, boolean replaceAction, boolean showOptions) {
        this.pattern = ProsePattern.of(pattern);
        this.swaps = List.copyOf(swaps);
        this.exceptions = exceptions;
        this.capitalize = capitalize;
        this.replaceAction = replaceAction;
        this.showOptions = showOptions;
    }

    public static SubstitutionCheck from(RuleSource source) throws ConfigException {
        Map<String, String> swap = source.mapping("swap");
        boolean ignoreCase = source.bool("ignorecase", false);
        boolean nonword = source.bool("nonword", false);
        boolean capitalize = source.bool("capitalize", false);
        JsonNode action = source.node("action");
        boolean replaceAction = action != null && "replace".equals(action.path("name").asText());
        boolean showOptions = replaceAction && action.path("params").isEmpty();
        if (swap.isEmpty()) {
            source.warn("swap", "has no entries: the rule never reports anything");
        }
        List<String> keys = new ArrayList<>(swap.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        List<Swap> swaps = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (String key : keys) {
            String pointer = "/swap/" + ParsedYaml.escape(key);
            Pattern alone = compileKey(source, pointer, (ignoreCase ? "(?i)" : "") + key);
            if (!nonword) {
                TokenEdges.boundaryWarning("swap key", key, true, true)
                        .ifPresent(w -> source.warnAt(pointer, "swap", w));
            }
            String group = "zzSwap" + swaps.size();
            alternatives.add("(?<" + group + ">" + withoutCaptures(key) + ")");
            String value = swap.get(key);
            boolean expands = GROUP_REFERENCE.matcher(value).find();
            swaps.add(new Swap(group, value, expands ? alone : null,
                    replaceAction || expands ? null : accepted(value),
                    replaceAction || expands || !capitalize ? null : accepted(capFirst(value))));
        }
        String body = Alternation.joinWrapped(keys, alternatives, ignoreCase);
        String regex = (ignoreCase ? "(?i)" : "")
                + (nonword ? "(?m)(?:" + body + ")" : "(?m)\\b(?:" + body + ")\\b");
        Pattern pattern = source.pattern("swap", regex, 0);
        return new SubstitutionCheck(pattern, swaps, ExceptionTerms.from(source, "exceptions", false),
                capitalize, replaceAction, showOptions);
    }

    private static Pattern compileKey(RuleSource source, String pointer, String regex)
            throws ConfigException {
        try {
            return ValeRegex.compile(regex, 0);
        } catch (PatternSyntaxException e) {
            throw source.errorAt(pointer, "swap", "invalid regex: " + e.getDescription()
                    + " near index " + e.getIndex() + " of '" + regex + "'");
        }
    }

    /** The value as a full-match regex, or null where Vale compares it as text. */
    private static Pattern accepted(String value) {
        if (isPhrase(value)) {
            return null;
        }
        try {
            return ValeRegex.compile("^(?:" + value + ")$", 0);
        } catch (PatternSyntaxException e) {
            return null; // as Vale: a value that is no regex is compared as text
        }
    }

    /** The pattern, with what makes it fast. */
    ProsePattern pattern() {
        return pattern;
    }

    @Override
    public List<Prefilter> prefilters() {
        return List.of(pattern.prefilter());
    }

    @Override
    public List<MatchStarts> matchStarts() {
        return pattern.matchStarts();
    }

    @Override
    public List<Alert> check(ScopedText text) {
        List<Alert> alerts = new ArrayList<>();
        ProsePattern.Hits hits = null;
        for (TextBlock block : text.blocks()) {
            String prose = block.text();
            hits = pattern.hits(text, block, hits);
            while (hits.find()) {
                Matcher m = hits.matcher();
                for (Swap swap : swaps) {
                    int start = m.start(swap.group());
                    if (start >= 0) {
                        int end = m.end(swap.group());
                        Alert alert = alert(block, start, end, swap, prose.substring(start, end));
                        if (alert != null) {
                            alerts.add(alert);
                        }
                        break;
                    }
                }
            }
        }
        return alerts;
    }

    private Alert alert(TextBlock block, int start, int end, Swap swap, String observed) {
        if (start == end) {
            return null;
        }
        boolean capitalized = capitalize && observed.equals(capFirst(observed));
        String expected = capitalized ? capFirst(swap.replacement()) : swap.replacement();
        boolean same;
        if (swap.key() != null) {
            expected = expand(swap.key(), observed, expected);
            same = replaceAction ? options(expected).contains(observed) : expected.equals(observed);
        } else if (replaceAction) {
            same = options(expected).contains(observed);
        } else {
            Pattern accepted = capitalized ? swap.acceptedCapitalized() : swap.accepted();
            same = accepted == null ? expected.equals(observed) : accepted.matcher(observed).matches();
        }
        if (same || exceptions.excepts(observed)) {
            return null;
        }
        String shown = expected;
        if (showOptions) {
            List<String> options = options(expected);
            shown = toSentence(capitalized ? options.stream().map(SubstitutionCheck::capFirst).toList()
                    : options);
        }
        return Alert.inBlock(block, start, end, shown, observed);
    }

    /**
     * Vale's {@code convertMessage}: a message that quotes both {@code %s} ({@code '%s'} or
     * {@code "%s"}) loses the quotes of the first, as the options come quoted already.
     */
    @Override
    public String adaptMessage(String message) {
        if (!showOptions) {
            return message;
        }
        String result = message;
        for (String spec : List.of("'%s'", "\"%s\"")) {
            if (count(result, spec) == 2) {
                result = result.replaceFirst(Pattern.quote(spec), "%s");
            }
        }
        return result;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    /** The options of a value: split at each {@code |} not escaped as {@code \|}. */
    static List<String> options(String value) {
        List<String> options = new ArrayList<>();
        StringBuilder option = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == '|') {
                option.append('|');
                i++;
            } else if (c == '|') {
                if (!option.isEmpty()) {
                    options.add(option.toString());
                }
                option.setLength(0);
            } else {
                option.append(c);
            }
        }
        if (!option.isEmpty()) {
            options.add(option.toString());
        }
        return options;
    }

    /** Vale's {@code ToSentence(words, "or")}: 'a'; 'a' or 'b'; 'a', 'b', or 'c'. */
    static String toSentence(List<String> words) {
        return switch (words.size()) {
            case 0 -> "";
            case 1 -> "'" + words.get(0) + "'";
            case 2 -> "'" + words.get(0) + "' or '" + words.get(1) + "'";
            default -> {
                List<String> quoted = new ArrayList<>(words.stream().map(w -> "'" + w + "'").toList());
                quoted.set(quoted.size() - 1, "or " + quoted.get(quoted.size() - 1));
                yield String.join(", ", quoted);
            }
        };
    }

    /** Vale's {@code IsPhrase}: only letters, digits, spaces and hyphens. */
    static boolean isPhrase(String value) {
        return value.codePoints().allMatch(c -> Character.isLetter(c) || Character.isDigit(c)
                || c == ' ' || c == '-');
    }

    static String capFirst(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    /**
     * Replaces each match of a key in the observed text by a value with .NET references:
     * {@code $1}, {@code ${1}}, {@code ${name}}, {@code $&} (the match) and {@code $$}.
     */
    static String expand(Pattern key, String observed, String template) {
        Matcher m = key.matcher(observed);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(observed, last, m.start());
            appendExpanded(m, template, out);
            last = m.end();
            if (m.start() == m.end() && m.end() == observed.length()) {
                break;
            }
        }
        return out.append(observed.substring(last)).toString();
    }

    private static void appendExpanded(Matcher m, String template, StringBuilder out) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i++;
            } else if (next == '&') {
                out.append(m.group());
                i++;
            } else if (Character.isDigit(next)) {
                int j = i + 1;
                while (j < template.length() && Character.isDigit(template.charAt(j))) {
                    j++;
                }
                int group = Integer.parseInt(template.substring(i + 1, j));
                if (group <= m.groupCount()) {
                    out.append(m.group(group) == null ? "" : m.group(group));
                } else {
                    out.append(template, i, j);
                }
                i = j - 1;
            } else if (next == '{' && template.indexOf('}', i) > 0) {
                int close = template.indexOf('}', i);
                String name = template.substring(i + 2, close);
                String value;
                try {
                    value = name.chars().allMatch(Character::isDigit)
                            ? m.group(Integer.parseInt(name)) : m.group(ValeRegex.groupName(name));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    value = template.substring(i, close + 1);
                }
                out.append(value == null ? "" : value);
                i = close;
            } else {
                out.append(c);
            }
        }
    }

    /** The key with its capturing groups made non-capturing, so that only the wrapper captures. */
    static String withoutCaptures(String regex) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
            } else if (inClass) {
                out.append(c);
                inClass = c != ']';
            } else if (c == '[') {
                out.append(c);
                // A ] right after [ or [^ is a member, not the end.
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    out.append(regex.charAt(++i));
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    out.append(regex.charAt(++i));
                }
                inClass = true;
            } else if (c == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
                out.append("(?:");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
