package dev.contentlint.document;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The prose of one block's inline content, with the source offset of each char. */
final class InlineText {

    /** Bare URLs in prose: left out, as Vale does, so that no rule reads a path as words. */
    private static final Pattern BARE_URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>()\\[\\]]+");

    private final String parsed;
    private final boolean keepCode;
    /** Where a bare URL may start in {@link #parsed}: see {@link #urlMarks}. */
    private final int[] urlMarks;
    private final StringBuilder text;
    private int[] offsets;
    final List<SuppressionReader.Comment> comments = new ArrayList<>();
    final List<BodyLink> links = new ArrayList<>();
    final List<String> htmlIds = new ArrayList<>();

    /**
     * @param keepCode whether code spans count, as they do in a heading's text for matching
     */
    InlineText(String parsed, boolean keepCode, int[] urlMarks, Node node) {
        this.parsed = parsed;
        this.keepCode = keepCode;
        this.urlMarks = urlMarks;
        // The prose of a node is at most as long as its source.
        int length = Math.max(16, node.getEndOffset() - node.getStartOffset());
        this.text = new StringBuilder(length);
        this.offsets = new int[length];
    }

    /**
     * Where "://" or "www." starts in the parsed text, in order: found once for a file, so that
     * each text node asks whether it may hold a URL by a binary search, not a scan of its chars.
     */
    static int[] urlMarks(String parsed) {
        int[] marks = new int[8];
        int count = 0;
        for (String mark : new String[] {"://", "www."}) {
            for (int at = parsed.indexOf(mark); at >= 0; at = parsed.indexOf(mark, at + 1)) {
                if (count == marks.length) {
                    marks = Arrays.copyOf(marks, count * 2);
                }
                marks[count++] = at;
            }
        }
        int[] sorted = Arrays.copyOf(marks, count);
        Arrays.sort(sorted);
        return sorted;
    }

    void collect(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                plain(node);
            } else if (node instanceof Code) {
                if (keepCode) {
                    append(((Code) node).getText());
                }
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                add('\n', node.getStartOffset());
            } else if (node instanceof HtmlInlineComment) {
                comments.add(new SuppressionReader.Comment(node.getStartOffset(),
                        node.getChars().toString()));
            } else if (node instanceof WikiNode wiki) {
                links.add(new BodyLink(wiki instanceof WikiImage ? BodyLink.Kind.WIKI_EMBED
                        : BodyLink.Kind.WIKI, wiki.getChars().toString(),
                        wiki.getStartOffset(), wiki.getEndOffset()));
                // A reader sees the alias, else the note's name.
                if (!(wiki instanceof WikiImage)) {
                    append(wiki.getText().isNotNull() && !wiki.getText().isEmpty()
                            ? wiki.getText() : wiki.getPageRef());
                }
            } else if (node instanceof Image image) {
                links.add(BodyLinks.destination(BodyLink.Kind.IMAGE, image.getUrl(), image));
            } else if (node instanceof Link link) {
                links.add(BodyLinks.destination(BodyLink.Kind.LINK, link.getUrl(), link));
                collect(node);
            } else if (node instanceof LinkRef ref) {
                undefinedReference(ref);
                collect(node);
            } else if (node instanceof HtmlInline) {
                BodyLinks.html(node, links, htmlIds);
            } else if (node instanceof AutoLink || node instanceof MailLink
                    || node instanceof ImageRef) {
                // Addresses, markup and pictures are not prose.
            } else {
                collect(node);
            }
        }
    }

    /**
     * {@code [text][label]} with no definition of the label is shown as it is written: a
     * broken link. The shortcut {@code [text]} is not taken for one; prose uses brackets.
     */
    private void undefinedReference(LinkRef ref) {
        if (!ref.isDefined() && !ref.isReferenceTextCombined() && ref.getReference().isNotNull()
                && !ref.getReference().isBlank()) {
            links.add(new BodyLink(BodyLink.Kind.UNDEFINED_REFERENCE,
                    ref.getReference().toString(), ref.getStartOffset(), ref.getEndOffset()));
        }
    }

    /** A text node, without the bare URLs in it. */
    private void plain(Node node) {
        int start = node.getStartOffset();
        int end = node.getEndOffset();
        if (!mayHoldUrl(start, end)) {
            append(start, end);
            return;
        }
        Matcher url = BARE_URL.matcher(parsed).region(start, end);
        int from = start;
        while (url.find()) {
            append(from, url.start());
            from = url.end();
        }
        append(from, end);
    }

    /**
     * Most text holds no URL: the regex runs only where "://" or "www." starts between start
     * and end. (A search to the end of the file for every text node made a big file's reading
     * quadratic: a 4 MB body took 30 s.)
     */
    private boolean mayHoldUrl(int start, int end) {
        int at = Arrays.binarySearch(urlMarks, start);
        int first = at >= 0 ? at : -at - 1;
        return first < urlMarks.length && urlMarks[first] < end;
    }

    private void append(com.vladsch.flexmark.util.sequence.BasedSequence chars) {
        append(chars.getStartOffset(), chars.getEndOffset());
    }

    /** The source's chars from one offset to another, each at its own offset. */
    private void append(int start, int end) {
        int length = end - start;
        if (text.length() + length > offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, text.length() + length));
        }
        for (int i = 0; i < length; i++) {
            offsets[text.length() + i] = start + i;
        }
        text.append(parsed, start, end);
    }

    private void add(char c, int offset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = offset;
        text.append(c);
    }

    String text() {
        return text.toString();
    }

    int[] offsets() {
        return Arrays.copyOf(offsets, text.length());
    }
}
