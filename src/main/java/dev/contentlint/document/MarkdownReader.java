package dev.contentlint.document;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

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

    private final Parser parser;

    private MarkdownReader() {
        parser = Parser.builder(parserOptions()).build();
    }

    /**
     * The flexmark options contentlint reads Markdown with; the benchmark's parse-only floor
     * ({@code bench/Floor.java}) uses them too, so that it measures the same parse.
     */
    public static MutableDataSet parserOptions() {
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
        return options;
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

    /**
     * Parses with flexmark. Some of its patterns recurse once per repetition (a line of 10,000
     * {@code "- "} overflows the thread's stack in its thematic-break regex); such a rare text is
     * parsed again on a {@link DeepStack}, so that it is read, not lost.
     */
    private Node parse(String text) {
        try {
            return parser.parse(text);
        } catch (StackOverflowError e) {
            return DeepStack.call("contentlint-deep-parse", () -> parser.parse(text));
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
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The scopes of a block: those of the containers it is in, and its element's. */
    private record ScopeKey(Set<String> containers, Set<String> element) {}

    private static final class Walk {
        private final SourceText source;
        private final String parsed;
        /** Where bare URLs may start in the parsed text, found once: see InlineText. */
        private final int[] urlMarks;
        /** One set of scope names per kind of place, shared by the blocks there: few per file. */
        private final java.util.Map<ScopeKey, Set<String>> scopeSets = new java.util.HashMap<>();
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
            this.urlMarks = InlineText.urlMarks(parsed);
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
                    BodyLinks.html(node, links, htmlIds);
                }
                return null;
            }
            if (node instanceof Reference reference) {
                // [^1]: ibid. is a footnote (GitHub, Obsidian, Pandoc), not a link to a file
                // named ibid.: CommonMark reads a one-word footnote as a link definition.
                if (!reference.getReference().startsWith("^")) {
                    links.add(BodyLinks.destination(BodyLink.Kind.DEFINITION, reference.getUrl(), reference));
                }
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
            InlineText visible = new InlineText(parsed, true, urlMarks, node);
            visible.collect(node);
            headings.add(new Heading(level, SPACES.matcher(visible.text().trim()).replaceAll(" "),
                    start, end, textStart));
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
                            InlineText visible = new InlineText(parsed, true, urlMarks, cell);
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
            InlineText inline = new InlineText(parsed, false, urlMarks, node);
            inline.collect(node);
            comments.addAll(inline.comments);
            links.addAll(inline.links);
            htmlIds.addAll(inline.htmlIds);
            String text = inline.text();
            if (text.isBlank()) {
                return;
            }
            Set<String> scopes = scopeSets.computeIfAbsent(new ScopeKey(containers, element), key -> {
                Set<String> all = new HashSet<>(key.containers());
                all.addAll(key.element());
                return Set.copyOf(all);
            });
            blocks.add(new TextBlock(scopes, text, inline.offsets()));
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
}
