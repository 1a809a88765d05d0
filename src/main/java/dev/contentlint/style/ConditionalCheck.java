package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vale's {@code conditional}: a match of {@code first} must have a match of {@code second} to go
 * with it; for the shipped acronym rules, an acronym ({@code first}) must have been defined
 * ({@code second}: {@code Words Like This (WLT)}).
 *
 * <p>As in Vale ({@code internal/check/conditional.go}): blocks are read in order. In each, the
 * values captured by the groups of {@code second} are remembered first; then each match of
 * {@code first} is reported, at its own place with its whole text, unless that text was
 * captured before (in this block or an earlier one), an exception is found in it, or it lies
 * inside a multi-word exception. So a definition counts for its own block and those after it,
 * not for earlier ones. Where {@code second} has no capture group, the rule is a presence check
 * per block: a block where {@code second} matches is fine, otherwise every match of {@code
 * first} in it is reported. {@code vocab} is accepted; there are no project vocabularies here.
 *
 * <p>Vale's source compiles {@code first} and {@code second} without {@code ignorecase}, though
 * its documentation says the key makes matches case-insensitive; here it does what the
 * documentation says (no shipped rule sets it), and captured values are then compared
 * case-insensitively too. Whether {@code second} has a group is read from the compiled regex
 * (Vale counts parentheses).
 */
public final class ConditionalCheck implements Check {

    public static final Set<String> KEYS = Set.of("first", "second", "exceptions", "ignorecase",
            "vocab");

    private final Pattern first;
    private final Pattern second;
    private final boolean secondHasGroup;
    private final boolean ignoreCase;
    private final ExceptionTerms exceptions;

    private ConditionalCheck(Pattern first, Pattern second, boolean ignoreCase,
            ExceptionTerms exceptions) {
        this.first = first;
        this.second = second;
        this.secondHasGroup = second.matcher("").groupCount() > 0;
        this.ignoreCase = ignoreCase;
        this.exceptions = exceptions;
    }

    public static Check from(RuleSource source) throws ConfigException {
        boolean ignoreCase = source.bool("ignorecase", false);
        source.bool("vocab", true);
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
        Pattern first = source.pattern("first", required(source, "first"), flags);
        Pattern second = source.pattern("second", required(source, "second"), flags);
        return new ConditionalCheck(first, second, ignoreCase,
                ExceptionTerms.from(source, "exceptions", true));
    }

    private static String required(RuleSource source, String key) throws ConfigException {
        String value = source.string(key);
        if (value.isEmpty()) {
            throw source.error(key, "is empty");
        }
        return value;
    }

    @Override
    public List<Alert> check(ScopedText text) {
        Set<String> defined = new HashSet<>();
        List<Alert> alerts = new ArrayList<>();
        for (TextBlock block : text.blocks()) {
            String txt = block.text();
            if (!secondHasGroup) {
                if (!second.matcher(text.chars(block)).find()) {
                    report(block, text, Set.of(), alerts);
                }
                continue;
            }
            Matcher m = second.matcher(text.chars(block));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    String value = m.group(g);
                    if (value != null && !value.isEmpty()) {
                        defined.add(key(value));
                    }
                }
            }
            report(block, text, defined, alerts);
        }
        return alerts;
    }

    private void report(TextBlock block, ScopedText text, Set<String> defined, List<Alert> alerts) {
        String txt = block.text();
        Matcher m = first.matcher(text.chars(block));
        while (m.find()) {
            String found = m.group();
            if (!defined.contains(key(found)) && !exceptions.excepts(found)
                    && !exceptions.withinPhrase(txt, m.start(), m.end())) {
                alerts.add(Alert.of(block.sourceOffset(m.start()), block.sourceEnd(m.end()),
                        found));
            }
        }
    }

    private String key(String value) {
        return ignoreCase ? value.toLowerCase(Locale.ROOT) : value;
    }
}
