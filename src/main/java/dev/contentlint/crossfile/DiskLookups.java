package dev.contentlint.crossfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The looks at the disk that the checks across files take beyond the scan of the content tree:
 * whether a path that leaves the content root exists, and the bytes of an excluded file whose
 * anchors a link names. Each look is remembered with what it saw, so that a later run can tell,
 * by looking again, whether those checks would see the same as this run did (the result cache
 * keeps their findings on that condition).
 *
 * <p>Used from every checking thread at once.
 */
public final class DiskLookups {

    private final Path root;
    private final long maxFileSize;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    /**
     * @param root the content root, absolute and normalised
     * @param maxFileSize the largest file that is read; a larger one is taken as unreadable
     */
    public DiskLookups(Path root, long maxFileSize) {
        this.root = root;
        this.maxFileSize = maxFileSize;
    }

    /** Whether a path exists; remembered by its path relative to the root. */
    public boolean exists(Path absolute) {
        boolean exists = Files.exists(absolute);
        seen.put("exists " + relative(absolute), String.valueOf(exists));
        return exists;
    }

    /** The bytes of a file under the root by its path there; remembered by their hash. */
    public byte[] read(String path) throws IOException {
        try {
            Path file = root.resolve(path);
            if (Files.size(file) > maxFileSize) {
                throw new IOException(path + " is larger than maxFileSize");
            }
            byte[] bytes = Files.readAllBytes(file);
            seen.put("read " + path, sha256(bytes));
            return bytes;
        } catch (IOException e) {
            seen.put("read " + path, "unreadable");
            throw e;
        }
    }

    /** Every look taken so far, and what it saw. */
    public Map<String, String> seen() {
        return new HashMap<>(seen);
    }

    /** Whether looking again, from a root and with the same limit, sees all that was seen then. */
    public static boolean unchanged(Path root, Map<String, String> seen, long maxFileSize) {
        DiskLookups again = new DiskLookups(root, maxFileSize);
        for (Map.Entry<String, String> look : seen.entrySet()) {
            String key = look.getKey();
            int space = key.indexOf(' ');
            String kind = space < 0 ? "" : key.substring(0, space);
            String path = key.substring(space + 1);
            switch (kind) {
                case "exists" -> again.exists(root.resolve(path).normalize());
                case "read" -> {
                    try {
                        again.read(path);
                    } catch (IOException e) {
                        // seen as unreadable, compared below
                    }
                }
                default -> {
                    return false;
                }
            }
            if (!look.getValue().equals(again.seen.get(key))) {
                return false;
            }
        }
        return true;
    }

    private String relative(Path absolute) {
        return root.relativize(absolute).toString().replace('\\', '/');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
