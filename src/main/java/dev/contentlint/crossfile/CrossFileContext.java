package dev.contentlint.crossfile;

import dev.contentlint.config.ContentType;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.document.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The whole content tree as the checks across files see it: every file by path and name, what
 * each checked file links to and holds, and the values that must be unique. Built anew from
 * the facts of every file on each run, so that it is never stale; read-only once built, but for
 * the anchors of unchecked files, which are read on first use from any thread.
 */
public final class CrossFileContext {

    /** A value's place: which file, and where in it. */
    public record Place(String path, Span span) {

        public String describe() {
            return path + ":" + span.line() + ":" + span.column();
        }
    }

    private record ValueKey(String type, String field, String value) {}

    private final LinkSettings links;
    private final FileIndex index;
    private final LinkResolver resolver;
    private final Map<String, FileFacts> facts = new HashMap<>();
    private final Function<String, Optional<Anchors>> readAnchors;
    private final Map<String, Optional<Anchors>> unchecked = new ConcurrentHashMap<>();
    private final Map<ValueKey, List<Place>> values = new HashMap<>();

    /**
     * @param facts one per checked file
     * @param types every type, for the keys each holds unique
     * @param readAnchors reads the anchors of a Markdown file that was not checked (excluded)
     */
    public CrossFileContext(LinkSettings links, FileIndex index, LinkResolver resolver,
            Collection<FileFacts> facts, Collection<ContentType> types,
            Function<String, Optional<Anchors>> readAnchors) {
        this.links = links;
        this.index = index;
        this.resolver = resolver;
        this.readAnchors = readAnchors;
        Map<String, List<String>> unique = new HashMap<>();
        types.forEach(type -> unique.put(type.name(), type.unique()));
        for (FileFacts file : facts) {
            this.facts.put(file.path(), file);
            List<String> fields = unique.getOrDefault(file.type(), List.of());
            for (FieldValue value : file.values()) {
                if (fields.contains(value.field())) {
                    values.computeIfAbsent(key(file.type(), value), k -> new ArrayList<>(1))
                            .add(new Place(file.path(), value.span()));
                }
            }
        }
    }

    public LinkSettings links() {
        return links;
    }

    public FileIndex index() {
        return index;
    }

    public LinkResolver resolver() {
        return resolver;
    }

    /** The type of a checked file. */
    public Optional<String> typeOf(String path) {
        return Optional.ofNullable(facts.get(path)).map(FileFacts::type);
    }

    /**
     * The places in a Markdown file that links can name, where known: from the check of the
     * file, or read now for a file that was not checked.
     */
    public Optional<Anchors> anchorsOf(String path) {
        FileFacts file = facts.get(path);
        if (file != null) {
            return file.anchors();
        }
        return unchecked.computeIfAbsent(path, readAnchors);
    }

    /** Every place, in files of a type, that holds a value of a key that must be unique. */
    public List<Place> holding(String type, FieldValue value) {
        return values.getOrDefault(key(type, value), List.of());
    }

    /** Unique values are compared without case: two slugs that differ in case clash in URLs. */
    private static ValueKey key(String type, FieldValue value) {
        return new ValueKey(type, value.field(), value.value().toLowerCase(Locale.ROOT));
    }
}
