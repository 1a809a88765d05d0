package dev.contentlint.style;

import dev.contentlint.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One rule of a Vale style, loaded from {@code <stylesPath>/<Style>/<Rule>.yml}.
 *
 * @param id {@code Style.Rule}
 * @param extensionPoint the value of {@code extends}
 * @param message the message, with {@code %s} for what the check found
 * @param limit the most alerts it reports in one file, 0 for no limit
 * @param check the extension point's logic with the rule's settings
 */
public record ValeRule(
        String id,
        Path file,
        String extensionPoint,
        Severity level,
        String message,
        Scope scope,
        Optional<String> link,
        int limit,
        Check check) {

    /** The rule in one line for the reports: its message, with "…" where it names what it found. */
    public String description() {
        return format(new Alert(0, 0, java.util.Collections.nCopies(8, "…")));
    }

    /** The message for an alert: each {@code %s} takes the next of the alert's values. */
    public String format(Alert alert) {
        List<String> args = alert.args();
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '%' && i + 1 < message.length()) {
                char spec = message.charAt(i + 1);
                if (spec == 's' || spec == 'v' || spec == 'd') {
                    out.append(next < args.size() ? args.get(next) : "");
                    next++;
                    i++;
                    continue;
                }
                if (spec == '%') {
                    out.append('%');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString().trim();
    }
}
