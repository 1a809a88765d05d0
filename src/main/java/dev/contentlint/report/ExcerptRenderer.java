package dev.contentlint.report;

import dev.contentlint.document.SourceText;
import dev.contentlint.rules.Finding;

/**
 * The source lines around one finding, as a {@code <pre>} with line numbers and the finding's span
 * in {@code <mark>}: from its column to its end column (1-based code points, end exclusive); a span
 * over several lines is marked to the end of its first line and from the start of its last.
 */
final class ExcerptRenderer {

    /** Lines shown before and after the finding's lines. */
    static final int CONTEXT_LINES = 2;
    /** A span over more lines shows only its first ones. */
    static final int MAX_SPAN_LINES = 8;
    /** Longer lines show a window of this many code points around the mark. */
    static final int MAX_LINE_CODE_POINTS = 400;
    private static final int LEAD = 60;

    private ExcerptRenderer() {}

    /** Appends the excerpt, or a one-line note where the finding lies past the file's end. */
    static void render(StringBuilder out, SourceText source, Finding finding) {
        int lineCount = source.lineCount();
        if (finding.line() > lineCount) {
            out.append("<p class=\"note\">no source excerpt: line ").append(finding.line())
                    .append(" is past the end of the file (").append(lineCount)
                    .append(" lines); it has changed since the check</p>\n");
            return;
        }
        int endLine = Math.min(finding.endLine(), lineCount);
        int lastMarked = Math.min(endLine, finding.line() + MAX_SPAN_LINES - 1);
        int first = Math.max(1, finding.line() - CONTEXT_LINES);
        int last = Math.min(lineCount, lastMarked + CONTEXT_LINES);
        int width = Integer.toString(last).length();
        out.append("<pre class=\"src\"><code>");
        for (int n = first; n <= last; n++) {
            boolean hit = n >= finding.line() && n <= lastMarked;
            out.append(hit ? "<span class=\"l hit\">" : "<span class=\"l\">");
            out.append("<span class=\"n\">");
            for (int pad = Integer.toString(n).length(); pad < width; pad++) {
                out.append(' ');
            }
            out.append(n).append("</span> ");
            appendLine(out, source.line(n), n, finding);
            out.append("\n</span>");
            if (n == lastMarked && endLine > lastMarked) {
                out.append("<span class=\"l more\"><span class=\"n\">");
                for (int pad = 1; pad < width; pad++) {
                    out.append(' ');
                }
                out.append("\u22ee</span> (the span goes on to line ").append(endLine)
                        .append(")\n</span>");
            }
        }
        out.append("</code></pre>\n");
    }

    private static void appendLine(StringBuilder out, String line, int n, Finding finding) {
        int[] cps = line.codePoints().toArray();
        int length = cps.length;
        // The marked range as 0-based code point indexes [start, end), or start = -1 for none.
        int start = -1;
        int end = -1;
        if (n >= finding.line() && n <= finding.endLine()) {
            start = n == finding.line() ? finding.column() - 1 : 0;
            end = n == finding.endLine() ? finding.endColumn() - 1 : length;
            start = Math.max(0, Math.min(start, length));
            end = Math.max(start, Math.min(end, length));
        }
        boolean point = start >= 0 && start == end && finding.line() == finding.endLine()
                && finding.column() == finding.endColumn();

        int from = 0;
        int to = length;
        if (length > MAX_LINE_CODE_POINTS) {
            int anchor = start >= 0 ? start : 0;
            from = Math.max(0, Math.min(anchor - LEAD, length - MAX_LINE_CODE_POINTS));
            to = Math.min(length, from + MAX_LINE_CODE_POINTS);
        }
        if (from > 0) {
            out.append("<span class=\"cut\" title=\"").append(from)
                    .append(" characters left out\">\u2026</span>");
        }
        if (start < 0 || (start >= to && !(point && start == to)) || (end <= from && !point)) {
            appendText(out, cps, from, to);
        } else {
            int markFrom = Math.max(start, from);
            int markTo = Math.min(end, to);
            appendText(out, cps, from, markFrom);
            if (point) {
                out.append("<mark class=\"at\"></mark>");
            } else {
                out.append("<mark>");
                appendText(out, cps, markFrom, markTo);
                out.append("</mark>");
            }
            appendText(out, cps, markTo, to);
        }
        if (to < length) {
            out.append("<span class=\"cut\" title=\"").append(length - to)
                    .append(" characters left out\">\u2026</span>");
        }
    }

    private static void appendText(StringBuilder out, int[] cps, int from, int to) {
        if (to <= from) {
            return;
        }
        String text = new String(cps, from, to - from);
        Html.appendEscaped(out, text, 0, text.length());
    }
}
