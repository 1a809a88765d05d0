package dev.contentlint.crossfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every file under the content root by path and by name, built from the scan of each run, so
 * that links are resolved against the tree as it is now. Read-only once built.
 */
public final class FileIndex {

    private final Set<String> files;
    private final Set<String> folders = new HashSet<>();
    private final Map<String, List<String>> byLowerPath = new HashMap<>();
    private final Map<String, List<String>> byLowerName = new HashMap<>();
    private final Map<Character, List<String>> lowerNamesByFirstChar = new HashMap<>();

    /**
     * @param paths every file's path relative to the content root, with {@code /}
     */
    public FileIndex(Collection<String> paths) {
        files = Set.copyOf(paths);
        for (String path : paths.stream().sorted().toList()) {
            byLowerPath.computeIfAbsent(lower(path), p -> new ArrayList<>(1)).add(path);
            byLowerName.computeIfAbsent(lower(name(path)), n -> new ArrayList<>(1)).add(path);
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!folders.add(path.substring(0, slash))) {
                    break;
                }
            }
        }
        // Each broken link asks for names like its own; scanning every name for each of them made
        // a tree with many broken links quadratic (a fifth of a 100,000-file run).
        for (String name : byLowerName.keySet()) {
            lowerNamesByFirstChar.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
        }
    }

    public boolean isFile(String path) {
        return files.contains(path);
    }

    /** Whether a folder holds files; the root is "". */
    public boolean isFolder(String path) {
        return path.isEmpty() || folders.contains(path);
    }

    /** The files whose path equals this one but for case. */
    public List<String> withPathIgnoringCase(String path) {
        return byLowerPath.getOrDefault(lower(path), List.of());
    }

    /** The files, anywhere, whose name (without folders) equals this one but for case. */
    public List<String> named(String name) {
        return byLowerName.getOrDefault(lower(name), List.of());
    }

    /** Every file name (lower case) that starts with this char, for suggestions. */
    public List<String> lowerNamesStartingWith(char first) {
        return Collections.unmodifiableList(lowerNamesByFirstChar.getOrDefault(first, List.of()));
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
