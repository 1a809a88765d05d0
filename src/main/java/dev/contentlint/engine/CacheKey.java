package dev.contentlint.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The key of a result cache: a hash of the plugin's version, the Java version (whose regex
 * engine runs the rules) and every file that can change what a check finds, as the
 * configuration lists them ({@link dev.contentlint.config.StagedConfig#inputs}): the
 * configuration file, its schemas with their neighbours and the files their {@code $ref}s name,
 * and every style rule file that a type applies.
 */
public final class CacheKey {

    private CacheKey() {}

    public static String of(Collection<Path> inputs, String pluginVersion) {
        return of(null, inputs, pluginVersion);
    }

    /**
     * The key, with each input named by its path from {@code base} (the configuration file's
     * folder), so that a clone of the project in another folder, on another machine or in a
     * CI job's fresh checkout, has the key of the tree it was cloned from and can take its
     * files from a result cache carried over. An input that has no such path (another drive)
     * is named by its absolute path.
     */
    public static String of(Path base, Collection<Path> inputs, String pluginVersion) {
        Path from = base == null ? null : base.toAbsolutePath().normalize();
        TreeMap<String, Path> sorted = new TreeMap<>();
        inputs.forEach(input -> {
            Path path = input.toAbsolutePath().normalize();
            sorted.put(name(from, path), path);
        });
        MessageDigest digest = sha256();
        update(digest, "contentlint " + pluginVersion);
        update(digest, "java " + System.getProperty("java.specification.version"));
        sorted.forEach((name, input) -> {
            update(digest, name);
            try {
                digest.update(Files.readAllBytes(input));
            } catch (IOException e) {
                update(digest, "unreadable");
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String name(Path base, Path input) {
        if (base != null && input.getRoot() != null && input.getRoot().equals(base.getRoot())) {
            return base.relativize(input).toString().replace('\\', '/');
        }
        return input.toString();
    }

    /** The SHA-256 of a file's bytes. */
    public static byte[] hash(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
