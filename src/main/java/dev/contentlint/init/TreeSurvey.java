package dev.contentlint.init;

import dev.contentlint.config.Config;
import dev.contentlint.config.ContentType;
import dev.contentlint.config.Glob;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.document.FrontMatter;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.document.SourceText;
import dev.contentlint.engine.ContentFile;
import dev.contentlint.engine.FileBytes;
import dev.contentlint.engine.ContentScanner;
import dev.contentlint.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a content tree the way {@code validate} will: the same scanner (so the same files, in the
 * same order, with {@code .git} and the build folder left out), the same front matter reader and
 * YAML parser (so the same values, YAML 1.2 dates as text, the same duplicate-key handling).
 *
 * <p>What it leaves out becomes the configuration's {@code exclude}, so that {@code validate} leaves
 * out the same files:
 * <ul>
 *   <li>hidden files and folders ({@code .obsidian}, {@code .trash}, {@code .github}): editor and
 *       tool state, not content;</li>
 *   <li>a top-level {@code templates} folder (also {@code template}, {@code _templates}, any case):
 *       templates hold placeholders such as {@code {{date}}} that no real file has, and would
 *       keep a date field from being inferred as a date.</li>
 * </ul>
 */
final class TreeSurvey {

    /** Hidden files, and everything in hidden folders, at any depth. */
    static final List<String> HIDDEN = List.of("**/.*", "**/.*/**");

    private static final Set<String> TEMPLATE_FOLDERS =
            Set.of("templates", "template", "_templates", "_template");

    private final FrontMatterReader reader = new FrontMatterReader(new YamlParser());

    Survey survey(Path contentRoot, Set<Path> skippedFolders) throws IOException {
        Path root = contentRoot.toAbsolutePath().normalize();
        List<String> include = Config.DEFAULT_INCLUDE;
        List<String> exclude = new ArrayList<>(HIDDEN);
        exclude.addAll(templateFolders(root));

        ContentScanner.Scan all = new ContentScanner().scan(root, scanConfig(include, List.of()),
                skippedFolders);
        List<Glob> excludeGlobs = exclude.stream().map(Glob::compile).toList();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        Set<String> hidden = new TreeSet<>();
        List<ContentFile> kept = new ArrayList<>();
        for (ContentFile file : all.files()) {
            Optional<Glob> leftOutBy = excludeGlobs.stream().filter(g -> g.matches(file.path())).findFirst();
            if (leftOutBy.isEmpty()) {
                kept.add(file);
                continue;
            }
            excluded.merge(leftOutBy.get().toString(), 1, Integer::sum);
            hiddenFolder(file.path()).ifPresent(hidden::add);
        }
        List<SurveyedFile> files = new ArrayList<>(kept.parallelStream().map(this::read).toList());
        for (ContentScanner.Unreadable unreadable : all.unreadable()) {
            if (excludeGlobs.stream().noneMatch(g -> g.matches(unreadable.path()))) {
                files.add(new SurveyedFile(unreadable.path(), SurveyedFile.State.UNREADABLE, false,
                        Optional.empty()));
            }
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return new Survey(files, include, exclude, excluded, List.copyOf(hidden));
    }

    /** Reads one file as {@code FileChecker} does, keeping only what inference needs. */
    private SurveyedFile read(ContentFile file) {
        byte[] bytes;
        try {
            bytes = FileBytes.read(file.file(), Config.DEFAULT_MAX_FILE_SIZE);
        } catch (IOException e) {
            // Too large to read is as good as unreadable here: validate reports it as filesize.
            return new SurveyedFile(file.path(), SurveyedFile.State.UNREADABLE, false, Optional.empty());
        }
        SourceText source;
        try {
            source = SourceText.decode(bytes);
        } catch (CharacterCodingException e) {
            return new SurveyedFile(file.path(), SurveyedFile.State.NOT_UTF8, false, Optional.empty());
        }
        FrontMatter frontMatter = reader.read(source);
        if (!frontMatter.isPresent()) {
            return new SurveyedFile(file.path(), SurveyedFile.State.NO_FRONT_MATTER, false,
                    Optional.empty());
        }
        return new SurveyedFile(file.path(), SurveyedFile.State.FRONT_MATTER,
                !frontMatter.problems().isEmpty(), frontMatter.data());
    }

    private static List<String> templateFolders(Path root) throws IOException {
        List<String> globs = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                String name = String.valueOf(child.getFileName());
                if (Files.isDirectory(child) && TEMPLATE_FOLDERS.contains(name.toLowerCase(Locale.ROOT))) {
                    globs.add(name + "/**");
                }
            }
        }
        globs.sort(null);
        return globs;
    }

    /** The path of the first hidden folder on a path, if any. */
    private static Optional<String> hiddenFolder(String path) {
        String[] segments = path.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            prefix.append(i == 0 ? "" : "/").append(segments[i]);
            if (segments[i].startsWith(".")) {
                return Optional.of(prefix.toString());
            }
        }
        return Optional.empty();
    }

    static Config scanConfig(List<String> include, List<String> exclude) {
        return new Config(Optional.empty(), Optional.empty(),
                include.stream().map(Glob::compile).toList(),
                exclude.stream().map(Glob::compile).toList(), Optional.empty(), Optional.empty(),
                Map.of(), ContentType.defaults(), List.of(), LinkSettings.DEFAULT,
                Config.DEFAULT_MAX_FILE_SIZE, List.of());
    }
}
