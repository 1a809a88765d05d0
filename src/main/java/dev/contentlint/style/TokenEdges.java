package dev.contentlint.style;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Whether every way a token can start (or end) consumes a non-word char. Vale puts {@code \b}
 * around the tokens of a rule that is not {@code nonword}; before a non-word char such a boundary
 * holds only where a word char comes directly before it, so {@code e.g.} matches in "e.g.x" but
 * never in "e.g. x". The answer is "yes" only where it is certain: any construct this reader does
 * not follow (a back-reference, {@code .}, a negated class, a quantified group that may be empty
 * at that end) makes it "no", so a warning built on it is never wrong, only sometimes missing.
 */
final class TokenEdges {

    /** Categories with no word chars: \w is letters, Mn, Nd and Pc. */
    private static final Set<String> NON_WORD_CATEGORIES = Set.of("Pd", "Ps", "Pe", "Po", "Pi",
            "Pf", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "Cc");
    private static final Set<String> NON_WORD_POSIX = Set.of("punct", "space", "blank", "cntrl");

    private TokenEdges() {}

    /**
     * The warning for a token that Vale wraps in {@code \b} (a rule without {@code nonword:
     * true}) and that starts or ends with a non-word char, or empty where it does not.
     *
     * @param kind what the token is called in the rule ("token", "swap key")
     * @param start whether a {@code \b} stands before the token (not where {@code raw} comes
     *     first)
     * @param end whether a {@code \b} stands after it (not where {@code raw} is appended)
     */
    static java.util.Optional<String> boundaryWarning(String kind, String token, boolean start,
            boolean end) {
        boolean atStart = start && startsWithNonWord(token);
        boolean atEnd = end && endsWithNonWord(token);
        String where;
        if (atStart && atEnd) {
            where = "starts and ends with a non-word char, so the \\b Vale puts around it lets it"
                    + " match only between two letters, digits or underscores, never next to a"
                    + " space, punctuation or the edge of the text";
        } else if (atStart) {
            where = "starts with a non-word char, so the \\b Vale puts before it lets it match"
                    + " only right after a letter, digit or underscore, never after a space,"
                    + " punctuation or at the start of the text";
        } else if (atEnd) {
            where = "ends with a non-word char, so the \\b Vale puts after it lets it match"
                    + " only right before a letter, digit or underscore, never before a space,"
                    + " punctuation or at the end of the text";
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(kind + " '" + token + "' " + where
                + "; set nonword: true to match it on its own");
    }

    static boolean startsWithNonWord(String regex) {
        return analyze(regex, true);
    }

    static boolean endsWithNonWord(String regex) {
        return analyze(regex, false);
    }

    private static boolean analyze(String regex, boolean start) {
        try {
            Parser parser = new Parser(regex);
            Node node = parser.alternation();
            if (parser.i != regex.length()) {
                return false;
            }
            Edge edge = start ? node.first() : node.last();
            return edge.nonWord() && !edge.nullable() && !edge.attaches();
        } catch (RuntimeException e) {
            return false; // a regex this reader cannot follow: no claim about it
        }
    }

    /**
     * What the first (or last) consumed char can be.
     *
     * @param nonWord every such char is certainly a non-word char
     * @param nullable the part can also match nothing, so the edge may lie beyond it
     */
    private record Edge(boolean nonWord, boolean nullable, boolean attaches) {
        static final Edge ZERO_WIDTH = new Edge(true, true, false);
    }

    /**
     * A set of chars one position of a token may consume.
     *
     * @param nonWord every member is certainly a non-word char
     * @param attachesLeft some member may, in ordinary prose, come right after a word: a space,
     *     closing punctuation, a joiner such as a hyphen
     * @param attachesRight some member may come right before a word: a space, opening
     *     punctuation, a joiner
     */
    private record Chars(boolean nonWord, boolean attachesLeft, boolean attachesRight) {
        static final Chars UNKNOWN = new Chars(false, true, true);
        static final Chars ANY_NON_WORD = new Chars(true, true, true);
        static final Chars ZERO_WIDTH = new Chars(true, false, false);

        static Chars of(int cp) {
            if (ValeRegex.isWordChar(cp)) {
                return UNKNOWN;
            }
            boolean joiner = Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || JOINERS.indexOf(cp) >= 0;
            return new Chars(true, joiner || AFTER_WORD.indexOf(cp) >= 0,
                    joiner || BEFORE_WORD.indexOf(cp) >= 0);
        }

        Chars and(Chars other) {
            return new Chars(nonWord && other.nonWord, attachesLeft || other.attachesLeft,
                    attachesRight || other.attachesRight);
        }
    }

    /** Chars that prose writes between two words without spaces, or that are spaces. */
    private static final String JOINERS = "-\u2010\u2011\u2013\u2014/&+'\u2019";
    /** Chars that prose writes right after a word: closing punctuation. */
    private static final String AFTER_WORD = ".,;:!?)]}%\u2026\u201D\u00BB\"";
    /** Chars that prose writes right before a word: opening punctuation and signs. */
    private static final String BEFORE_WORD = "([{$#@\u00BF\u00A1\u201C\u2018\u00AB\"";

    private interface Node {
        Edge first();

        Edge last();
    }

    /** One char from a set (a literal, a class, an escape), or a zero-width assertion. */
    private record Char(Chars chars) implements Node {
        public Edge first() {
            return chars == Chars.ZERO_WIDTH ? Edge.ZERO_WIDTH
                    : new Edge(chars.nonWord(), false, chars.attachesLeft());
        }

        public Edge last() {
            return chars == Chars.ZERO_WIDTH ? Edge.ZERO_WIDTH
                    : new Edge(chars.nonWord(), false, chars.attachesRight());
        }
    }

    private record Maybe(Node inner) implements Node {
        public Edge first() {
            Edge edge = inner.first();
            return new Edge(edge.nonWord(), true, edge.attaches());
        }

        public Edge last() {
            Edge edge = inner.last();
            return new Edge(edge.nonWord(), true, edge.attaches());
        }
    }

    private record Sequence(List<Node> parts) implements Node {
        public Edge first() {
            return along(parts, true);
        }

        public Edge last() {
            List<Node> backwards = new ArrayList<>(parts);
            Collections.reverse(backwards);
            return along(backwards, false);
        }

        private static Edge along(List<Node> parts, boolean first) {
            boolean nonWord = true;
            boolean attaches = false;
            for (Node part : parts) {
                Edge edge = first ? part.first() : part.last();
                nonWord &= edge.nonWord();
                attaches |= edge.attaches();
                if (!edge.nullable()) {
                    return new Edge(nonWord, false, attaches);
                }
            }
            return new Edge(nonWord, true, attaches);
        }
    }

    private record Alternatives(List<Node> branches) implements Node {
        public Edge first() {
            return combine(branches.stream().map(Node::first).toList());
        }

        public Edge last() {
            return combine(branches.stream().map(Node::last).toList());
        }

        private static Edge combine(List<Edge> edges) {
            return new Edge(edges.stream().allMatch(Edge::nonWord),
                    edges.stream().anyMatch(Edge::nullable), edges.stream().anyMatch(Edge::attaches));
        }
    }

    /** Reads a .NET-style regex far enough to know its edges; throws where it cannot. */
    private static final class Parser {
        private final String in;
        private int i;

        Parser(String in) {
            this.in = in;
        }

        Node alternation() {
            List<Node> branches = new ArrayList<>();
            branches.add(sequence());
            while (i < in.length() && in.charAt(i) == '|') {
                i++;
                branches.add(sequence());
            }
            return branches.size() == 1 ? branches.get(0) : new Alternatives(branches);
        }

        private Node sequence() {
            List<Node> parts = new ArrayList<>();
            while (i < in.length() && in.charAt(i) != '|' && in.charAt(i) != ')') {
                parts.add(quantified(atom()));
            }
            return new Sequence(parts);
        }

        private Node quantified(Node atom) {
            Node node = atom;
            while (i < in.length()) {
                char c = in.charAt(i);
                int min;
                if (c == '*' || c == '?') {
                    min = 0;
                    i++;
                } else if (c == '+') {
                    min = 1;
                    i++;
                } else if (c == '{' && in.substring(i).matches("(?s)\\{\\d+(,\\d*)?}.*")) {
                    int close = in.indexOf('}', i);
                    String bounds = in.substring(i + 1, close);
                    min = Integer.parseInt(bounds.split(",")[0]);
                    i = close + 1;
                } else {
                    break;
                }
                if (i < in.length() && (in.charAt(i) == '?' || in.charAt(i) == '+')) {
                    i++; // lazy or possessive
                }
                if (min == 0) {
                    node = new Maybe(node);
                }
            }
            return node;
        }

        private Node atom() {
            char c = in.charAt(i);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return new Char(charClass());
                case '\\':
                    return escape();
                case '.':
                    i++;
                    return new Char(Chars.UNKNOWN);
                case '^', '$':
                    i++;
                    return new Char(Chars.ZERO_WIDTH);
                default:
                    int cp = in.codePointAt(i);
                    i += Character.charCount(cp);
                    return literal(cp);
            }
        }

        private static Node literal(int cp) {
            return new Char(Chars.of(cp));
        }

        private Node group() {
            i++; // (
            boolean zeroWidth = false;
            if (in.startsWith("?#", i)) {
                i = in.indexOf(')', i) + 1;
                if (i == 0) {
                    throw new IllegalArgumentException("open comment");
                }
                return new Char(Chars.ZERO_WIDTH);
            } else if (in.startsWith("?=", i) || in.startsWith("?!", i)) {
                i += 2;
                zeroWidth = true;
            } else if (in.startsWith("?<=", i) || in.startsWith("?<!", i)) {
                i += 3;
                zeroWidth = true;
            } else if (in.startsWith("?P<", i) || in.startsWith("?<", i) || in.startsWith("?'", i)) {
                char close = in.charAt(i + 1) == '\'' ? '\'' : '>';
                i = in.indexOf(close, i + 2) + 1;
                if (i == 0) {
                    throw new IllegalArgumentException("open name");
                }
            } else if (in.startsWith("?", i)) {
                i++;
                while (Character.isLetter(in.charAt(i)) || in.charAt(i) == '-') {
                    i++;
                }
                if (in.charAt(i) == ')') {
                    i++;
                    return new Char(Chars.ZERO_WIDTH); // (?i)
                }
                if (in.charAt(i) == ':' || in.charAt(i) == '>') {
                    i++;
                } else {
                    throw new IllegalArgumentException("unknown group");
                }
            }
            Node inner = alternation();
            if (i >= in.length() || in.charAt(i) != ')') {
                throw new IllegalArgumentException("open group");
            }
            i++;
            return zeroWidth ? new Char(Chars.ZERO_WIDTH) : inner;
        }

        private Node escape() {
            char e = in.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'w', 'd', 'S', 'D':
                    return new Char(Chars.UNKNOWN);
                case 'W', 's':
                    return new Char(Chars.ANY_NON_WORD);
                case 'b', 'B', 'A', 'z', 'Z', 'G':
                    return new Char(Chars.ZERO_WIDTH);
                case 'p':
                    return new Char(NON_WORD_CATEGORIES.contains(propertyName()) ? Chars.ANY_NON_WORD
                            : Chars.UNKNOWN);
                case 'x', 'u':
                    return literal(hex(e));
                case 't', 'n', 'r', 'f', 'v', 'e', 'a':
                    return new Char(Chars.ANY_NON_WORD);
                default:
                    if (Character.isLetterOrDigit(e)) {
                        return new Char(Chars.UNKNOWN); // back-references, \P, \k and the like
                    }
                    return literal(e);
            }
        }

        private String propertyName() {
            if (in.charAt(i) == '{') {
                int close = in.indexOf('}', i);
                String name = in.substring(i + 1, close);
                i = close + 1;
                return name;
            }
            return String.valueOf(in.charAt(i++));
        }

        /** The code point of a hex escape (x with two digits or braces, u with four), after the letter. */
        private int hex(char kind) {
            if (kind == 'x' && in.charAt(i) == '{') {
                int close = in.indexOf('}', i);
                int cp = Integer.parseInt(in.substring(i + 1, close), 16);
                i = close + 1;
                return cp;
            }
            int digits = kind == 'x' ? 2 : 4;
            int cp = Integer.parseInt(in.substring(i, i + digits), 16);
            i += digits;
            return cp;
        }

        /** A class from its {@code [}: non-word only if every member certainly is. */
        private Chars charClass() {
            i++; // [
            boolean negated = in.charAt(i) == '^';
            if (negated) {
                i++;
            }
            Chars members = Chars.ZERO_WIDTH; // nothing yet: non-word, attaching nowhere
            boolean first = true;
            while (true) {
                char c = in.charAt(i);
                if (c == ']' && !first) {
                    i++;
                    break;
                }
                first = false;
                int from;
                if (c == '\\') {
                    char e = in.charAt(i + 1);
                    i += 2;
                    if (e == 'x' || e == 'u') {
                        from = hex(e);
                    } else if (e == 'b') {
                        from = 8;
                    } else if (e == 'p') {
                        members = members.and(NON_WORD_CATEGORIES.contains(propertyName())
                                ? Chars.ANY_NON_WORD : Chars.UNKNOWN);
                        continue;
                    } else if (e == 's' || e == 'W' || "tnrfvea".indexOf(e) >= 0) {
                        members = members.and(Chars.ANY_NON_WORD);
                        continue;
                    } else if (Character.isLetterOrDigit(e)) {
                        members = members.and(Chars.UNKNOWN);
                        continue;
                    } else {
                        from = e;
                    }
                } else if (c == '[' && in.startsWith("[:", i) && in.indexOf(":]", i) > 0) {
                    int close = in.indexOf(":]", i);
                    members = members.and(NON_WORD_POSIX.contains(in.substring(i + 2, close))
                            ? Chars.ANY_NON_WORD : Chars.UNKNOWN);
                    i = close + 2;
                    continue;
                } else if (c == '-' && in.charAt(i + 1) == '[') {
                    throw new IllegalArgumentException("class subtraction");
                } else {
                    from = in.codePointAt(i);
                    i += Character.charCount(from);
                }
                int to = from;
                if (in.charAt(i) == '-' && in.charAt(i + 1) != ']' && in.charAt(i + 1) != '[') {
                    i++;
                    if (in.charAt(i) == '\\') {
                        char e = in.charAt(i + 1);
                        i += 2;
                        to = e == 'x' || e == 'u' ? hex(e) : e;
                    } else {
                        to = in.codePointAt(i);
                        i += Character.charCount(to);
                    }
                }
                for (int cp = from; cp <= to && members.nonWord(); cp++) {
                    members = members.and(Chars.of(cp));
                }
            }
            return negated ? Chars.UNKNOWN : members;
        }
    }
}
