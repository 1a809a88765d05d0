package dev.contentlint.crossfile;

import dev.contentlint.document.Body;
import dev.contentlint.document.Heading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in one Markdown file that a link can name after {@code #}. Kept for every checked
 * file, but turned into anchors only for the files that links name with a fragment: most files
 * are never such a target, and slugging every heading of a big tree would cost more than all the
 * link checks together.
 */
public final class Anchors {

    /** {@code Heading {#custom-id}}, as Pandoc, kramdown, Hugo and MkDocs write an anchor. */
    private static final Pattern CUSTOM_ID = Pattern.compile("\\s*\\{#([^}\\s]+)[^}]*}\\s*$");
    private static final Pattern BLOCK_ID = Pattern.compile("(?m)(?:^|\\s)\\^([A-Za-z0-9-]+)[ \\t]*$");

    /** The anchors as links name them, made on first use. */
    private record Index(Set<String> ids, Set<String> headingKeys, List<String> headings) {}

    private final List<String> headingTexts;
    private final List<String> htmlIds;
    private final Set<String> blockIds;
    private volatile Index index;

    /**
     * @param headingTexts the headings' texts, in order
     * @param htmlIds {@code id} and {@code name} values of the file's HTML
     * @param blockIds Obsidian block ids ({@code ^id} at the end of a line), lower case, without
     *     the caret
     */
    public Anchors(List<String> headingTexts, List<String> htmlIds, Set<String> blockIds) {
        this.headingTexts = List.copyOf(headingTexts);
        this.htmlIds = List.copyOf(htmlIds);
        this.blockIds = Set.copyOf(blockIds);
    }

    public static Anchors of(Body body) {
        List<String> texts = new ArrayList<>(body.headings().size());
        for (Heading heading : body.headings()) {
            texts.add(heading.text());
        }
        Set<String> blocks = new HashSet<>();
        String text = body.source().text();
        if (text.indexOf('^', body.start()) >= 0) {
            Matcher block = BLOCK_ID.matcher(text).region(body.start(), text.length());
            while (block.find()) {
                blocks.add(block.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return new Anchors(texts, body.htmlIds(), blocks);
    }

    /**
     * The anchors: GitHub's heading slugs (with {@code -1}, {@code -2} for repeats),
     * {@code {#custom}} ids after a heading and HTML ids, lower case; each heading's
     * {@link Slugs#loose} key, as a wiki link names it; and the headings' texts for messages.
     */
    private Index index() {
        Index made = index;
        if (made == null) {
            Set<String> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            List<String> texts = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (String heading : headingTexts) {
                String text = heading;
                Matcher custom = CUSTOM_ID.matcher(text);
                if (custom.find()) {
                    ids.add(custom.group(1).toLowerCase(Locale.ROOT));
                    text = text.substring(0, custom.start());
                }
                texts.add(text);
                keys.add(Slugs.loose(text));
                String slug = Slugs.github(text);
                int repeats = seen.merge(slug, 1, Integer::sum) - 1;
                ids.add(repeats == 0 ? slug : slug + "-" + repeats);
            }
            htmlIds.forEach(id -> ids.add(id.toLowerCase(Locale.ROOT)));
            made = new Index(Set.copyOf(ids), Set.copyOf(keys), List.copyOf(texts));
            index = made;
        }
        return made;
    }

    /** The headings' texts as written, in order, for a result cache to keep. */
    public List<String> headingTexts() {
        return headingTexts;
    }

    /** The HTML ids, for a result cache to keep. */
    public List<String> htmlIds() {
        return htmlIds;
    }

    /** The block ids, for a result cache to keep. */
    public Set<String> blockIds() {
        return blockIds;
    }

    /** The anchors a Markdown link can name, lower case, for suggestions. */
    public Set<String> ids() {
        return index().ids();
    }

    /** The headings' texts (without {@code {#custom}} ids), for messages. */
    public List<String> headings() {
        return index().headings();
    }

    /** Whether a Markdown link's {@code #fragment} (decoded) names a place here. */
    public boolean hasId(String fragment) {
        return fragment.isEmpty() || ids().contains(fragment.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a wiki link's {@code #fragment} names a place here: {@code ^block}, or a heading
     * (the last of {@code #Chapter#Section}), compared by letters and digits.
     */
    public boolean hasWikiFragment(String fragment) {
        if (fragment.isEmpty()) {
            return true;
        }
        if (fragment.startsWith("^")) {
            return blockIds.contains(fragment.substring(1).toLowerCase(Locale.ROOT));
        }
        int last = fragment.lastIndexOf('#');
        String heading = last >= 0 ? fragment.substring(last + 1) : fragment;
        return index().headingKeys().contains(Slugs.loose(heading)) || hasId(heading);
    }
}
