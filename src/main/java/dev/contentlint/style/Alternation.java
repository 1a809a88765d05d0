package dev.contentlint.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins a rule's tokens into one alternation that matches exactly what {@code t1|t2|...} matches,
 * but fast. Java's regex engine tries the alternatives of a group one by one at every position of
 * the text, so a list of 500 phrases costs 500 tries a character. Grouping the alternatives by
 * their first character ({@code a(?:bc|bd)|x(?:yz)}) lets all but one group fail on a single
 * comparison.
 *
 * <p>Only alternatives that start with a plain letter or digit (not quantified) are grouped, and
 * only when every alternative of the list does: then two alternatives with different first
 * characters can never both match at one position, so grouping keeps Vale's leftmost-first
 * choice among the alternatives, in their listed order within each group. The grouping repeats
 * on what follows the first character, as long as the same holds there.
 */
final class Alternation {

    /** Below this many alternatives grouping gains nothing worth a less readable pattern. */
    private static final int MIN_ALTERNATIVES = 8;

    private static final java.util.regex.Pattern UNSCOPED_FLAGS =
            java.util.regex.Pattern.compile("\\(\\?[a-zA-Z-]+\\)");

    private Alternation() {}

    /**
     * @param ignoreCase whether the pattern is matched without regard to case, so that {@code A}
     *     and {@code a} start the same group
     */
    static String join(List<String> tokens, boolean ignoreCase) {
        if (tokens.size() < MIN_ALTERNATIVES) {
            return startsAtWhitespace(tokens, ignoreCase) ? lookAheadGroups(tokens, tokens, ignoreCase)
                    : String.join("|", tokens);
        }
        if (tokens.stream().allMatch(Alternation::groupable)) {
            return factor(tokens, ignoreCase);
        }
        if (tokens.stream().noneMatch(Alternation::hasOwnBarOrFlags)
                && tokens.stream().anyMatch(token -> firstChars(token, ignoreCase) == null)) {
            return factorRuns(tokens, ignoreCase);
        }
        return joinWrapped(tokens, tokens, ignoreCase);
    }

    /**
     * Groups each run of consecutive literal-led tokens by first character and leaves the other
     * tokens where they are: write-good's Passive lists {@code [\w]+ed} and then 175 irregular
     * participles. Only alternatives within one run change places, and only those with different
     * first characters, which can never both match at one position; so the leftmost-first choice
     * is Vale's.
     */
    private static String factorRuns(List<String> tokens, boolean ignoreCase) {
        List<String> parts = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String token : tokens) {
            if (groupable(token)) {
                run.add(token);
                continue;
            }
            if (!run.isEmpty()) {
                parts.add(factor(run, ignoreCase));
                run.clear();
            }
            parts.add(token);
        }
        if (!run.isEmpty()) {
            parts.add(factor(run, ignoreCase));
        }
        return String.join("|", parts);
    }

    /**
     * Joins alternatives that each wrap one token (a capturing group around it, say) and so
     * cannot share characters: those whose tokens can start with the same characters are put
     * behind one look-ahead for them, {@code (?=[ab])(?:(?<g1>abc)|(?<g2>(?:a|b)d))|(?=x)(?:...)}.
     * Groups are made so that no two of them can start with the same character (tokens whose
     * first characters overlap share a group), which keeps the leftmost-first choice among the
     * alternatives in their listed order. Where a token's first characters cannot be told, the
     * alternatives are joined as they are.
     *
     * @param tokens the token inside each alternative, in the same order
     */
    static String joinWrapped(List<String> tokens, List<String> alternatives, boolean ignoreCase) {
        if (tokens.size() < MIN_ALTERNATIVES) {
            return String.join("|", alternatives);
        }
        return lookAheadGroups(tokens, alternatives, ignoreCase);
    }

    /**
     * Whether a short list is still worth its look-aheads: one of its tokens can start at any
     * whitespace ({@code (?:^|\s)I\s}, Google's FirstPerson), which the regex engine otherwise
     * reads as a group of alternatives at every char of the text, and the first chars of all
     * of them are known.
     */
    private static boolean startsAtWhitespace(List<String> tokens, boolean ignoreCase) {
        if (tokens.size() < 2 || tokens.stream().anyMatch(Alternation::hasOwnBarOrFlags)) {
            return false;
        }
        boolean whitespace = false;
        for (String token : tokens) {
            java.util.Set<Integer> chars = firstChars(token, ignoreCase);
            if (chars == null) {
                return false;
            }
            whitespace |= chars.contains(WHITESPACE);
        }
        return whitespace;
    }

    /** See {@link #joinWrapped}, whatever the number of tokens. */
    private static String lookAheadGroups(List<String> tokens, List<String> alternatives,
            boolean ignoreCase) {
        List<java.util.Set<Integer>> firsts = new ArrayList<>();
        for (String token : tokens) {
            java.util.Set<Integer> chars = hasOwnBarOrFlags(token) ? null : firstChars(token, ignoreCase);
            if (chars == null) {
                return String.join("|", alternatives);
            }
            firsts.add(chars);
        }
        // Merge tokens whose first characters overlap, keeping groups in order of appearance.
        List<java.util.Set<Integer>> groupChars = new ArrayList<>();
        List<List<Integer>> groupMembers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            java.util.Set<Integer> chars = new java.util.TreeSet<>(firsts.get(i));
            List<Integer> members = new ArrayList<>(List.of(i));
            for (int g = groupChars.size() - 1; g >= 0; g--) {
                if (!java.util.Collections.disjoint(groupChars.get(g), chars)) {
                    chars.addAll(groupChars.remove(g));
                    members.addAll(0, groupMembers.remove(g));
                }
            }
            members.sort(null);
            int at = 0;
            while (at < groupMembers.size() && groupMembers.get(at).get(0) < members.get(0)) {
                at++;
            }
            groupChars.add(at, chars);
            groupMembers.add(at, members);
        }
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < groupChars.size(); g++) {
            List<String> members = groupMembers.get(g).stream().map(alternatives::get).toList();
            if (members.size() == 1) {
                parts.add(members.get(0));
                continue;
            }
            StringBuilder lookAhead = new StringBuilder("(?=[");
            for (int c : groupChars.get(g)) {
                if (c == WHITESPACE) {
                    lookAhead.append("\\s");
                } else {
                    lookAhead.appendCodePoint(c);
                }
            }
            parts.add(lookAhead.append("])(?:").append(String.join("|", members)).append(")").toString());
        }
        return String.join("|", parts);
    }

    /** Stands for {@code \s} among a token's first characters: no letter or digit is one. */
    static final int WHITESPACE = -1;

    /**
     * The characters a token can start with, folded to lower case where case is ignored, or null
     * where that cannot be told simply: a plain letter or digit, a class of letters and digits
     * ({@code [ab]}), {@code \s} (as {@link #WHITESPACE}), or a group of alternatives that each
     * start so ({@code (?:cell|mobile) phone}), none of them optional. A match reads no char at
     * {@code ^}, {@code \b} or {@code \B}: what follows them counts ({@code \bme},
     * {@code (?:^|\s)I}).
     */
    static java.util.Set<Integer> firstChars(String token, boolean ignoreCase) {
        if (token.isEmpty()) {
            return null;
        }
        if (token.startsWith("^")) {
            return firstChars(token.substring(1), ignoreCase);
        }
        if (token.startsWith("\\b") || token.startsWith("\\B")) {
            return firstChars(token.substring(2), ignoreCase);
        }
        int first = token.codePointAt(0);
        java.util.Set<Integer> chars = new java.util.TreeSet<>();
        int end;
        if (token.startsWith("\\s")) {
            chars.add(WHITESPACE);
            end = 2;
        } else if (Character.isLetterOrDigit(first)) {
            chars.add(fold(first, ignoreCase));
            end = Character.charCount(first);
        } else if (first == '[') {
            end = token.indexOf(']', 1);
            if (end < 2) {
                return null;
            }
            String members = token.substring(1, end);
            if (!members.codePoints().allMatch(Character::isLetterOrDigit)) {
                return null; // ranges, negation, escapes: not worth reading here
            }
            members.codePoints().forEach(c -> chars.add(fold(c, ignoreCase)));
            end++;
        } else if (token.startsWith("(?:")) {
            end = closingParen(token);
            if (end < 0) {
                return null;
            }
            // An alternative that reads nothing (^) starts where the group ends: what follows it
            // counts. (A quantified group is given up below.)
            String after = token.substring(end + 1);
            for (String inner : topLevelAlternatives(token.substring(3, end))) {
                java.util.Set<Integer> innerChars = firstChars(inner + after, ignoreCase);
                if (innerChars == null) {
                    return null;
                }
                chars.addAll(innerChars);
            }
            end++;
        } else {
            return null;
        }
        if (end < token.length() && "?*+{".indexOf(token.charAt(end)) >= 0) {
            return null; // the first element may be left out
        }
        return chars;
    }

    private static int fold(int c, boolean ignoreCase) {
        return ignoreCase ? Character.toLowerCase(c) : c;
    }

    /** The index of the parenthesis that closes the one at index 0, or -1. */
    static int closingParen(String token) {
        int[] depths = depths(token);
        for (int i = 1; i < token.length(); i++) {
            if (token.charAt(i) == ')' && depths[i] == 1) {
                return i;
            }
        }
        return -1;
    }

    static List<String> topLevelAlternatives(String body) {
        int[] depths = depths(body);
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '|' && depths[i] == 0) {
                parts.add(body.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(body.substring(from));
        return parts;
    }

    private static String factor(List<String> alternatives, boolean ignoreCase) {
        if (alternatives.size() < 2 || !alternatives.stream().allMatch(Alternation::startsLiteral)) {
            return String.join("|", alternatives);
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String alternative : alternatives) {
            String first = alternative.substring(0, Character.charCount(alternative.codePointAt(0)));
            String key = ignoreCase ? first.toLowerCase(Locale.ROOT) : first;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(alternative);
        }
        List<String> parts = new ArrayList<>();
        for (List<String> group : groups.values()) {
            String first = group.get(0).substring(0, Character.charCount(group.get(0).codePointAt(0)));
            if (group.size() == 1) {
                parts.add(group.get(0));
                continue;
            }
            List<String> rests = group.stream().map(a -> a.substring(first.length())).toList();
            if (rests.stream().allMatch(String::isEmpty)) {
                parts.add(first); // the same character twice, as "b" and "B" are without case
                continue;
            }
            parts.add(first + "(?:" + factor(rests, ignoreCase) + ")");
        }
        return String.join("|", parts);
    }

    /** Whether an alternative starts with a plain letter or digit that nothing quantifies. */
    private static boolean startsLiteral(String alternative) {
        if (alternative.isEmpty()) {
            return false;
        }
        int first = alternative.codePointAt(0);
        if (!Character.isLetterOrDigit(first)) {
            return false;
        }
        int next = Character.charCount(first);
        if (next < alternative.length()) {
            char after = alternative.charAt(next);
            return after != '?' && after != '*' && after != '+' && after != '{';
        }
        return true;
    }

    /**
     * Whether a token can stand in a group: it starts with a literal and has no {@code |} of its
     * own outside brackets (which would split it into alternatives of the whole list).
     */
    private static boolean groupable(String token) {
        return startsLiteral(token) && !hasOwnBarOrFlags(token);
    }

    /**
     * Whether a token has a {@code |} of its own outside brackets (which would split it into
     * alternatives of the whole list), unbalanced brackets, or a flag switched on mid-token,
     * {@code (?i)}, which would reach the alternatives after it.
     */
    private static boolean hasOwnBarOrFlags(String token) {
        if (UNSCOPED_FLAGS.matcher(token).find()) {
            return true;
        }
        int[] depths = depths(token);
        if (depths[token.length()] != 0) {
            return true;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '|' && depths[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each char of a regex, the depth of round brackets around it, or -1 where it is escaped
     * or inside a character class; at index {@code length}, the depth at the end (-1 where a class
     * is left open).
     */
    private static int[] depths(String regex) {
        int[] depths = new int[regex.length() + 1];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            depths[i] = inClass ? -1 : depth;
            if (c == '\\') {
                depths[i] = -1;
                if (i + 1 < regex.length()) {
                    depths[++i] = -1;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                depths[i] = -1;
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        depths[regex.length()] = inClass ? -1 : depth;
        return depths;
    }
}
