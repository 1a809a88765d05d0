package dev.contentlint.engine;

import dev.contentlint.config.Config;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Lists the files under the content root that the configuration includes and does not exclude,
 * in a stable order. Symbolic links to files are followed; links to folders are not, so that a
 * link loop cannot trap the scan. Git's own folder and the folders it is told to skip (the
 * build's output, where it lies inside the content) are never entered.
 */
public final class ContentScanner {

    /**
     * The files found, and the paths that could not be looked at.
     *
     * @param allFiles every file under the root, included or not, that a link may name
     */
    public record Scan(List<ContentFile> files, List<Unreadable> unreadable, List<String> allFiles) {}

    /** A path under the content root that could not be listed or read. */
    public record Unreadable(String path, String reason) {}

    public Scan scan(Path contentRoot, Config config, Set<Path> skippedFolders) throws IOException {
        Path root = contentRoot.toAbsolutePath().normalize();
        Set<Path> skipped = new HashSet<>();
        skippedFolders.forEach(folder -> skipped.add(folder.toAbsolutePath().normalize()));
        List<ContentFile> files = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        List<String> allFiles = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                if (!folder.equals(root) && (skipped.contains(folder)
                        || ".git".equals(String.valueOf(folder.getFileName())))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String path = relative(root, file);
                allFiles.add(path);
                if (!config.includes(path)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isRegularFile()) {
                    Object key = attributes.fileKey();
                    files.add(new ContentFile(file, path, attributes.size(),
                            attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                            key == null ? 0 : key.hashCode()));
                } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    files.add(new ContentFile(file, path));
                } else if (attributes.isSymbolicLink() && !Files.exists(file)) {
                    unreadable.add(new Unreadable(path, brokenLink(file)));
                } else if (attributes.isOther() || attributes.isSymbolicLink()
                        && !Files.isDirectory(file)) {
                    // A named pipe read as a file would block the build until something writes
                    // to it; a device may never end. Neither is skipped in silence: a draft may
                    // be hidden behind the name.
                    unreadable.add(new Unreadable(path, notAFile(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String path = relative(root, file);
                if (config.includes(path)) {
                    unreadable.add(new Unreadable(path, describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(ContentFile::path));
        unreadable.sort(Comparator.comparing(Unreadable::path));
        return new Scan(files, unreadable, allFiles);
    }

    /** Why a symbolic link leads to no file: a loop of links, or nothing at its end. */
    static String brokenLink(Path link) {
        try {
            link.toRealPath();
        } catch (java.nio.file.FileSystemException e) {
            String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
            if (reason.contains("levels of symbolic links") || reason.contains("loop")) {
                return "a symbolic link loop";
            }
        } catch (IOException e) {
            // as below
        }
        return "a symbolic link to nothing";
    }

    /**
     * Why an entry that is neither a file nor a folder is not read: what it is, where the file
     * system says (the kind bits of a Unix mode), and what to do.
     */
    static String notAFile(Path entry) {
        String kind = "a special file";
        try {
            int mode = ((Number) Files.getAttribute(entry, "unix:mode")).intValue();
            kind = switch (mode & 0170000) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> kind;
            };
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException
                | ClassCastException e) {
            // Not a Unix file system: the general words above.
        }
        return "it is " + kind + ", not a regular file: replace it with the file, or exclude it";
    }

    static String relative(Path root, Path file) {
        // The walk gives each file as the root joined with more names, so its path under the
        // root is the rest of the string; Path.relativize, which is far slower, does the rest.
        String rootText = root.toString();
        String fileText = file.toString();
        String separator = root.getFileSystem().getSeparator();
        if (fileText.startsWith(rootText) && fileText.length() > rootText.length()) {
            int from = rootText.endsWith(separator) ? rootText.length() : rootText.length() + 1;
            if (rootText.endsWith(separator) || fileText.startsWith(separator, rootText.length())) {
                return fileText.substring(from).replace('\\', '/');
            }
        }
        return root.relativize(file).toString().replace('\\', '/');
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return switch (kind) {
            case "AccessDenied" -> "permission denied";
            case "NoSuchFile" -> "the file disappeared while being checked";
            case "FileSystemLoop" -> "a symbolic link loop";
            default -> e.getMessage() == null ? kind : e.getMessage();
        };
    }
}
