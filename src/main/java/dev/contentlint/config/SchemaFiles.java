package dev.contentlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files a front-matter schema is read from, without compiling it: the schema, the YAML and
 * JSON files beside it (a {@code $ref} may name them by {@code $id}), and every local file a
 * {@code $ref} names, followed from file to file. The result cache's key is made of them, so
 * that a change to any of them is seen.
 */
final class SchemaFiles {

    /** More files than any schema is made of: a guard against a tree of refs without end. */
    private static final int MAX_FILES = 1_000;

    private SchemaFiles() {}

    static Set<Path> of(Path schema, YamlParser yamlParser) {
        Set<Path> files = new TreeSet<>();
        Deque<Path> toRead = new ArrayDeque<>();
        Path start = schema.toAbsolutePath().normalize();
        files.add(start);
        addNeighbours(files, start.getParent());
        toRead.add(start);
        Set<Path> read = new TreeSet<>();
        while (!toRead.isEmpty() && read.size() < MAX_FILES) {
            Path file = toRead.poll();
            if (!read.add(file) || !Files.isRegularFile(file)) {
                continue;
            }
            JsonNode node;
            try {
                ParsedYaml parsed = yamlParser.parse(Files.readString(file), 1);
                node = parsed.json();
            } catch (IOException | RuntimeException e) {
                continue; // compiling the schema reports what is wrong with it
            }
            for (Path target : refs(node, file.getParent(), new TreeSet<>())) {
                files.add(target);
                toRead.add(target);
            }
        }
        return files;
    }

    /** The local files the {@code $ref}s in a schema name, relative to its folder. */
    private static Set<Path> refs(JsonNode node, Path folder, Set<Path> found) {
        if (node == null) {
            return found;
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                localFile(ref.asText(), folder).ifPresent(found::add);
            }
            for (Iterator<JsonNode> values = node.elements(); values.hasNext(); ) {
                refs(values.next(), folder, found);
            }
        } else if (node.isArray()) {
            node.forEach(item -> refs(item, folder, found));
        }
        return found;
    }

    private static java.util.Optional<Path> localFile(String ref, Path folder) {
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        if (path.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null) {
                return "file".equals(uri.getScheme().toLowerCase(Locale.ROOT))
                        ? java.util.Optional.of(Path.of(uri).normalize())
                        : java.util.Optional.empty(); // remote: never fetched, never read
            }
            return java.util.Optional.of(folder.resolve(uri.getPath()).normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The YAML and JSON files of a folder, not its subfolders. */
    private static void addNeighbours(Set<Path> files, Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.(ya?ml|json)"))
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            files.add(folder); // read as unreadable: the key still changes if it comes back
        }
    }
}
