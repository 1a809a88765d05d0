package dev.contentlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.document.Span;
import dev.contentlint.rules.RuleIds;
import dev.contentlint.style.StyleLibrary;
import dev.contentlint.style.ValeRule;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.ValueKinds;
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
import java.util.OptionalInt;
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
            "stylesPath", "failOn", "levels", "defaults", "types", "links", "maxFileSize");
    private static final List<String> LINK_KEYS = List.of("anchors", "extensionless", "ignore");
    /** Keys that a type and the defaults share; sections and styles are read by later checks. */
    private static final List<String> RULE_KEYS = List.of("fileName", "frontMatter", "sectionOrder",
            "sections", "styles", "unique", "references");
    private static final List<String> TYPE_KEYS = concat(List.of("match"), RULE_KEYS);
    private static final List<String> MATCH_KEYS = List.of("paths", "frontMatter");
    private static final List<String> FRONT_MATTER_KEYS = List.of("required", "schema");
    private static final List<String> SECTION_KEYS = List.of("heading", "level", "required", "table",
            "styles");
    /** Where styles are looked for when the file names no {@code stylesPath}. */
    static final String DEFAULT_STYLES_PATH = "styles";

    private final YamlParser yamlParser = new YamlParser();

    /** Loads a configuration file, its schemas compiled and its style rules built. */
    public Config load(Path file) throws ConfigException {
        return stage(file).compile();
    }

    /**
     * Reads a configuration file, leaving its schemas and style rules to
     * {@link StagedConfig#compile}.
     */
    public StagedConfig stage(Path file) throws ConfigException {
        Path configFile = file.toAbsolutePath().normalize();
        String text;
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(configFile);
            text = dev.contentlint.document.SourceText.decode(bytes).text();
        } catch (CharacterCodingException e) {
            Span at = dev.contentlint.document.SourceText.firstInvalidByte(bytes);
            throw new ConfigException(configFile, at == null ? 0 : at.line(),
                    at == null ? 0 : at.column(), null, "not UTF-8 text: save the file as UTF-8");
        } catch (IOException e) {
            throw new ConfigException(configFile, 0, 0, null, "cannot be read: " + e);
        }
        ParsedYaml parsed = yamlParser.parse(text, 1);
        if (!parsed.problems().isEmpty()) {
            YamlProblem problem = parsed.problems().get(0);
            throw new ConfigException(configFile, problem.span().line(), problem.span().column(),
                    null, problem.message());
        }
        Reader first = new Reader(configFile, parsed, yamlParser, Optional.empty());
        Config structure = first.read();
        return new StagedConfig(structure, List.copyOf(first.inputs), () -> new Reader(configFile,
                parsed, yamlParser, Optional.of(new SchemaCompiler(yamlParser))).read());
    }

    /** One reading of one file. */
    private static final class Reader {
        private final Path file;
        private final Path folder;
        private final ParsedYaml yaml;
        private final YamlParser yamlParser;
        /** Empty in the first stage, which finds schemas and style rules but does not compile. */
        private final Optional<SchemaCompiler> schemas;
        private final ConfigValues values;
        private final Set<Path> inputs = new java.util.LinkedHashSet<>();
        private StyleLibrary styles;

        Reader(Path file, ParsedYaml yaml, YamlParser yamlParser, Optional<SchemaCompiler> schemas) {
            this.file = file;
            this.values = new ConfigValues(file, yaml);
            this.folder = file.getParent();
            this.yaml = yaml;
            this.yamlParser = yamlParser;
            this.schemas = schemas;
            inputs.add(file);
        }

        /** The second stage, which compiles schemas and builds style rules. */
        private boolean compiling() {
            return schemas.isPresent();
        }

        Config read() throws ConfigException {
            JsonNode root = yaml.json();
            if (root == null || root.isNull()) {
                return withFile(Config.empty());
            }
            ObjectNode top = values.object(root, "", "(top level)");
            values.checkKeys(top, "", "", TOP_KEYS);
            Optional<Path> content = values.optionalString(top, "", "content").map(folder::resolve);
            List<Glob> include = top.has("include") ? values.globs(top, "", "include")
                    : Config.DEFAULT_INCLUDE.stream().map(Glob::compile).toList();
            List<Glob> exclude = top.has("exclude") ? values.globs(top, "", "exclude") : List.of();
            Optional<Path> stylesPath = values.optionalString(top, "", "stylesPath").map(folder::resolve);
            styles = new StyleLibrary(Optional.of(stylesPath.orElse(folder.resolve(DEFAULT_STYLES_PATH))));
            Optional<FailOn> failOn = Optional.empty();
            if (top.has("failOn")) {
                String value = values.string(top, "", "failOn");
                failOn = Optional.of(FailOn.parse(value).orElseThrow(() -> values.place("/failOn", "failOn")
                        .error("'" + value + "' is not one of error, warning, suggestion, none")));
            }
            Map<String, Level> levels = top.has("levels") ? levels(top.get("levels")) : Map.of();
            ContentType defaults = top.has("defaults")
                    ? type(ContentType.DEFAULTS, top.get("defaults"), "/defaults", "defaults", false)
                    : ContentType.defaults();
            List<ContentType> types = top.has("types") ? types(top.get("types")) : List.of();
            checkReferencedTypes(defaults, types);
            LinkSettings links = top.has("links") ? links(top.get("links")) : LinkSettings.DEFAULT;
            long maxFileSize = top.has("maxFileSize") ? maxFileSize(top.get("maxFileSize"))
                    : Config.DEFAULT_MAX_FILE_SIZE;
            return new Config(Optional.of(file), content, include, exclude, stylesPath, failOn,
                    levels, defaults, types, links, maxFileSize, styles.warnings());
        }

        private long maxFileSize(JsonNode node) throws ConfigException {
            ConfigPlace place = values.place("/maxFileSize", "maxFileSize");
            if (!node.isTextual() && !node.isNumber()) {
                throw place.error("must be a size, as '64 MB', not " + ValueKinds.of(node));
            }
            long bytes;
            try {
                bytes = ByteSize.parse(node.asText());
            } catch (IllegalArgumentException e) {
                throw place.error(e.getMessage());
            }
            if (bytes < 1024 || bytes > Config.MAX_FILE_SIZE_CEILING) {
                throw place.error("'" + node.asText() + "' is outside 1 KB to 1 GB");
            }
            return bytes;
        }

        private Config withFile(Config config) {
            return new Config(Optional.of(file), config.content(), config.include(),
                    config.exclude(), config.stylesPath(), config.failOn(), config.levels(),
                    config.defaults(), config.types(), config.links(), config.maxFileSize(),
                    config.warnings());
        }

        private Map<String, Level> levels(JsonNode node) throws ConfigException {
            ObjectNode levels = values.object(node, "/levels", "levels");
            Map<String, Level> result = new LinkedHashMap<>();
            for (Iterator<String> ids = levels.fieldNames(); ids.hasNext(); ) {
                String id = ids.next();
                String pointer = "/levels/" + ParsedYaml.escape(id);
                String key = "levels." + id;
                if (!RuleIds.isKnownOrStyle(id)) {
                    throw values.keyPlace(pointer, key).error("unknown rule id '" + id + "'"
                            + EditDistance.suggestion(id, RuleIds.BUILT_IN)
                            + "; built-in ids are " + String.join(", ", sorted(RuleIds.BUILT_IN))
                            + ", style rules are Style.Rule");
                }
                JsonNode value = levels.get(id);
                // 'off' is also what YAML 1.1 tools would have made a boolean of; accept false.
                String text = value.isBoolean() && !value.asBoolean() ? "off" : value.asText();
                Level level = value.isValueNode() ? Level.parse(text).orElse(null) : null;
                if (level == null) {
                    throw values.place(pointer, key).error("'" + text
                            + "' is not one of error, warning, suggestion, off");
                }
                result.put(id, level);
            }
            return result;
        }

        private List<ContentType> types(JsonNode node) throws ConfigException {
            ObjectNode types = values.object(node, "/types", "types");
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
            ObjectNode type = values.object(node, pointer, key);
            values.checkKeys(type, pointer, key, isType ? TYPE_KEYS : RULE_KEYS);
            List<Glob> paths = List.of();
            Map<String, JsonNode> frontMatterMatch = Map.of();
            if (type.has("match")) {
                ObjectNode match = values.object(type.get("match"), pointer + "/match", key + ".match");
                values.checkKeys(match, pointer + "/match", key + ".match", MATCH_KEYS);
                if (match.has("paths")) {
                    paths = values.globs(match, pointer + "/match", key + ".match.paths");
                }
                if (match.has("frontMatter")) {
                    String at = pointer + "/match/frontMatter";
                    ObjectNode fields = values.object(match.get("frontMatter"), at, key + ".match.frontMatter");
                    Map<String, JsonNode> wanted = new LinkedHashMap<>();
                    fields.fields().forEachRemaining(e -> wanted.put(e.getKey(), e.getValue()));
                    frontMatterMatch = wanted;
                }
            }
            Optional<Pattern> fileName = Optional.empty();
            if (type.has("fileName")) {
                String regex = values.string(type, pointer, key + ".fileName");
                try {
                    fileName = Optional.of(Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    throw values.place(pointer + "/fileName", key + ".fileName").error("invalid regex: "
                            + e.getDescription() + " near index " + e.getIndex() + " of '"
                            + regex + "'");
                }
            }
            FrontMatterSettings frontMatter = type.has("frontMatter")
                    ? frontMatter(type.get("frontMatter"), pointer + "/frontMatter", key + ".frontMatter")
                    : FrontMatterSettings.NONE;
            boolean strictOrder = false;
            if (type.has("sectionOrder")) {
                String order = values.string(type, pointer, key + ".sectionOrder");
                if (!order.equals("strict") && !order.equals("any")) {
                    throw values.place(pointer + "/sectionOrder", key + ".sectionOrder")
                            .error("'" + order + "' is not one of strict, any");
                }
                strictOrder = order.equals("strict");
            }
            List<SectionSpec> sections = type.has("sections")
                    ? sections(type.get("sections"), pointer + "/sections", key + ".sections")
                    : List.of();
            List<ValeRule> typeStyles = type.has("styles")
                    ? styleRules(type, pointer, key + ".styles") : List.of();
            List<String> unique = type.has("unique") ? values.strings(type, pointer, key + ".unique")
                    : List.of();
            Map<String, String> references = type.has("references")
                    ? references(type.get("references"), pointer + "/references", key + ".references")
                    : Map.of();
            return new ContentType(name, paths, frontMatterMatch, fileName, frontMatter, sections,
                    strictOrder, typeStyles, unique, references);
        }

        /** {@code references: {key: type}}: each key's values name files of that type, or any. */
        private Map<String, String> references(JsonNode node, String pointer, String key)
                throws ConfigException {
            ObjectNode references = values.object(node, pointer, key);
            Map<String, String> result = new LinkedHashMap<>();
            for (Iterator<String> names = references.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                String target = references.get(field).isNull() ? ContentType.ANY_TYPE
                        : values.string(references, pointer, key + "." + field);
                result.put(field, target);
            }
            return result;
        }

        /** A reference must name a type that exists: a typo would make every value wrong. */
        private void checkReferencedTypes(ContentType defaults, List<ContentType> types)
                throws ConfigException {
            Set<String> names = new java.util.LinkedHashSet<>();
            types.forEach(t -> names.add(t.name()));
            names.add(ContentType.DEFAULTS);
            List<ContentType> all = new ArrayList<>(types);
            all.add(defaults);
            for (ContentType type : all) {
                String pointer = type.name().equals(ContentType.DEFAULTS) && !types.contains(type)
                        ? "/defaults" : "/types/" + ParsedYaml.escape(type.name());
                String key = pointer.equals("/defaults") ? "defaults" : "types." + type.name();
                for (Map.Entry<String, String> reference : type.references().entrySet()) {
                    String target = reference.getValue();
                    if (!target.equals(ContentType.ANY_TYPE) && !names.contains(target)) {
                        String field = reference.getKey();
                        throw values.place(pointer + "/references/" + ParsedYaml.escape(field),
                                key + ".references." + field).error("no type named '" + target
                                + "'" + EditDistance.suggestion(target, names) + "; name a type of this file, "
                                + String.join(", ", names) + ", or " + ContentType.ANY_TYPE);
                    }
                }
            }
        }

        /** {@code links: false}, or how to check them. */
        private LinkSettings links(JsonNode node) throws ConfigException {
            if (node.isBoolean()) {
                return node.asBoolean() ? LinkSettings.DEFAULT
                        : new LinkSettings(false, false, false, List.of());
            }
            ObjectNode links = values.object(node, "/links", "links");
            values.checkKeys(links, "/links", "links", LINK_KEYS);
            boolean anchors = values.bool(links, "/links", "links.anchors", true);
            boolean extensionless = values.bool(links, "/links", "links.extensionless", false);
            List<Pattern> ignore = new ArrayList<>();
            if (links.has("ignore")) {
                List<String> regexes = values.strings(links, "/links", "links.ignore");
                for (int i = 0; i < regexes.size(); i++) {
                    try {
                        ignore.add(Pattern.compile(regexes.get(i)));
                    } catch (PatternSyntaxException e) {
                        String at = links.get("ignore").isArray() ? "/links/ignore/" + i : "/links/ignore";
                        throw values.place(at, "links.ignore").error("invalid regex: " + e.getDescription()
                                + " near index " + e.getIndex() + " of '" + regexes.get(i) + "'");
                    }
                }
            }
            return new LinkSettings(true, anchors, extensionless, ignore);
        }

        private List<SectionSpec> sections(JsonNode node, String pointer, String key)
                throws ConfigException {
            if (!node.isArray()) {
                throw values.place(pointer, key).error("must be a list of sections, each with a heading");
            }
            List<SectionSpec> sections = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String itemPointer = pointer + "/" + i;
                String itemKey = key + "[" + (i + 1) + "]";
                JsonNode item = node.get(i);
                int line = values.place(itemPointer, itemKey).line();
                if (item.isTextual()) {
                    sections.add(section(item.asText(), itemPointer, itemKey, OptionalInt.empty(),
                            true, List.of(), List.of(), line));
                    continue;
                }
                ObjectNode section = values.object(item, itemPointer, itemKey);
                values.checkKeys(section, itemPointer, itemKey, SECTION_KEYS);
                if (!section.has("heading")) {
                    throw values.place(itemPointer, itemKey).error("a section needs a heading: exact text,"
                            + " PREFIX* or /regex/");
                }
                String heading = values.string(section, itemPointer, itemKey + ".heading");
                OptionalInt level = OptionalInt.empty();
                if (section.has("level")) {
                    JsonNode value = section.get("level");
                    if (!value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > 6) {
                        throw values.place(itemPointer + "/level", itemKey + ".level")
                                .error("'" + value.asText() + "' is not a heading level from 1 to 6");
                    }
                    level = OptionalInt.of(value.asInt());
                }
                boolean required = values.bool(section, itemPointer, itemKey + ".required", true);
                List<String> table = section.has("table")
                        ? values.strings(section, itemPointer, itemKey + ".table") : List.of();
                if (section.has("table") && table.isEmpty()) {
                    throw values.place(itemPointer + "/table", itemKey + ".table")
                            .error("list the table's header columns");
                }
                List<ValeRule> sectionStyles = section.has("styles")
                        ? styleRules(section, itemPointer, itemKey + ".styles") : List.of();
                for (SectionSpec listed : sections) {
                    if (listed.heading().trim().equalsIgnoreCase(heading.trim())) {
                        throw values.place(itemPointer + "/heading", itemKey + ".heading").error("'"
                                + heading + "' is listed twice (first at line " + listed.line()
                                + "); a heading can fill only one listed section");
                    }
                }
                sections.add(section(heading, itemPointer + "/heading", itemKey + ".heading", level,
                        required, table, sectionStyles, line));
            }
            return sections;
        }

        private SectionSpec section(String heading, String pointer, String key, OptionalInt level,
                boolean required, List<String> table, List<ValeRule> rules, int line)
                throws ConfigException {
            if (heading.isBlank()) {
                throw values.place(pointer, key).error("the heading is empty");
            }
            Pattern pattern = null;
            if (heading.length() > 2 && heading.startsWith("/") && heading.endsWith("/")) {
                String regex = heading.substring(1, heading.length() - 1);
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw values.place(pointer, key).error("invalid regex: " + e.getDescription()
                            + " near index " + e.getIndex() + " of '" + regex + "'");
                }
            }
            return new SectionSpec(heading, pattern, level, required, table, rules, line);
        }

        /** The style rules a {@code styles} list names: styles, or single {@code Style.Rule}s. */
        private List<ValeRule> styleRules(ObjectNode parent, String parentPointer, String key)
                throws ConfigException {
            List<String> names = values.strings(parent, parentPointer, key);
            String pointer = parentPointer + "/styles";
            Map<String, ValeRule> rules = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Optional<List<Path>> files = styles.ruleFilesOf(name);
                if (files.isEmpty()) {
                    String itemPointer = parent.get("styles").isArray() ? pointer + "/" + i : pointer;
                    throw values.place(itemPointer, key).error(unknownStyle(name));
                }
                files.get().forEach(f -> inputs.add(f.toAbsolutePath().normalize()));
                if (compiling()) {
                    styles.resolve(name).orElseThrow()
                            .forEach(rule -> rules.putIfAbsent(rule.id(), rule));
                }
            }
            return List.copyOf(rules.values());
        }

        private String unknownStyle(String name) {
            Path stylesPath = styles.stylesPath().orElseThrow();
            if (!Files.isDirectory(stylesPath)) {
                return "no style '" + name + "': the styles folder " + stylesPath
                        + " does not exist; set stylesPath to the folder that holds <Style>/<Rule>.yml";
            }
            List<String> known = styles.styleNames();
            return "no style or rule '" + name + "' in " + stylesPath + EditDistance.suggestion(name, known)
                    + (known.isEmpty() ? "; the folder holds no styles"
                            : "; styles there: " + String.join(", ", known));
        }

        private FrontMatterSettings frontMatter(JsonNode node, String pointer, String key)
                throws ConfigException {
            ObjectNode settings = values.object(node, pointer, key);
            values.checkKeys(settings, pointer, key, FRONT_MATTER_KEYS);
            boolean required = values.bool(settings, pointer, key + ".required", false);
            Optional<FrontMatterSchema> schema = Optional.empty();
            if (settings.has("schema")) {
                String path = values.string(settings, pointer, key + ".schema");
                ConfigPlace where = values.place(pointer + "/schema", key + ".schema");
                Path schemaFile = SchemaCompiler.existing(folder.resolve(path), where);
                inputs.addAll(SchemaFiles.of(schemaFile, yamlParser));
                if (compiling()) {
                    schema = Optional.of(schemas.get().compile(schemaFile, where));
                }
            }
            return new FrontMatterSettings(required, schema);
        }

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
