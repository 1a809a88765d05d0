package dev.contentlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What tells one build of contentlint from another in the result cache's key: its version and
 * the SHA-256 of the jar it runs from. A SNAPSHOT rebuilt with other rules keeps its version, and
 * findings an earlier build cached must not be taken for this build's.
 */
public final class PluginBuild {

    private PluginBuild() {}

    /** The version, then the digest of the jar that holds this class where it runs from one. */
    public static String identity(String version) {
        return version + codeLocation().flatMap(PluginBuild::jarDigest).map(digest -> " " + digest)
                .orElse("");
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = PluginBuild.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty(); // not a file: the version alone, as before there was a digest
        }
    }

    /**
     * The SHA-256 of a jar's bytes, or empty where the classes come from a folder (the plugin's
     * own tests) or the jar cannot be read: then only the version keys the cache.
     */
    static Optional<String> jarDigest(Path location) {
        if (!Files.isRegularFile(location)) {
            return Optional.empty();
        }
        MessageDigest digest = CacheKey.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(location)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }
}
