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
 * The places in one Markdown file that a link can name after {@code #}.
 *
 * @param ids anchors as a Markdown link names them, lower case: GitHub's heading slugs (with
 *     {@code -1}, {@code -2} for repeats), {@code {#custom}} ids after a heading, and HTML
 *     {@code id}/{@code name} values
 * @param headingKeys each heading's {@link Slugs#loose} key, as a wiki link names it
 * @param blockIds Obsidian block ids ({@code ^id} at the end of a line), without the caret
 * @param headings the headings' texts, for messages
 */
public record Anchors(Set<String> ids, Set<String> headingKeys, Set<String> blockIds,
        List<String> headings) {

    public static final Anchors NONE = new Anchors(Set.of(), Set.of(), Set.of(), List.of());

    /** {@code Heading {#custom-id}}, as Pandoc, kramdown, Hugo and MkDocs write an anchor. */
    private static final Pattern CUSTOM_ID = Pattern.compile("\\s*\\{#([^}\\s]+)[^}]*}\\s*$");
    private static final Pattern BLOCK_ID = Pattern.compile("(?m)(?:^|\\s)\\^([A-Za-z0-9-]+)[ \\t]*$");

    public Anchors {
        ids = Set.copyOf(ids);
        headingKeys = Set.copyOf(headingKeys);
        blockIds = Set.copyOf(blockIds);
        headings = List.copyOf(headings);
    }

    public static Anchors of(Body body) {
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        List<String> texts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Heading heading : body.headings()) {
            String text = heading.text();
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
        body.htmlIds().forEach(id -> ids.add(id.toLowerCase(Locale.ROOT)));
        Set<String> blocks = new HashSet<>();
        String text = body.source().text();
        if (text.indexOf('^', body.start()) >= 0) {
            Matcher block = BLOCK_ID.matcher(text).region(body.start(), text.length());
            while (block.find()) {
                blocks.add(block.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return new Anchors(ids, keys, blocks, texts);
    }

    /** Whether a Markdown link's {@code #fragment} (decoded) names a place here. */
    public boolean hasId(String fragment) {
        return fragment.isEmpty() || ids.contains(fragment.toLowerCase(Locale.ROOT));
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
        return headingKeys.contains(Slugs.loose(heading)) || hasId(heading);
    }
}
