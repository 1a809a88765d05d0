package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import dev.contentlint.document.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vale's {@code occurrence}: counts the matches of {@code token} (as {@code (?:token)}, with
 * {@code (?i)} for {@code ignorecase}, without word boundaries, as Vale builds it) in each unit and
 * reports a unit with more than {@code max} or fewer than {@code min} (a bound of 0 is no bound).
 * The {@code %s} is the count.
 *
 * <p>A unit is each block where {@link ScopedText#perBlock()} (a scope such as {@code sentence}
 * or {@code paragraph}), else the whole scoped text.
 *
 * <p>Where it is reported differs from Vale on purpose. Over {@code max}: at the first match
 * beyond {@code max} (the 31st word of a sentence limited to 30), where the unit became too long;
 * Vale marks the first match of the unit. Under {@code min}: at the unit's anchor (the section's
 * heading or the body's first line) for the whole text, and over the whole block for a block,
 * since the missing thing has no place; Vale marks its first match, or the first line where there
 * is none.
 */
public final class OccurrenceCheck implements Check {

    public static final Set<String> KEYS = Set.of("token", "max", "min", "ignorecase");

    private final Pattern pattern;
    private final int max;
    private final int min;

    private OccurrenceCheck(Pattern pattern, int max, int min) {
        this.pattern = pattern;
        this.max = max;
        this.min = min;
    }

    public static OccurrenceCheck from(RuleSource source) throws ConfigException {
        String token = source.string("token");
        int max = source.integer("max", 0);
        int min = source.integer("min", 0);
        if (max < 0) {
            throw source.error("max", "must not be negative, not " + max);
        }
        if (min < 0) {
            throw source.error("min", "must not be negative, not " + min);
        }
        if (max == 0 && min == 0) {
            source.warn("token", "neither max nor min is set: the rule never reports anything");
        }
        boolean ignoreCase = source.bool("ignorecase", false);
        Pattern pattern = source.pattern("token", (ignoreCase ? "(?i)" : "") + "(?:" + token + ")", 0);
        return new OccurrenceCheck(pattern, max, min);
    }

    @Override
    public List<Alert> check(ScopedText text) {
        List<Alert> alerts = new ArrayList<>();
        if (text.perBlock()) {
            for (TextBlock block : text.blocks()) {
                Alert whole = Alert.inBlock(block, 0, block.text().length());
                unit(List.of(block), text.budget(), whole.start(), whole.end(), alerts);
            }
        } else {
            unit(text.blocks(), text.budget(), text.anchorStart(), text.anchorEnd(), alerts);
        }
        return alerts;
    }

    private void unit(List<TextBlock> blocks, RegexBudget budget, int anchorStart, int anchorEnd,
            List<Alert> alerts) {
        int count = 0;
        TextBlock beyondBlock = null;
        int beyondStart = 0;
        int beyondEnd = 0;
        for (TextBlock block : blocks) {
            Matcher m = pattern.matcher(budget.chars(block.text()));
            while (m.find()) {
                count++;
                if (max > 0 && count == max + 1) {
                    beyondBlock = block;
                    beyondStart = m.start();
                    beyondEnd = m.end();
                }
            }
        }
        String counted = String.valueOf(count);
        if (max > 0 && count > max) {
            alerts.add(Alert.inBlock(beyondBlock, beyondStart, beyondEnd, counted));
        } else if (min > 0 && count < min) {
            alerts.add(Alert.of(anchorStart, anchorEnd, counted));
        }
    }
}
