package dev.contentlint.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.config.ConfigException;
import dev.contentlint.config.EditDistance;
import dev.contentlint.document.SourceText;
import dev.contentlint.document.Span;
import dev.contentlint.rules.Severity;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.ValueKinds;
import dev.contentlint.yaml.YamlParser;
import dev.contentlint.yaml.YamlProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The Vale styles under a styles path: {@code <stylesPath>/<Style>/<Rule>.yml} (or {@code
 * .yaml}; files in subfolders are not rules here). Rule files are read when a configuration names
 * their style or them, each at most once per library; the library is used by the one thread that
 * reads the configuration.
 *
 * <p>What Vale rejects is a {@link ConfigException} here too, naming the file, line and key: a
 * missing {@code extends} or {@code message}, an unknown extension point, a {@code level} other
 * than {@code suggestion}, {@code warning} or {@code error} (Vale's default, where absent, is
 * {@code warning}), an unknown scope, an invalid regex, {@code code: true} (which Vale has
 * replaced by {@code scope: raw}). What Vale would read but contentlint does not apply is a
 * warning: a key neither Vale's common keys nor the extension point know (Vale rejects those; a
 * warning lets a style written for a newer Vale still load), a rule of an extension point that is
 * not applied yet, a token that can hardly match.
 */
public final class StyleLibrary {

    /** Keys every rule may set. {@code action}, {@code vocab} and {@code matchcase} are read by
     * Vale for fixes and vocabularies, which contentlint does not apply; they pass silently. */
    static final Set<String> COMMON_KEYS = Set.of("extends", "message", "level", "scope", "link",
            "limit", "description", "action", "vocab", "code", "matchcase");

    private static final List<String> LEVELS = List.of("suggestion", "warning", "error");

    private final Optional<Path> stylesPath;
    private final YamlParser yamlParser = new YamlParser();
    /** Each rule file read so far: its rule, or empty where it is not applied. */
    private final Map<Path, Optional<ValeRule>> loaded = new HashMap<>();
    private final Map<Path, List<String>> warnings = new LinkedHashMap<>();

    public StyleLibrary(Optional<Path> stylesPath) {
        this.stylesPath = stylesPath;
    }

    /** The folder the styles are read from, for messages that name it. */
    public Optional<Path> stylesPath() {
        return stylesPath;
    }

    /**
     * The rules a name stands for: a style folder ({@code write-good}: all its rules that are
     * applied, sorted by id) or one rule ({@code write-good.Weasel}: it, or nothing where its
     * extension point is not applied yet).
     *
     * @return empty where no such style or rule exists
     */
    public Optional<List<ValeRule>> resolve(String name) throws ConfigException {
        Map<String, Path> style = ruleFiles(name);
        if (!style.isEmpty()) {
            List<ValeRule> rules = new ArrayList<>();
            for (Map.Entry<String, Path> rule : style.entrySet()) {
                load(name, rule.getKey(), rule.getValue()).ifPresent(rules::add);
            }
            rules.sort(Comparator.comparing(ValeRule::id));
            return Optional.of(List.copyOf(rules));
        }
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            String styleName = name.substring(0, dot);
            Path file = ruleFiles(styleName).get(name.substring(dot + 1));
            if (file != null) {
                return Optional.of(load(styleName, name.substring(dot + 1), file).stream().toList());
            }
        }
        return Optional.empty();
    }

    /**
     * The rule files a name stands for, as {@link #resolve} finds them, without reading them.
     *
     * @return empty where no such style or rule exists
     */
    public Optional<List<Path>> ruleFilesOf(String name) {
        Map<String, Path> style = ruleFiles(name);
        if (!style.isEmpty()) {
            return Optional.of(List.copyOf(style.values()));
        }
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            Path file = ruleFiles(name.substring(0, dot)).get(name.substring(dot + 1));
            if (file != null) {
                return Optional.of(List.of(file));
            }
        }
        return Optional.empty();
    }

    /** The folders under the styles path that hold rule files, sorted. */
    public List<String> styleNames() {
        if (stylesPath.isEmpty() || !Files.isDirectory(stylesPath.get())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(stylesPath.get())) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !ruleFiles(name).isEmpty()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The warnings of the rules read so far, each {@code file:line:col: Style.Rule: key: problem}. */
    public List<String> warnings() {
        return warnings.values().stream().flatMap(List::stream).toList();
    }

    /** The rule files of a style by rule name; a .yml wins over a .yaml of the same name. */
    private Map<String, Path> ruleFiles(String style) {
        if (stylesPath.isEmpty() || style.isEmpty() || style.contains("/") || style.contains("\\")
                || style.equals(".") || style.equals("..")) {
            return Map.of();
        }
        Path folder = stylesPath.get().resolve(style);
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String rule = fileName.endsWith(".yml") ? fileName.substring(0, fileName.length() - 4)
                        : fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5)
                        : null;
                if (rule != null && !rule.isEmpty()
                        && (fileName.endsWith(".yml") || !files.containsKey(rule))) {
                    files.put(rule, file);
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return files;
    }

    private Optional<ValeRule> load(String style, String rule, Path file) throws ConfigException {
        Path key = file.toAbsolutePath().normalize();
        Optional<ValeRule> known = loaded.get(key);
        if (known != null) {
            return known;
        }
        RuleSource source = read(key, style + "." + rule);
        Optional<ValeRule> result;
        try {
            result = build(source);
        } finally {
            warnings.put(key, source.warnings());
        }
        loaded.put(key, result);
        return result;
    }

    private RuleSource read(Path file, String id) throws ConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, null, "cannot be read: " + e);
        }
        String text;
        try {
            text = SourceText.decode(bytes).text();
        } catch (CharacterCodingException e) {
            Span at = SourceText.firstInvalidByte(bytes);
            throw new ConfigException(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                    null, "not UTF-8 text");
        }
        ParsedYaml parsed = yamlParser.parse(text, 1);
        if (!parsed.problems().isEmpty()) {
            YamlProblem problem = parsed.problems().get(0);
            throw new ConfigException(file, problem.span().line(), problem.span().column(), null,
                    problem.message());
        }
        JsonNode root = parsed.json();
        if (!(root instanceof ObjectNode object)) {
            Span at = parsed.location("").map(l -> l.value()).orElse(Span.at(1, 1));
            throw new ConfigException(file, at.line(), at.column(), null,
                    "a Vale rule must be a mapping of keys to values, not " + ValueKinds.of(root));
        }
        return new RuleSource(file, id, parsed, object);
    }

    private Optional<ValeRule> build(RuleSource source) throws ConfigException {
        String extendsName = source.string("extends");
        String message = source.string("message");
        if (ExtensionPoints.NOT_APPLIED.contains(extendsName)) {
            source.warn("extends", "the '" + extendsName
                    + "' extension point is not applied yet; the rule is skipped");
            return Optional.empty();
        }
        ExtensionPoints.Point point = ExtensionPoints.point(extendsName).orElseThrow(() -> {
            Set<String> known = new TreeSet<>(ExtensionPoints.supported());
            known.addAll(ExtensionPoints.NOT_APPLIED);
            return source.error("extends", "unknown extension point '" + extendsName + "'"
                    + EditDistance.suggestion(extendsName, known) + "; known are "
                    + String.join(", ", known));
        });
        Severity level = level(source);
        Scope scope = scope(source);
        int limit = source.integer("limit", 0);
        if (limit < 0) {
            throw source.error("limit", "must not be negative, not " + limit);
        }
        if (source.bool("code", false)) {
            throw source.error("code", "is no longer read by Vale; use 'scope: raw' instead");
        }
        source.optionalString("description");
        Optional<String> link = source.optionalString("link");
        for (String key : source.keys()) {
            if (!COMMON_KEYS.contains(key) && !point.keys().contains(key)) {
                Set<String> known = new TreeSet<>(COMMON_KEYS);
                known.addAll(point.keys());
                source.warn(key, "unknown key '" + key + "' is ignored"
                        + EditDistance.suggestion(key, known) + "; '" + extendsName
                        + "' rules know " + String.join(", ", known));
            }
        }
        Check check = point.factory().create(source);
        return Optional.of(new ValeRule(source.id(), source.file(), extendsName, level,
                check.adaptMessage(message), scope, link, limit, check));
    }

    private static Severity level(RuleSource source) throws ConfigException {
        Optional<String> level = source.optionalString("level");
        if (level.isEmpty()) {
            return Severity.WARNING; // Vale's default
        }
        String value = level.get();
        if (!LEVELS.contains(value)) {
            throw source.error("level", "'" + value + "' is not one of " + String.join(", ", LEVELS)
                    + EditDistance.suggestion(value, LEVELS));
        }
        return Severity.parse(value).orElseThrow();
    }

    private static Scope scope(RuleSource source) throws ConfigException {
        try {
            return Scope.parse(source.strings("scope"));
        } catch (IllegalArgumentException e) {
            throw source.error("scope", e.getMessage());
        }
    }
}
