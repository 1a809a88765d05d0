package dev.contentlint.style;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The texts of which every match of a regex holds at least one, case folded: what a rule's
 * pattern cannot match without. Most rules of the published styles are long lists of words that a
 * given paragraph holds none of; finding that out with one pass of a {@link LiteralAutomaton} is
 * many times cheaper than letting the regex engine try every word at every position.
 *
 * <p>The regex is read as Java reads it (after {@link ValeRegex#translate}), and only what is
 * understood for certain counts: anything else (a back reference, a big class, an unknown escape,
 * comments mode) either counts as "any text" or gives up on the whole pattern, so the answer is
 * never a text the regex could do without. Look-arounds, anchors and boundaries consume nothing
 * and are left out, which only weakens the condition.
 *
 * <p>Texts are folded char by char with {@link #fold(char)}, which is how Java compares chars
 * under {@code CASE_INSENSITIVE | UNICODE_CASE}; an exact match folds alike too, so the same
 * texts serve patterns with and without case. What is known of each part, and how parts
 * combine, is {@link MatchTexts}.
 */
final class RequiredLiterals {

    /** The most members a class may have and still count as a set of single chars. */
    private static final int MAX_CLASS = 64;

    /** Thrown where the regex holds what this reader does not know for certain. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String regex;
    private int at;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /**
     * The folded texts of which every match of the pattern holds one, or empty where no such set
     * is known (the pattern can match any text, or holds what is not read here).
     */
    static Optional<Set<String>> of(Pattern pattern) {
        return analyze(pattern).required();
    }

    /**
     * What is known of a pattern's matches, read once.
     *
     * @param required see {@link #of(Pattern)}
     * @param prefixes see {@link #prefixes(Pattern)}
     * @param exact see {@link #exact(Pattern)}
     * @param paths at most how many ways the pattern can match at one place ({@link
     *     MatchTexts#paths}); {@link MatchTexts#UNBOUNDED} where not known
     * @param longest the most chars a match can take ({@link MatchTexts#longest}); {@link
     *     MatchTexts#UNBOUNDED} where not known
     */
    record Analysis(Optional<Set<String>> required, Optional<Set<String>> prefixes,
            Optional<Set<String>> exact, long paths, long longest) {}

    static Analysis analyze(Pattern pattern) {
        Optional<MatchTexts> info = read(pattern);
        return new Analysis(info.map(MatchTexts::best).map(Set::copyOf),
                info.map(MatchTexts::prefixes).filter(RequiredLiterals::known).map(Set::copyOf),
                info.map(MatchTexts::exact).filter(RequiredLiterals::known).map(Set::copyOf),
                info.map(MatchTexts::paths).orElse(MatchTexts.UNBOUNDED),
                info.map(MatchTexts::longest).orElse(MatchTexts.UNBOUNDED));
    }

    private static boolean known(Set<String> texts) {
        return texts != null && !texts.isEmpty() && !texts.contains("");
    }

    /**
     * Every text the pattern can match, case folded, where they are known and few (so that a
     * match can only start where one of them starts), else empty. Never holds "".
     */
    static Optional<Set<String>> exact(Pattern pattern) {
        return analyze(pattern).exact();
    }

    /**
     * Texts of which every match of the pattern starts with one, case folded, where they are
     * known and few; else empty. Never holds "".
     */
    static Optional<Set<String>> prefixes(Pattern pattern) {
        return analyze(pattern).prefixes();
    }

    private static Optional<MatchTexts> read(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return Optional.empty();
        }
        RequiredLiterals reader = new RequiredLiterals(pattern.pattern());
        try {
            MatchTexts info = reader.alternation();
            if (reader.at != reader.regex.length()) {
                return Optional.empty(); // an unbalanced ')': Java would have refused it
            }
            return Optional.of(info);
        } catch (Unsupported | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A char as Java's case-insensitive Unicode matching sees it. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    // ---- the grammar: alternation := sequence ('|' sequence)*; sequence := (atom quantifier?)* --

    private MatchTexts alternation() throws Unsupported {
        List<MatchTexts> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            alternatives.add(sequence());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : MatchTexts.alternatives(alternatives);
    }

    private MatchTexts sequence() throws Unsupported {
        List<MatchTexts> factors = new ArrayList<>();
        // A run of plain chars is read as one text: what MatchTexts.sequence would make of it
        // char by char, without a set for each char of a phrase of a long word list.
        StringBuilder run = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            MatchTexts factor = quantified(atom());
            if (isText(factor)) {
                run.append(factor.exact().iterator().next());
                continue;
            }
            if (!run.isEmpty()) {
                factors.add(text(run.toString()));
                run.setLength(0);
            }
            factors.add(factor);
        }
        if (!run.isEmpty()) {
            factors.add(text(run.toString()));
        }
        return MatchTexts.sequence(factors);
    }

    /** Whether a part matches one known, non-empty text, one way. */
    private static boolean isText(MatchTexts factor) {
        return factor.paths() == 1 && factor.exact() != null && factor.exact().size() == 1
                && factor.required() != null && factor.required().equals(factor.exact())
                && factor.exact().equals(factor.prefixes()) && !factor.exact().contains("");
    }

    private static MatchTexts text(String folded) {
        Set<String> one = Set.of(folded);
        return new MatchTexts(one, one, one, 1, folded.length());
    }

    private MatchTexts atom() throws Unsupported {
        char c = regex.charAt(at++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '.':
                return MatchTexts.ANY;
            case '^':
            case '$':
                return MatchTexts.EMPTY;
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported(); // a quantifier with nothing before it
            default:
                return literal(c);
        }
    }

    private static MatchTexts literal(char c) {
        if (Character.isSurrogate(c)) {
            return MatchTexts.ANY; // a code point of two chars: Java may fold it as a whole
        }
        Set<String> one = Set.of(String.valueOf(fold(c)));
        return new MatchTexts(one, one, one, 1, 1);
    }

    private MatchTexts quantified(MatchTexts atom) throws Unsupported {
        if (at >= regex.length()) {
            return atom;
        }
        int min;
        int max;
        switch (regex.charAt(at)) {
            case '?' -> { min = 0; max = 1; at++; }
            case '*' -> { min = 0; max = Integer.MAX_VALUE; at++; }
            case '+' -> { min = 1; max = Integer.MAX_VALUE; at++; }
            case '{' -> {
                int close = regex.indexOf('}', at);
                if (close < 0 || !regex.substring(at + 1, close).matches("\\d{1,6}(,\\d{0,6})?")) {
                    throw new Unsupported();
                }
                String[] bounds = regex.substring(at + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min
                        : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
                at = close + 1;
            }
            default -> { return atom; }
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: other matches, from the same texts
        }
        long paths = MatchTexts.repeated(atom.paths(), min, max);
        long longest = max == Integer.MAX_VALUE ? MatchTexts.UNBOUNDED
                : MatchTexts.times(atom.longest(), max);
        if (min == 0) {
            return max == 1 && atom.exact() != null
                    ? new MatchTexts(MatchTexts.union(atom.exact(), Set.of("")), null,
                            MatchTexts.union(atom.exact(), Set.of("")), paths, longest)
                    : MatchTexts.ANY.with(paths, longest);
        }
        // The first min repeats are one text that every match holds: [!?]{2,} holds "!!", "!?",
        // "?!" or "??", not just "!" or "?".
        Set<String> first = null;
        if (atom.exact() != null) {
            first = Set.of("");
            for (int i = 0; i < min && first != null; i++) {
                first = MatchTexts.cross(first, atom.exact());
            }
        }
        Set<String> exact = min == max ? first : null;
        Set<String> required = first == null ? MatchTexts.best(atom)
                : MatchTexts.better(first, MatchTexts.best(atom));
        return new MatchTexts(exact, required, atom.prefixes(), paths, longest);
    }

    private MatchTexts group() throws Unsupported {
        boolean zeroWidth = false;
        boolean behind = false;
        if (regex.startsWith("?", at)) {
            at++;
            char kind = next();
            if (kind == '=' || kind == '!') {
                zeroWidth = true;
            } else if (kind == '<' && (peek() == '=' || peek() == '!')) {
                at++;
                zeroWidth = true;
                behind = true;
            } else if (kind == '<') {
                int close = regex.indexOf('>', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                at = close + 1; // a named group
            } else if (kind == '>') {
                // an atomic group: fewer matches, each still a text of its inside
            } else {
                at--;
                int start = at;
                while (at < regex.length() && (Character.isLetter(peek()) || peek() == '-')) {
                    at++;
                }
                if (regex.substring(start, at).indexOf('x') >= 0) {
                    throw new Unsupported(); // comments mode reads spaces and '#' otherwise
                }
                char end = next();
                if (end == ')') {
                    return MatchTexts.EMPTY; // flags for what follows
                }
                if (end != ':') {
                    throw new Unsupported();
                }
            }
        }
        MatchTexts inside = alternation();
        if (next() != ')') {
            throw new Unsupported();
        }
        if (!zeroWidth) {
            return inside;
        }
        // A look-around is tried once where it stands, and not again on backtracking. Java tries
        // a look-behind once for each length it can have, and it has no more lengths than paths.
        return MatchTexts.EMPTY.withPaths(behind ? MatchTexts.times(inside.paths(), inside.paths())
                : inside.paths());
    }

    private MatchTexts escape() throws Unsupported {
        char c = next();
        switch (c) {
            case 'b':
                if (peek() == '{') {
                    skipBraces();
                }
                return MatchTexts.EMPTY;
            case 'B': case 'A': case 'z': case 'Z':
                return MatchTexts.EMPTY;
            case 'G':
                throw new Unsupported(); // where the last match ended: not a place of its own
            case 'w': case 'W': case 'd': case 'D': case 's': case 'S': case 'h': case 'H':
            case 'v': case 'V':
                return MatchTexts.ANY;
            case 'X':
                return MatchTexts.ANY_TEXT; // a grapheme cluster: as many chars as it has
            case 'R':
                return MatchTexts.ANY.withPaths(2); // \r\n, or one line break char
            case 'p': case 'P': case 'N':
                if (peek() == '{') {
                    skipBraces();
                } else {
                    at++;
                }
                return MatchTexts.ANY;
            case 'k':
                skipTo('>');
                return MatchTexts.ANY_TEXT;
            case 'Q': {
                int end = regex.indexOf("\\E", at);
                String quoted = regex.substring(at, end < 0 ? regex.length() : end);
                at = end < 0 ? regex.length() : end + 2;
                List<MatchTexts> chars = new ArrayList<>();
                quoted.chars().forEach(q -> chars.add(literal((char) q)));
                return MatchTexts.sequence(chars);
            }
            default: {
                int code = escapedChar(c);
                if (code < 0) {
                    return MatchTexts.ANY_TEXT; // a back reference: as long as its group's text
                }
                return code > 0xFFFF ? MatchTexts.ANY : literal((char) code);
            }
        }
    }

    /**
     * The char an escape stands for (its first char already read), -1 where it is a back
     * reference or not a single char.
     */
    private int escapedChar(char c) throws Unsupported {
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return 7;
            case 'e': return 27;
            case 'c': return next() ^ 64;
            case 'x': {
                if (peek() == '{') {
                    int close = regex.indexOf('}', at);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    int code = Integer.parseInt(regex.substring(at + 1, close), 16);
                    at = close + 1;
                    return code;
                }
                int code = Integer.parseInt(regex.substring(at, at + 2), 16);
                at += 2;
                return code;
            }
            case 'u': {
                int code = Integer.parseInt(regex.substring(at, at + 4), 16);
                at += 4;
                return code;
            }
            case '0': {
                int start = at;
                while (at < regex.length() && at - start < 3 && peek() >= '0' && peek() <= '7') {
                    at++;
                }
                if (at == start) {
                    throw new Unsupported();
                }
                int code = Integer.parseInt(regex.substring(start, at), 8);
                if (code > 0377) {
                    throw new Unsupported(); // Java reads at most 0377: fewer digits then
                }
                return code;
            }
            default:
                if (c >= '1' && c <= '9') {
                    while (at < regex.length() && Character.isDigit(peek())) {
                        at++; // a back reference: any text
                    }
                    return -1;
                }
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported();
                }
                return c;
        }
    }

    /**
     * A class: the set of its folded members where it is a plain list of chars and small
     * ranges, else any char.
     */
    private MatchTexts charClass() throws Unsupported {
        boolean plain = true;
        if (peek() == '^') {
            at++;
            plain = false;
        }
        if (peek() == ']') {
            throw new Unsupported(); // Java reads a leading ']' as a member: rare, not worth it
        }
        Set<String> members = new HashSet<>();
        int previous = -1;
        while (true) {
            char c = next();
            if (c == ']') {
                break;
            }
            if (c == '[' || (c == '&' && peek() == '&')) {
                throw new Unsupported(); // nested classes, intersections
            }
            int member;
            if (c == '\\') {
                char e = next();
                if ("wWdDsShHvVpPNR".indexOf(e) >= 0) {
                    if ((e == 'p' || e == 'P' || e == 'N') && peek() == '{') {
                        skipBraces();
                    } else if (e == 'p' || e == 'P') {
                        at++;
                    }
                    plain = false;
                    previous = -1;
                    continue;
                }
                if (e == 'Q') {
                    throw new Unsupported();
                }
                member = escapedChar(e);
                if (member < 0) {
                    throw new Unsupported();
                }
            } else if (c == '-' && previous >= 0 && peek() != ']') {
                char high = next();
                int last = high == '\\' ? escapedChar(next()) : high;
                if (high == '[' || last < previous) {
                    throw new Unsupported();
                }
                if (last - previous > MAX_CLASS) {
                    plain = false;
                } else {
                    for (int m = previous; m <= last; m++) {
                        addMember(members, m);
                    }
                }
                previous = -1;
                continue;
            } else {
                member = c;
            }
            addMember(members, member);
            previous = member;
        }
        if (!plain || members.size() > MAX_CLASS || members.contains(null)) {
            return MatchTexts.ANY;
        }
        return new MatchTexts(members, members, members, 1, 1);
    }

    private static void addMember(Set<String> members, int code) {
        if (code > 0xFFFF || Character.isSurrogate((char) code)) {
            members.add(null); // marks the class as not plain
        } else {
            members.add(String.valueOf(fold((char) code)));
        }
    }

    private char next() throws Unsupported {
        if (at >= regex.length()) {
            throw new Unsupported();
        }
        return regex.charAt(at++);
    }

    private char peek() {
        return at < regex.length() ? regex.charAt(at) : '\0';
    }

    private void skipBraces() throws Unsupported {
        skipTo('}');
    }

    private void skipTo(char close) throws Unsupported {
        int end = regex.indexOf(close, at);
        if (end < 0) {
            throw new Unsupported();
        }
        at = end + 1;
    }
}
