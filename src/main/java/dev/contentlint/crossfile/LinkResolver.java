package dev.contentlint.crossfile;

import dev.contentlint.config.Config;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds the file a link names: wiki links by name anywhere under the content root, as Obsidian
 * does, and Markdown links by path from the linking file's folder. Reads no file; looks at the
 * disk only for a path that leaves the content root.
 */
public final class LinkResolver {

    /** What a link resolved to. */
    public record Resolution(Status status, Optional<String> path, List<String> candidates) {

        public Resolution {
            candidates = List.copyOf(candidates);
        }

        static Resolution found(String path) {
            return new Resolution(Status.FOUND, Optional.of(path), List.of());
        }

        static Resolution missing(String tried) {
            return new Resolution(Status.MISSING, Optional.of(tried), List.of());
        }

        public boolean resolves() {
            return status == Status.FOUND || status == Status.AMBIGUOUS || status == Status.OUTSIDE;
        }

        /**
         * The candidates for a message: the first five, then how many more. With 5,000 folders
         * that each hold an index.md, naming them all made each message about 80 KB long.
         */
        public String candidatesShown() {
            int shown = Math.min(CANDIDATES_SHOWN, candidates.size());
            return String.join(", ", candidates.subList(0, shown))
                    + (candidates.size() > shown ? " and " + (candidates.size() - shown) + " more" : "");
        }

        private static final int CANDIDATES_SHOWN = 5;
    }

    public enum Status {
        /** One file (or folder) under the content root; {@code path} names it. */
        FOUND,
        /** Several files by that name; {@code path} is the one Obsidian would open. */
        AMBIGUOUS,
        /** A file outside the content root that exists. */
        OUTSIDE,
        /** Nothing; {@code path} is the path that was tried, where there is one. */
        MISSING,
        /** A file whose path differs only in case; {@code path} names it. */
        CASE_DIFFERS
    }

    private static final List<String> SITE_SUFFIXES = List.of(".md", ".markdown", "/index.md",
            "/README.md", "/_index.md");

    private final FileIndex index;
    private final Path root;
    private final DiskLookups disk;
    private final boolean extensionless;

    public LinkResolver(FileIndex index, Path root, boolean extensionless) {
        this(index, new DiskLookups(root, Config.DEFAULT_MAX_FILE_SIZE), root, extensionless);
    }

    /** @param disk where a path that leaves the root is looked for, and the look remembered */
    public LinkResolver(FileIndex index, DiskLookups disk, Path root, boolean extensionless) {
        this.index = index;
        this.root = root;
        this.disk = disk;
        this.extensionless = extensionless;
    }

    /**
     * A wiki link's note: {@code name}, {@code folder/name} (matched at the end of a path) or
     * {@code ./name} (from this file's folder); without an extension, the {@code .md} file.
     * Where several match, the one in the linking file's folder wins, else the shortest path.
     */
    public Resolution wiki(String note, String from) {
        String name = note.strip();
        if (name.isEmpty()) {
            return Resolution.found(from);
        }
        if (name.startsWith("./") || name.startsWith("../")) {
            String path = join(folderOf(from), name);
            if (path != null && index.isFile(path)) {
                return Resolution.found(path);
            }
            if (path != null && index.isFile(path + ".md")) {
                return Resolution.found(path + ".md");
            }
            return Resolution.missing(path == null ? name : path);
        }
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        List<String> candidates = byName(name + ".md");
        if (candidates.isEmpty()) {
            candidates = byName(name);
        }
        if (candidates.isEmpty()) {
            return Resolution.missing(name);
        }
        if (candidates.size() == 1) {
            return Resolution.found(candidates.get(0));
        }
        String folder = folderOf(from);
        List<String> here = candidates.stream().filter(c -> folderOf(c).equals(folder)).toList();
        if (here.size() == 1) {
            return Resolution.found(here.get(0));
        }
        List<String> sorted = new ArrayList<>(candidates);
        sorted.sort((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        return new Resolution(Status.AMBIGUOUS, Optional.of(sorted.get(0)), sorted);
    }

    /** The files named by a path that may hold folders: {@code people/jane} ends a path. */
    private List<String> byName(String nameOrPath) {
        String lower = FileIndex.lower(nameOrPath);
        List<String> named = index.named(FileIndex.name(nameOrPath));
        if (nameOrPath.indexOf('/') < 0) {
            return named;
        }
        return named.stream()
                .filter(p -> FileIndex.lower(p).equals(lower) || FileIndex.lower(p).endsWith("/" + lower))
                .toList();
    }

    /**
     * A Markdown link's path, decoded and without {@code ?query} or {@code #fragment}: from the
     * linking file's folder, or from the content root where it starts with {@code /}.
     */
    public Resolution relative(String target, String from) {
        String path = target;
        while (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        String joined = path.startsWith("/") ? join("", path.substring(1)) : join(folderOf(from), path);
        if (joined == null) {
            Path outside = root.resolve(folderOf(from)).resolve(path).normalize();
            return disk.exists(outside) ? new Resolution(Status.OUTSIDE, Optional.empty(), List.of())
                    : Resolution.missing(root.relativize(outside).toString().replace('\\', '/'));
        }
        if (index.isFile(joined) || index.isFolder(joined)) {
            return Resolution.found(joined);
        }
        if (extensionless) {
            for (String suffix : SITE_SUFFIXES) {
                if (index.isFile(joined + suffix)) {
                    return Resolution.found(joined + suffix);
                }
            }
        }
        List<String> otherCase = index.withPathIgnoringCase(joined);
        if (!otherCase.isEmpty()) {
            return new Resolution(Status.CASE_DIFFERS, Optional.of(otherCase.get(0)), otherCase);
        }
        return Resolution.missing(joined);
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** A relative path joined to a folder and normalised; null where it leaves the root. */
    static String join(String folder, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder + "/" + relative).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
