package dev.contentlint.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How links are checked ({@code links:} in the configuration).
 *
 * @param check whether links are checked at all
 * @param anchors whether {@code #fragment}s must name a heading or anchor of their file
 * @param extensionless whether {@code guide} may stand for {@code guide.md} and a folder for its
 *     {@code index.md} or {@code README.md}, as static-site generators allow; GitHub does not
 * @param ignore regexes: a link whose target (as written) any of them finds is not checked
 */
public record LinkSettings(boolean check, boolean anchors, boolean extensionless,
        List<Pattern> ignore) {

    public static final LinkSettings DEFAULT = new LinkSettings(true, true, false, List.of());

    public LinkSettings {
        ignore = List.copyOf(ignore);
    }

    /** Whether a target, as written, is one not to check. */
    public boolean ignores(String target) {
        return ignore.stream().anyMatch(pattern -> pattern.matcher(target).find());
    }
}
