package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vale's {@code existence}: reports every match of its tokens. The pattern is built as Vale's
 * {@code NewExistence} builds it: the tokens (blank ones dropped) joined by {@code |} inside
 * {@code \b(?:...)\b} with {@code (?m)}, or without the boundaries where {@code nonword} is true
 * or there are no tokens; {@code raw} (its items joined as they are) goes before that, or after it
 * with {@code append: true}; {@code (?i)} goes first with {@code ignorecase}. A match is reported
 * with its text as the {@code %s}, unless it (trimmed) contains an exception term or lies inside
 * an accepted phrase (see {@link ExceptionTerms}).
 *
 * <p>An empty match is not reported: it names no text. (Vale would report a zero-width alert for
 * a token such as {@code a*}.)
 */
public final class ExistenceCheck implements Check {

    public static final Set<String> KEYS = Set.of("tokens", "raw", "append", "ignorecase",
            "nonword", "exceptions");

    private final ProsePattern pattern;
    private final ExceptionTerms exceptions;

    private ExistenceCheck(Pattern pattern, ExceptionTerms exceptions) {
        this.pattern = ProsePattern.of(pattern);
        this.exceptions = exceptions;
    }

    public static ExistenceCheck from(RuleSource source) throws ConfigException {
        List<String> all = source.strings("tokens");
        List<String> raw = source.strings("raw");
        boolean append = source.bool("append", false);
        boolean ignoreCase = source.bool("ignorecase", false);
        boolean nonword = source.bool("nonword", false);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                source.pattern("tokens", i, all.get(i), 0); // names the item that is wrong
                tokens.add(all.get(i));
            }
        }
        if (tokens.isEmpty() && raw.isEmpty()) {
            source.warn("tokens", "neither tokens nor raw is set: the rule never reports anything");
        }
        boolean word = !nonword && !tokens.isEmpty();
        if (word) {
            for (String token : tokens) {
                TokenEdges.boundaryWarning("token", token, raw.isEmpty() || append,
                        raw.isEmpty() || !append).ifPresent(w -> source.warn("tokens", w));
            }
        }
        String joined = Alternation.join(tokens, ignoreCase);
        String template = word ? "(?m)\\b(?:" + joined + ")\\b" : "(?m)(?:" + joined + ")";
        String rawText = String.join("", raw);
        String regex = (ignoreCase ? "(?i)" : "") + (append ? template + rawText : rawText + template);
        Pattern pattern = source.pattern(raw.isEmpty() ? "tokens" : "raw", regex, 0);
        return new ExistenceCheck(pattern, ExceptionTerms.from(source, "exceptions", true));
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
                if (m.start() == m.end()) {
                    continue;
                }
                String match = m.group();
                if (exceptions.excepts(match.strip())
                        || exceptions.withinPhrase(prose, m.start(), m.end())) {
                    continue;
                }
                alerts.add(Alert.inBlock(block, m.start(), m.end(), match));
            }
        }
        return alerts;
    }
}
