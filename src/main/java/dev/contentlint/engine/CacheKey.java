package dev.contentlint.engine;

import dev.contentlint.config.Config;
import dev.contentlint.config.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The key of a result cache: a hash of the plugin's version and of every file that can change
 * what a check finds: the configuration file, every file in the folders of its schemas (a schema
 * may {@code $ref} its neighbours; only the folder itself, which may be the project's) and every
 * style rule file that a type applies.
 */
public final class CacheKey {

    private CacheKey() {}

    public static String of(Config config, String pluginVersion) {
        TreeSet<Path> inputs = new TreeSet<>();
        config.file().ifPresent(inputs::add);
        for (ContentType type : config.allTypes()) {
            type.frontMatter().schema().ifPresent(schema -> addFiles(inputs,
                    schema.file().toAbsolutePath().getParent(), 1));
        }
        for (ContentType type : config.allTypes()) {
            type.styles().forEach(rule -> inputs.add(rule.file()));
            type.sections().forEach(section -> section.styles().forEach(rule -> inputs.add(rule.file())));
        }
        MessageDigest digest = sha256();
        update(digest, "contentlint " + pluginVersion);
        for (Path input : inputs) {
            update(digest, input.toAbsolutePath().normalize().toString());
            try {
                digest.update(Files.readAllBytes(input));
            } catch (IOException e) {
                update(digest, "unreadable");
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a file's bytes. */
    public static byte[] hash(byte[] bytes) {
        return sha256().digest(bytes);
    }

    /** The YAML and JSON files of a folder, to a depth. */
    private static void addFiles(TreeSet<Path> inputs, Path folder, int depth) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.(ya?ml|json)"))
                    .forEach(inputs::add);
        } catch (IOException | UncheckedIOException e) {
            inputs.add(folder); // read as unreadable: the key still changes if it comes back
        }
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
