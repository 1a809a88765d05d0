package dev.contentlint.init;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the content folder of a project that has no {@code content/}: the one folder directly
 * below the project that holds Markdown files with front matter (or, where none has front
 * matter, the one that holds Markdown files at all). Hidden folders, the build folder,
 * {@code src} (a Maven project's sources and site) and {@code node_modules} are not looked at.
 * Where several folders qualify, the choice is the user's.
 */
public final class ContentRootFinder {

    private static final Set<String> NOT_CONTENT = Set.of("src", "target", "node_modules");

    /**
     * A folder that could be the content root.
     *
     * @param markdownFiles how many Markdown files it holds, at any depth
     * @param withFrontMatter how many of them start with {@code ---}
     */
    public record Candidate(Path folder, int markdownFiles, int withFrontMatter) {}

    private ContentRootFinder() {}

    /** The folders that could be the content root, by name. */
    public static List<Candidate> candidates(Path projectFolder, Set<Path> skippedFolders)
            throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        if (!Files.isDirectory(projectFolder)) {
            return candidates;
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(projectFolder)) {
            for (Path child : children) {
                String name = String.valueOf(child.getFileName());
                if (Files.isDirectory(child) && !name.startsWith(".")
                        && !NOT_CONTENT.contains(name.toLowerCase(Locale.ROOT))
                        && !skippedFolders.contains(child.toAbsolutePath().normalize())) {
                    folders.add(child);
                }
            }
        }
        folders.sort(null);
        for (Path folder : folders) {
            int[] counts = count(folder, skippedFolders);
            if (counts[0] > 0) {
                candidates.add(new Candidate(folder, counts[0], counts[1]));
            }
        }
        return candidates;
    }

    /** The one candidate that stands out, if one does. */
    public static java.util.Optional<Candidate> choose(List<Candidate> candidates) {
        List<Candidate> withFrontMatter = candidates.stream().filter(c -> c.withFrontMatter() > 0).toList();
        if (withFrontMatter.size() == 1) {
            return java.util.Optional.of(withFrontMatter.get(0));
        }
        if (withFrontMatter.isEmpty() && candidates.size() == 1) {
            return java.util.Optional.of(candidates.get(0));
        }
        return java.util.Optional.empty();
    }

    private static int[] count(Path folder, Set<Path> skippedFolders) throws IOException {
        int[] counts = new int[2];
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = String.valueOf(dir.getFileName());
                return !dir.equals(folder) && (name.startsWith(".")
                        || skippedFolders.contains(dir.toAbsolutePath().normalize()))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
                if (attributes.isRegularFile() && (name.endsWith(".md") || name.endsWith(".markdown"))) {
                    counts[0]++;
                    if (startsWithFrontMatter(file)) {
                        counts[1]++;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return counts;
    }

    private static boolean startsWithFrontMatter(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.replace("\uFEFF", "").stripTrailing().equals("---");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
