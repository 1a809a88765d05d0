package dev.contentlint.document;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown body of a file with flexmark into a {@link Body}. The parser is immutable and
 * shared by all threads; each call builds its own tree.
 *
 * <p>The front matter is blanked (its chars become spaces, its line breaks stay) rather than cut
 * off, so that flexmark's offsets are the file's offsets and every position maps back without
 * arithmetic.
 */
public final class MarkdownReader {

    public static final MarkdownReader SHARED = new MarkdownReader();

    /** Bare URLs in prose: left out, as Vale does, so that no rule reads a path as words. */
    private static final Pattern BARE_URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>()\\[\\]]+");
    /** Link targets and anchors in HTML: {@code href="..."}, {@code src='...'}, {@code id="..."}. */
    private static final Pattern HTML_ATTRIBUTE = Pattern.compile(
            "(?i)(?<=\\s)(href|src|id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private final Parser parser;

    private MarkdownReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), WikiLinkExtension.create()));
        // Obsidian's wiki links: [[note#heading|alias]], ![[embed]], \\| inside tables.
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(WikiLinkExtension.ALLOW_PIPE_ESCAPE, true);
        options.set(WikiLinkExtension.IMAGE_LINKS, true);
        // GitHub's table rules: a header row is required, column counts may differ.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        parser = Parser.builder(options).build();
    }

    public Body read(SourceText source, FrontMatter frontMatter) {
        String text = source.text();
        int start = frontMatter.bodyLine() > source.lineCount() ? text.length()
                : source.lineStart(Math.max(1, frontMatter.bodyLine()));
        String parsed = blankBefore(text, start);
        Node root = parse(parsed);
        Walk walk = new Walk(source, parsed);
        walk.visit(root, Set.of());
        List<Section> sections = sections(walk.headings, walk.contentStarts, text.length());
        return new Body(source, start, walk.headings, sections, walk.tables, walk.blocks,
                SuppressionReader.read(source, walk.comments), walk.links, walk.htmlIds);
    }

    /** Deep enough for flexmark's regexes on any line a file of a few MB can hold. */
    private static final long DEEP_STACK = 1L << 30;

    /**
     * Parses with flexmark. Some of its patterns recurse once per repetition (a line of 10,000
     * {@code "- "} overflows the thread's stack in its thematic-break regex); such a rare text is
     * parsed again on a thread with a stack deep enough for it, so that it is read, not lost.
     */
    private Node parse(String text) {
        try {
            return parser.parse(text);
        } catch (StackOverflowError e) {
            Node[] root = new Node[1];
            Throwable[] failure = new Throwable[1];
            Thread deep = new Thread(null, () -> {
                try {
                    root[0] = parser.parse(text);
                } catch (RuntimeException | StackOverflowError again) {
                    failure[0] = again;
                }
            }, "contentlint-deep-parse", DEEP_STACK);
            deep.setDaemon(true);
            deep.start();
            try {
                deep.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading Markdown", interrupted);
            }
            if (failure[0] instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure[0] != null) {
                throw (StackOverflowError) failure[0];
            }
            return root[0];
        }
    }

    private static String blankBefore(String text, int start) {
        if (start == 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < start; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** A link pointing at its destination, or at the whole link where that is empty. */
    private static BodyLink destination(BodyLink.Kind kind,
            com.vladsch.flexmark.util.sequence.BasedSequence url, Node node) {
        if (url.isNull() || url.isEmpty()) {
            return new BodyLink(kind, "", node.getStartOffset(), node.getEndOffset());
        }
        return new BodyLink(kind, url.toString(), url.getStartOffset(), url.getEndOffset());
    }

    /** The link targets and anchors of a piece of HTML. */
    private static void html(Node node, List<BodyLink> links, List<String> ids) {
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

    private static List<Section> sections(List<Heading> headings, List<Integer> contentStarts,
            int textEnd) {
        int[] starts = contentStarts.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int end = textEnd;
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).level() <= heading.level()) {
                    end = headings.get(j).start();
                    break;
                }
            }
            int next = Arrays.binarySearch(starts, heading.end());
            int firstContent = next >= 0 ? next : -next - 1;
            boolean empty = firstContent >= starts.length || starts[firstContent] >= end;
            sections.add(new Section(i, heading, end, empty));
        }
        return sections;
    }

    /** One pass over one tree, gathering what the body is made of. */
    private static final class Walk {
        private final SourceText source;
        private final String parsed;
        /** One set of scope names per combination, shared by the blocks that have it. */
        private final java.util.Map<Set<String>, Set<String>> scopeSets = new java.util.HashMap<>();
        final List<Heading> headings = new ArrayList<>();
        final List<MarkdownTable> tables = new ArrayList<>();
        final List<TextBlock> blocks = new ArrayList<>();
        /** Where content that makes a section not empty starts. */
        final List<Integer> contentStarts = new ArrayList<>();
        /** HTML comments, in source order, for suppressions. */
        final List<SuppressionReader.Comment> comments = new ArrayList<>();
        final List<BodyLink> links = new ArrayList<>();
        /** {@code id} and {@code name} values of HTML elements: anchors that links can name. */
        final List<String> htmlIds = new ArrayList<>();

        Walk(SourceText source, String parsed) {
            this.source = source;
            this.parsed = parsed;
        }

        /**
         * Visits a tree in document order with a stack of its own, not the thread's: Markdown
         * can nest thousands of quotes or list items deep ({@code >>>>>...}), deeper than
         * recursion could go.
         */
        void visit(Node root, Set<String> rootContainers) {
            java.util.Deque<Node> nodes = new java.util.ArrayDeque<>();
            java.util.Deque<Set<String>> containers = new java.util.ArrayDeque<>();
            nodes.push(root);
            containers.push(rootContainers);
            while (!nodes.isEmpty()) {
                Node node = nodes.pop();
                Set<String> inner = visitOne(node, containers.pop());
                if (inner == null) {
                    continue;
                }
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    nodes.push(child);
                    containers.push(inner);
                }
            }
        }

        /** Takes in one node; returns the containers of its children, or null if they are done. */
        private Set<String> visitOne(Node node, Set<String> containers) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                heading(heading, containers);
                return null;
            }
            if (node instanceof Paragraph) {
                contentStarts.add(node.getStartOffset());
                prose(node, containers, Set.of("paragraph"));
                return null;
            }
            if (node instanceof TableBlock table) {
                contentStarts.add(node.getStartOffset());
                table(table, containers);
                return null;
            }
            if (node instanceof HtmlCommentBlock) {
                comments.add(new SuppressionReader.Comment(node.getStartOffset(),
                        node.getChars().toString()));
                return null;
            }
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlock) {
                contentStarts.add(node.getStartOffset());
                if (node instanceof HtmlBlock) {
                    htmlComments(node);
                    html(node, links, htmlIds);
                }
                return null;
            }
            if (node instanceof Reference reference) {
                links.add(destination(BodyLink.Kind.DEFINITION, reference.getUrl(), reference));
                return null;
            }
            Set<String> inner = containers;
            if (node instanceof BlockQuote) {
                inner = with(containers, "blockquote");
            } else if (node instanceof ListItem) {
                inner = with(containers, "list");
            }
            return inner;
        }

        private void heading(com.vladsch.flexmark.ast.Heading node, Set<String> containers) {
            int level = node.getLevel();
            var chars = node.getText();
            int textStart = chars.isEmpty() ? node.getStartOffset() : chars.getStartOffset();
            int end = chars.isEmpty() ? node.getStartOffset() + level : chars.getEndOffset();
            int start = node.isSetextHeading() ? textStart : node.getStartOffset();
            Inline visible = new Inline(parsed, true);
            visible.collect(node);
            headings.add(new Heading(level, visible.text().trim().replaceAll("\\s+", " "), start,
                    end, textStart));
            prose(node, containers, Set.of("heading", "heading.h" + level));
        }

        private void table(TableBlock table, Set<String> containers) {
            List<String> header = new ArrayList<>();
            int rows = 0;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                boolean isHead = section instanceof TableHead;
                if (!isHead && !(section instanceof com.vladsch.flexmark.ext.tables.TableBody)) {
                    continue; // the separator row
                }
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof com.vladsch.flexmark.ext.tables.TableRow)) {
                        continue;
                    }
                    if (!isHead) {
                        rows++;
                    }
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (!(cell instanceof TableCell)) {
                            continue;
                        }
                        if (isHead) {
                            Inline visible = new Inline(parsed, true);
                            visible.collect(cell);
                            header.add(visible.text().trim());
                        }
                        prose(cell, containers, Set.of("table", isHead ? "table.header" : "table.cell"));
                    }
                }
            }
            tables.add(new MarkdownTable(table.getStartOffset(), header, rows));
        }

        private void prose(Node node, Set<String> containers, Set<String> element) {
            Inline inline = new Inline(parsed, false);
            inline.collect(node);
            comments.addAll(inline.comments);
            links.addAll(inline.links);
            htmlIds.addAll(inline.htmlIds);
            String text = inline.text();
            if (text.isBlank()) {
                return;
            }
            Set<String> scopes = new HashSet<>(containers);
            scopes.addAll(element);
            blocks.add(new TextBlock(scopeSets.computeIfAbsent(scopes, Set::copyOf), text,
                    inline.offsets()));
        }

        private void htmlComments(Node node) {
            Matcher comment = SuppressionReader.COMMENT.matcher(node.getChars());
            while (comment.find()) {
                comments.add(new SuppressionReader.Comment(node.getStartOffset() + comment.start(),
                        comment.group()));
            }
        }

        private static Set<String> with(Set<String> names, String name) {
            Set<String> all = new HashSet<>(names);
            all.add(name);
            return Set.copyOf(all);
        }
    }

    /** The prose of one block's inline content, with the source offset of each char. */
    private static final class Inline {
        private final String parsed;
        private final boolean keepCode;
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];
        final List<SuppressionReader.Comment> comments = new ArrayList<>();
        final List<BodyLink> links = new ArrayList<>();
        final List<String> htmlIds = new ArrayList<>();

        /**
         * @param keepCode whether code spans count, as they do in a heading's text for matching
         */
        Inline(String parsed, boolean keepCode) {
            this.parsed = parsed;
            this.keepCode = keepCode;
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
                    links.add(destination(BodyLink.Kind.IMAGE, image.getUrl(), image));
                } else if (node instanceof Link link) {
                    links.add(destination(BodyLink.Kind.LINK, link.getUrl(), link));
                    collect(node);
                } else if (node instanceof LinkRef ref) {
                    undefinedReference(ref);
                    collect(node);
                } else if (node instanceof HtmlInline) {
                    html(node, links, htmlIds);
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
         * Most text holds no URL: the regex runs only where "://" or "www." occurs. Looks only
         * between start and end: a search to the end of the file for every text node made a
         * big file's reading quadratic (a 4 MB body took 30 s).
         */
        private boolean mayHoldUrl(int start, int end) {
            for (int i = start; i < end; i++) {
                char c = parsed.charAt(i);
                if ((c == ':' && parsed.startsWith("://", i)) || (c == 'w' && parsed.startsWith("www.", i))) {
                    return true;
                }
            }
            return false;
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
}
