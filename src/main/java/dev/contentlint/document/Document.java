package dev.contentlint.document;

/**
 * One content file as read once for every check: its text, its front matter and, parsed the
 * first time a check asks for it, its Markdown body. Used by one thread at a time.
 */
public final class Document {

    private final String path;
    private final SourceText source;
    private final FrontMatter frontMatter;
    private Body body;
    /** What checks derive from the file and share, such as which heading is which section. */
    private final java.util.Map<Object, Object> derived = new java.util.HashMap<>();

    /**
     * @param path the path relative to the content root, with {@code /} separators
     */
    public Document(String path, SourceText source, FrontMatter frontMatter) {
        this.path = path;
        this.source = source;
        this.frontMatter = frontMatter;
    }

    public String path() {
        return path;
    }

    public SourceText source() {
        return source;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** The Markdown body, parsed once. */
    public Body body() {
        if (body == null) {
            body = MarkdownReader.SHARED.read(source, frontMatter);
        }
        return body;
    }

    /** The body, where a check has parsed it already. */
    public java.util.Optional<Body> parsedBody() {
        return java.util.Optional.ofNullable(body);
    }

    /**
     * Something derived from this file once and shared by the checks that need it: the first
     * call with a key computes it, later calls with an equal key return it.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<Document, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }

    /** The file name, without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
