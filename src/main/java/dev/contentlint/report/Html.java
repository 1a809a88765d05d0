package dev.contentlint.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Escaping for the HTML report: every piece of text that is not the page's own goes through here. */
final class Html {

    private Html() {}

    /**
     * Escapes text for element content and for double- or single-quoted attribute values. C0
     * control characters (but tab) and DEL are shown as their Unicode control pictures, so that
     * a NUL or an escape in a file is visible and never reaches the HTML parser.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        appendEscaped(escaped, text, 0, text.length());
        return escaped.toString();
    }

    /** Appends {@code text[from, to)} escaped. */
    static void appendEscaped(StringBuilder out, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t' -> out.append(c);
                default -> {
                    if (c < 0x20) {
                        out.append((char) (0x2400 + c));
                    } else if (c == 0x7F) {
                        out.append('\u2421');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * The link target of a rule's help address: only an absolute {@code http} or {@code https}
     * URI with a host becomes a link; anything else ({@code javascript:}, {@code data:},
     * relative paths, unparsable text) is shown as text only.
     */
    static Optional<String> safeHref(Optional<String> uri) {
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        String text = uri.get();
        try {
            URI parsed = new URI(text);
            String scheme = parsed.getScheme();
            if (scheme == null || parsed.getHost() == null || parsed.isOpaque()) {
                return Optional.empty();
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            if (!lower.equals("http") && !lower.equals("https")) {
                return Optional.empty();
            }
            return Optional.of(parsed.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
