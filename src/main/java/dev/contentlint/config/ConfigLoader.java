package dev.contentlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.document.Span;
import dev.contentlint.rules.RuleIds;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.ValueKinds;
import dev.contentlint.yaml.YamlLocation;
import dev.contentlint.yaml.YamlParser;
import dev.contentlint.yaml.YamlProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code contentlint.yaml}. Every mistake is a {@link ConfigException} naming the file, the
 * line and the key: unknown keys (with the closest known one), wrong value kinds, bad globs and
 * regexes, missing or invalid schema files.
 */
public final class ConfigLoader {

    private static final List<String> TOP_KEYS = List.of("content", "include", "exclude",
            "stylesPath", "failOn", "levels", "defaults", "types");
    /** Keys that a type and the defaults share; sections and styles are read by later checks. */
    private static final List<String> RULE_KEYS = List.of("fileName", "frontMatter", "sectionOrder",
            "sections", "styles");
    private static final List<String> TYPE_KEYS = concat(List.of("match"), RULE_KEYS);
    private static final List<String> MATCH_KEYS = List.of("paths", "frontMatter");
    private static final List<String> FRONT_MATTER_KEYS = List.of("required", "schema");

    private final YamlParser yamlParser = new YamlParser();

    /** Loads a configuration file. */
    public Config load(Path file) throws ConfigException {
        Path configFile = file.toAbsolutePath().normalize();
        String text;
        try {
            text = dev.contentlint.document.SourceText.decode(Files.readAllBytes(configFile)).text();
        } catch (CharacterCodingException e) {
            throw new ConfigException(configFile, 0, 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(configFile, 0, 0, null, "cannot be read: " + e);
        }
        ParsedYaml parsed = yamlParser.parse(text, 1);
        if (!parsed.problems().isEmpty()) {
            YamlProblem problem = parsed.problems().get(0);
            throw new ConfigException(configFile, problem.span().line(), problem.span().column(),
                    null, problem.message());
        }
        return new Reader(configFile, parsed, new SchemaCompiler(yamlParser)).read();
    }

    /** One reading of one file. */
    private static final class Reader {
        private final Path file;
        private final Path folder;
        private final ParsedYaml yaml;
        private final SchemaCompiler schemas;

        Reader(Path file, ParsedYaml yaml, SchemaCompiler schemas) {
            this.file = file;
            this.folder = file.getParent();
            this.yaml = yaml;
            this.schemas = schemas;
        }

        Config read() throws ConfigException {
            JsonNode root = yaml.json();
            if (root == null || root.isNull()) {
                return withFile(Config.empty());
            }
            ObjectNode top = object(root, "", "(top level)");
            checkKeys(top, "", "", TOP_KEYS);
            Optional<Path> content = optionalString(top, "", "content").map(folder::resolve);
            List<Glob> include = top.has("include") ? globs(top, "", "include")
                    : Config.DEFAULT_INCLUDE.stream().map(Glob::compile).toList();
            List<Glob> exclude = top.has("exclude") ? globs(top, "", "exclude") : List.of();
            Optional<Path> stylesPath = optionalString(top, "", "stylesPath").map(folder::resolve);
            Optional<FailOn> failOn = Optional.empty();
            if (top.has("failOn")) {
                String value = string(top, "", "failOn");
                failOn = Optional.of(FailOn.parse(value).orElseThrow(() -> place("/failOn", "failOn")
                        .error("'" + value + "' is not one of error, warning, suggestion, none")));
            }
            Map<String, Level> levels = top.has("levels") ? levels(top.get("levels")) : Map.of();
            ContentType defaults = top.has("defaults")
                    ? type(ContentType.DEFAULTS, top.get("defaults"), "/defaults", "defaults", false)
                    : ContentType.defaults();
            List<ContentType> types = top.has("types") ? types(top.get("types")) : List.of();
            return new Config(Optional.of(file), content, include, exclude, stylesPath, failOn,
                    levels, defaults, types);
        }

        private Config withFile(Config config) {
            return new Config(Optional.of(file), config.content(), config.include(),
                    config.exclude(), config.stylesPath(), config.failOn(), config.levels(),
                    config.defaults(), config.types());
        }

        private Map<String, Level> levels(JsonNode node) throws ConfigException {
            ObjectNode levels = object(node, "/levels", "levels");
            Map<String, Level> result = new LinkedHashMap<>();
            for (Iterator<String> ids = levels.fieldNames(); ids.hasNext(); ) {
                String id = ids.next();
                String pointer = "/levels/" + ParsedYaml.escape(id);
                String key = "levels." + id;
                if (!RuleIds.isKnownOrStyle(id)) {
                    throw keyPlace(pointer, key).error("unknown rule id '" + id + "'"
                            + suggestion(id, RuleIds.BUILT_IN)
                            + "; built-in ids are " + String.join(", ", sorted(RuleIds.BUILT_IN))
                            + ", style rules are Style.Rule");
                }
                JsonNode value = levels.get(id);
                // 'off' is also what YAML 1.1 tools would have made a boolean of; accept false.
                String text = value.isBoolean() && !value.asBoolean() ? "off" : value.asText();
                Level level = value.isValueNode() ? Level.parse(text).orElse(null) : null;
                if (level == null) {
                    throw place(pointer, key).error("'" + text
                            + "' is not one of error, warning, suggestion, off");
                }
                result.put(id, level);
            }
            return result;
        }

        private List<ContentType> types(JsonNode node) throws ConfigException {
            ObjectNode types = object(node, "/types", "types");
            List<ContentType> result = new ArrayList<>();
            for (Iterator<String> names = types.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String pointer = "/types/" + ParsedYaml.escape(name);
                result.add(type(name, types.get(name), pointer, "types." + name, true));
            }
            return result;
        }

        private ContentType type(String name, JsonNode node, String pointer, String key,
                boolean isType) throws ConfigException {
            if (node.isNull()) {
                return new ContentType(name, List.of(), Map.of(), Optional.empty(),
                        FrontMatterSettings.NONE);
            }
            ObjectNode type = object(node, pointer, key);
            checkKeys(type, pointer, key, isType ? TYPE_KEYS : RULE_KEYS);
            List<Glob> paths = List.of();
            Map<String, JsonNode> frontMatterMatch = Map.of();
            if (type.has("match")) {
                ObjectNode match = object(type.get("match"), pointer + "/match", key + ".match");
                checkKeys(match, pointer + "/match", key + ".match", MATCH_KEYS);
                if (match.has("paths")) {
                    paths = globs(match, pointer + "/match", key + ".match.paths");
                }
                if (match.has("frontMatter")) {
                    String at = pointer + "/match/frontMatter";
                    ObjectNode values = object(match.get("frontMatter"), at, key + ".match.frontMatter");
                    Map<String, JsonNode> wanted = new LinkedHashMap<>();
                    values.fields().forEachRemaining(e -> wanted.put(e.getKey(), e.getValue()));
                    frontMatterMatch = wanted;
                }
            }
            Optional<Pattern> fileName = Optional.empty();
            if (type.has("fileName")) {
                String regex = string(type, pointer, key + ".fileName");
                try {
                    fileName = Optional.of(Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    throw place(pointer + "/fileName", key + ".fileName").error("invalid regex: "
                            + e.getDescription() + " near index " + e.getIndex() + " of '"
                            + regex + "'");
                }
            }
            FrontMatterSettings frontMatter = type.has("frontMatter")
                    ? frontMatter(type.get("frontMatter"), pointer + "/frontMatter", key + ".frontMatter")
                    : FrontMatterSettings.NONE;
            if (type.has("sectionOrder")) {
                String order = string(type, pointer, key + ".sectionOrder");
                if (!order.equals("strict") && !order.equals("any")) {
                    throw place(pointer + "/sectionOrder", key + ".sectionOrder")
                            .error("'" + order + "' is not one of strict, any");
                }
            }
            if (type.has("sections") && !type.get("sections").isArray()) {
                throw place(pointer + "/sections", key + ".sections").error("must be a list");
            }
            if (type.has("styles")) {
                strings(type, pointer, key + ".styles");
            }
            return new ContentType(name, paths, frontMatterMatch, fileName, frontMatter);
        }

        private FrontMatterSettings frontMatter(JsonNode node, String pointer, String key)
                throws ConfigException {
            ObjectNode settings = object(node, pointer, key);
            checkKeys(settings, pointer, key, FRONT_MATTER_KEYS);
            boolean required = false;
            if (settings.has("required")) {
                JsonNode value = settings.get("required");
                if (!value.isBoolean()) {
                    throw place(pointer + "/required", key + ".required")
                            .error("'" + value.asText() + "' is not true or false");
                }
                required = value.asBoolean();
            }
            Optional<FrontMatterSchema> schema = Optional.empty();
            if (settings.has("schema")) {
                String path = string(settings, pointer, key + ".schema");
                schema = Optional.of(schemas.compile(folder.resolve(path),
                        place(pointer + "/schema", key + ".schema")));
            }
            return new FrontMatterSettings(required, schema);
        }

        private List<Glob> globs(ObjectNode parent, String parentPointer, String key)
                throws ConfigException {
            List<String> texts = strings(parent, parentPointer, key);
            String pointer = parentPointer + "/" + lastSegment(key);
            List<Glob> globs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                try {
                    globs.add(Glob.compile(texts.get(i)));
                } catch (IllegalArgumentException e) {
                    String itemPointer = parent.get(lastSegment(key)).isArray() ? pointer + "/" + i : pointer;
                    throw place(itemPointer, key).error("invalid glob: " + e.getMessage());
                }
            }
            return globs;
        }

        /** A list of strings; a single string is taken as a list of one. */
        private List<String> strings(ObjectNode parent, String parentPointer, String key)
                throws ConfigException {
            String name = lastSegment(key);
            JsonNode value = parent.get(name);
            String pointer = parentPointer + "/" + ParsedYaml.escape(name);
            if (value.isTextual()) {
                return List.of(value.asText());
            }
            if (!value.isArray()) {
                throw place(pointer, key).error("must be a list of text values");
            }
            List<String> result = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isTextual()) {
                    throw place(pointer + "/" + i, key).error("item " + (i + 1)
                            + " must be text, not " + ValueKinds.of(item));
                }
                result.add(item.asText());
            }
            return result;
        }

        private String string(ObjectNode parent, String parentPointer, String key)
                throws ConfigException {
            String name = lastSegment(key);
            JsonNode value = parent.get(name);
            if (!value.isTextual() && !value.isNumber()) {
                throw place(parentPointer + "/" + ParsedYaml.escape(name), key)
                        .error("must be text, not " + ValueKinds.of(value));
            }
            return value.asText();
        }

        private Optional<String> optionalString(ObjectNode parent, String parentPointer, String key)
                throws ConfigException {
            if (!parent.has(key) || parent.get(key).isNull()) {
                return Optional.empty();
            }
            return Optional.of(string(parent, parentPointer, key));
        }

        private ObjectNode object(JsonNode node, String pointer, String key) throws ConfigException {
            if (!(node instanceof ObjectNode object)) {
                throw place(pointer, key).error("must be a mapping of keys to values, not " + ValueKinds.of(node));
            }
            return object;
        }

        private void checkKeys(ObjectNode object, String pointer, String key, List<String> allowed)
                throws ConfigException {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    String where = key.isEmpty() ? "the top level" : "'" + key + "'";
                    throw keyPlace(pointer + "/" + ParsedYaml.escape(name),
                            key.isEmpty() ? name : key + "." + name)
                            .error("unknown key '" + name + "' in " + where + suggestion(name, allowed)
                                    + "; known keys: " + String.join(", ", allowed));
                }
            }
        }

        private ConfigPlace place(String pointer, String key) {
            Span span = yaml.location(pointer).map(YamlLocation::valueOrKey).orElse(Span.at(1, 1));
            return new ConfigPlace(file, span.line(), span.column(), key);
        }

        private ConfigPlace keyPlace(String pointer, String key) {
            Span span = yaml.location(pointer).map(YamlLocation::key).orElse(Span.at(1, 1));
            return new ConfigPlace(file, span.line(), span.column(), key);
        }
    }

    private static String lastSegment(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }

    /** " (did you mean 'x'?)" for the closest candidate within two edits, else nothing. */
    static String suggestion(String given, Iterable<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int distance = EditDistance.between(given.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
