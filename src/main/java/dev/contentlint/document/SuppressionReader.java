package dev.contentlint.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the body's HTML comments into {@link Suppressions}. A {@code disable} without rule ids
 * turns off every rule; {@code enable} without ids turns all back on. A range that is never closed
 * runs to the end of the file.
 */
final class SuppressionReader {

    /** An HTML comment of the body and the offset where it starts. */
    record Comment(int offset, String text) {}

    static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private static final Pattern CONTENTLINT = Pattern.compile(
            "^<!--\\s*contentlint-(disable-next-line|disable-line|disable|enable)\\b(.*?)-->$",
            Pattern.DOTALL);
    private static final Pattern VALE_SWITCH = Pattern.compile("^<!--\\s*vale\\s+(off|on)\\s*-->$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VALE_RULE = Pattern.compile(
            "^<!--\\s*vale\\s+([\\w-]+(?:\\.[\\w-]+)?)\\s*=\\s*(YES|NO)\\s*-->$");

    private SuppressionReader() {}

    static Suppressions read(SourceText source, List<Comment> comments) {
        if (comments.isEmpty()) {
            return Suppressions.NONE;
        }
        List<Comment> sorted = new ArrayList<>(comments);
        sorted.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        Open contentlint = new Open(false);
        Open vale = new Open(true);
        List<Suppressions.Range> ranges = new ArrayList<>();
        for (Comment comment : sorted) {
            String text = comment.text().trim();
            int line = source.lineOf(comment.offset());
            int endLine = source.lineOf(comment.offset() + comment.text().stripTrailing().length());
            Matcher m = CONTENTLINT.matcher(text);
            if (m.matches()) {
                List<String> rules = ids(m.group(2));
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "disable-next-line" -> each(rules, r -> ranges.add(
                            new Suppressions.Range(r, endLine + 1, endLine + 1, false)));
                    case "disable-line" -> each(rules, r -> ranges.add(
                            new Suppressions.Range(r, line, endLine, false)));
                    case "disable" -> contentlint.start(rules, line);
                    default -> contentlint.end(rules, endLine, ranges);
                }
                continue;
            }
            m = VALE_SWITCH.matcher(text);
            if (m.matches()) {
                if (m.group(1).equalsIgnoreCase("off")) {
                    vale.start(List.of(), line);
                } else {
                    vale.end(List.of(), endLine, ranges);
                }
                continue;
            }
            m = VALE_RULE.matcher(text);
            if (m.matches()) {
                if (m.group(2).equals("NO")) {
                    vale.start(List.of(m.group(1)), line);
                } else {
                    vale.end(List.of(m.group(1)), endLine, ranges);
                }
            }
        }
        contentlint.end(List.of(), Integer.MAX_VALUE, ranges);
        vale.end(List.of(), Integer.MAX_VALUE, ranges);
        return new Suppressions(ranges);
    }

    /** Rule ids separated by spaces or commas; none means every rule (a null id). */
    private static List<String> ids(String text) {
        List<String> ids = Arrays.stream(text.trim().split("[\\s,]+"))
                .filter(s -> !s.isEmpty())
                .toList();
        return ids;
    }

    private static void each(List<String> rules, java.util.function.Consumer<String> action) {
        if (rules.isEmpty()) {
            action.accept(null);
        } else {
            rules.forEach(action);
        }
    }

    /** The ranges opened and not yet closed, by rule id ("" for every rule). */
    private static final class Open {
        private final boolean styleOnly;
        private final Map<String, Integer> since = new LinkedHashMap<>();

        Open(boolean styleOnly) {
            this.styleOnly = styleOnly;
        }

        void start(List<String> rules, int line) {
            each(rules, r -> since.putIfAbsent(r == null ? "" : r, line));
        }

        void end(List<String> rules, int line, List<Suppressions.Range> ranges) {
            List<String> closing = rules.isEmpty() ? List.copyOf(since.keySet()) : rules;
            for (String rule : closing) {
                Integer from = since.remove(rule);
                if (from != null) {
                    ranges.add(new Suppressions.Range(rule.isEmpty() ? null : rule, from, line,
                            styleOnly));
                }
            }
        }
    }
}
