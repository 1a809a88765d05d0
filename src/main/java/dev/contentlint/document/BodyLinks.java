package dev.contentlint.document;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The links of the Markdown tree, as {@link BodyLink}s: where each points, and at what. */
final class BodyLinks {

    /** Link targets and anchors in HTML: {@code href="..."}, {@code src='...'}, {@code id="..."}. */
    private static final Pattern HTML_ATTRIBUTE = Pattern.compile(
            "(?i)(?<=\\s)(href|src|id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** A link pointing at its destination, or at the whole link where that is empty. */
    static BodyLink destination(BodyLink.Kind kind,
            BasedSequence url, Node node) {
        if (url.isNull() || url.isEmpty()) {
            return new BodyLink(kind, "", node.getStartOffset(), node.getEndOffset());
        }
        return new BodyLink(kind, url.toString(), url.getStartOffset(), url.getEndOffset());
    }

    /** The link targets and anchors of a piece of HTML. */
    static void html(Node node, List<BodyLink> links, List<String> ids) {
        var chars = node.getChars();
        Matcher attribute = HTML_ATTRIBUTE.matcher(chars);
        while (attribute.find()) {
            int group = attribute.group(2) != null ? 2 : 3;
            String value = attribute.group(group);
            String name = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
            if (name.equals("id") || name.equals("name")) {
                ids.add(value);
            } else {
                int start = node.getStartOffset() + attribute.start(group);
                links.add(new BodyLink(BodyLink.Kind.HTML, value, start, start + value.length()));
            }
        }
    }

    private BodyLinks() {}
}
