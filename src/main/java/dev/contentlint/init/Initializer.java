package dev.contentlint.init;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigException;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.config.ContentType;
import dev.contentlint.config.FrontMatterSchema;
import dev.contentlint.engine.FileResult;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.RuleIds;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code init}'s engine: reads a content tree, groups its files into content types, infers a
 * schema per type, and proves the result before handing it over: the configuration is loaded by
 * {@link ConfigLoader} (from a temporary folder), every file's front matter is checked against its
 * inferred schema by the same validator (where they disagree, the schema is loosened there), and
 * the whole tree is checked by the {@link Linter}. Rules that still report errors (broken YAML,
 * files that are not UTF-8, and whatever rules the engine gains) are lowered to {@code warning}
 * under {@code levels}, with the count of today's findings, so that {@code validate} passes on
 * the tree as it is. Knows nothing of Maven; writes nothing but its temporary folder.
 */
public final class Initializer {

    /** The folder beside the configuration file that holds the schemas. */
    public static final String SCHEMA_FOLDER = "schemas";

    private static final int MAX_LOOSENING_ROUNDS = 5;

    private final GroupBy groupBy;
    private final int threads;
    private final SchemaInferrer inferrer;

    /**
     * @param threads how many files the check runs on at once; 0 for one per core
     */
    public Initializer(GroupBy groupBy, int threads) {
        this(groupBy, threads, new SchemaInferrer());
    }

    /** With another inference, for the tests of the self-check. */
    Initializer(GroupBy groupBy, int threads, SchemaInferrer inferrer) {
        this.groupBy = groupBy;
        this.threads = threads;
        this.inferrer = inferrer;
    }

    /**
     * Plans the configuration for a content tree.
     *
     * @param configFile where the configuration will be written (its folder gets the schemas)
     * @param skippedFolders folders under the content root never to read (the build's output)
     */
    public InitPlan plan(Path contentRoot, Path configFile, Set<Path> skippedFolders)
            throws IOException, InitException {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path config = configFile.toAbsolutePath().normalize();
        Survey survey = new TreeSurvey().survey(root, skippedFolders);
        Grouping grouping = new GroupingDetector().detect(survey, groupBy);

        // Each file gets the type that validate will give it: the first whose criteria match.
        List<ContentType> matchers = grouping.types().stream().map(TypeCandidate::toContentType).toList();
        Map<String, String> typeOf = new HashMap<>();
        Map<String, List<SurveyedFile>> filesOf = new LinkedHashMap<>();
        grouping.types().forEach(t -> filesOf.put(t.name(), new ArrayList<>()));
        filesOf.put(ContentType.DEFAULTS, new ArrayList<>());
        for (SurveyedFile file : survey.files()) {
            String type = ContentType.DEFAULTS;
            if (file.readable()) {
                for (ContentType matcher : matchers) {
                    if (matcher.matches(file.path(), file.data())) {
                        type = matcher.name();
                        break;
                    }
                }
            }
            typeOf.put(file.path(), type);
            filesOf.get(type).add(file);
        }

        Names schemaNames = new Names(ContentType.DEFAULTS);
        List<TypePlan> types = new ArrayList<>();
        for (TypeCandidate candidate : grouping.types()) {
            types.add(typePlan(candidate, false, filesOf.get(candidate.name()), schemaNames));
        }
        TypeCandidate defaultsCandidate = new TypeCandidate(ContentType.DEFAULTS, "no type",
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        TypePlan defaults = typePlan(defaultsCandidate, true, filesOf.get(ContentType.DEFAULTS),
                new Names());

        String content = relative(config.getParent(), root);
        Path stage = Files.createTempDirectory("contentlint-init-");
        try {
            Staged staged = null;
            for (int round = 1; ; round++) {
                staged = stage(stage.resolve("round-" + round), config, content, survey, grouping,
                        types, defaults, List.of());
                if (!loosenWhereRejected(staged, types, defaults, filesOf)
                        || round == MAX_LOOSENING_ROUNDS) {
                    break;
                }
            }
            LintResult result = new Linter(staged.config, threads).lint(root, skippedFolders);
            checkTypes(result, typeOf);
            List<LoweredRule> lowered = lowered(result);
            if (!lowered.isEmpty()) {
                staged = stage(stage.resolve("levels"), config, content, survey, grouping,
                        staged.types, staged.defaults, lowered);
                result = new Linter(staged.config, threads).lint(root, skippedFolders);
                if (result.summary().errors() > 0) {
                    throw new IllegalStateException("contentlint init could not make the tree pass:"
                            + " " + result.summary().errors() + " errors remain with the levels it"
                            + " set, the first " + result.findings().get(0) + ". Please report this");
                }
            }
            return plan(config, root, staged, survey, grouping, lowered, result);
        } finally {
            deleteTree(stage);
        }
    }

    private TypePlan typePlan(TypeCandidate candidate, boolean isDefaults, List<SurveyedFile> files,
            Names schemaNames) {
        int withFrontMatter = (int) files.stream()
                .filter(f -> f.state() == SurveyedFile.State.FRONT_MATTER).count();
        List<ObjectNode> data = files.stream().flatMap(f -> f.data().stream()).toList();
        boolean required = !isDefaults && files.size() >= SchemaInferrer.MIN_REQUIRED_FILES
                && withFrontMatter == files.size();
        Optional<ValueStats> stats = data.isEmpty() ? Optional.empty()
                : Optional.of(SchemaInferrer.gather(data));
        Optional<String> schemaPath = stats.map(s -> SCHEMA_FOLDER + "/"
                + schemaNames.unique(isDefaults ? ContentType.DEFAULTS : Names.slug(candidate.name()), "")
                + ".schema.json");
        return new TypePlan(candidate, isDefaults, files.size(), withFrontMatter, data.size(),
                required, schemaPath, stats, Optional.empty());
    }

    /** A configuration and its schemas, written to a temporary folder and loaded from there. */
    private record Staged(Config config, String configText, Map<String, String> schemaTexts,
            List<TypePlan> types, TypePlan defaults) {}

    private Staged stage(Path folder, Path config, String content, Survey survey, Grouping grouping,
            List<TypePlan> types, TypePlan defaults, List<LoweredRule> lowered) throws IOException {
        Map<String, String> schemaTexts = new LinkedHashMap<>();
        List<TypePlan> inferred = new ArrayList<>();
        for (TypePlan type : types) {
            inferred.add(infer(inferrer, type, schemaTexts));
        }
        TypePlan inferredDefaults = infer(inferrer, defaults, schemaTexts);
        String configText = ConfigWriter.write(content, survey, grouping, inferred,
                inferredDefaults, lowered);
        Files.createDirectories(folder.resolve(SCHEMA_FOLDER));
        for (Map.Entry<String, String> schema : schemaTexts.entrySet()) {
            Files.writeString(folder.resolve(schema.getKey()), schema.getValue(), StandardCharsets.UTF_8);
        }
        Path stagedConfig = folder.resolve(config.getFileName().toString());
        Files.writeString(stagedConfig, configText, StandardCharsets.UTF_8);
        try {
            Config loaded = new ConfigLoader().load(stagedConfig);
            return new Staged(loaded, configText, schemaTexts, inferred, inferredDefaults);
        } catch (ConfigException e) {
            throw new IllegalStateException("contentlint init wrote a configuration that does not"
                    + " load (" + e.getMessage() + "). Please report this", e);
        }
    }

    private static TypePlan infer(SchemaInferrer inferrer, TypePlan type, Map<String, String> texts) {
        if (type.stats().isEmpty()) {
            return type;
        }
        SchemaInferrer.Inferred inferred = inferrer.infer(type.name(), type.stats().get());
        texts.put(type.schemaPath().orElseThrow(), SchemaJson.write(inferred.schema()));
        return type.withFacts(inferred.facts());
    }

    /**
     * Checks every file's front matter against its type's schema as compiled by the configuration
     * loader; where the validator rejects a value, loosens the inference there.
     *
     * @return whether anything was loosened (the schemas must then be written again)
     */
    private static boolean loosenWhereRejected(Staged staged, List<TypePlan> types,
            TypePlan defaults, Map<String, List<SurveyedFile>> filesOf) {
        boolean loosened = false;
        List<TypePlan> all = new ArrayList<>(types);
        all.add(defaults);
        for (TypePlan type : all) {
            if (type.stats().isEmpty()) {
                continue;
            }
            ContentType loaded = type.defaults() ? staged.config.defaults()
                    : staged.config.types().stream().filter(t -> t.name().equals(type.name()))
                            .findFirst().orElseThrow();
            Schema schema = loaded.frontMatter().schema().map(FrontMatterSchema::schema).orElseThrow();
            for (SurveyedFile file : filesOf.get(type.name())) {
                if (file.data().isEmpty()) {
                    continue;
                }
                for (Error error : schema.validate(file.data().get())) {
                    loosened |= SchemaInferrer.loosen(type.stats().get(), error);
                }
            }
        }
        return loosened;
    }

    /** Makes sure that validate gives each file the type its schema was inferred from. */
    private static void checkTypes(LintResult result, Map<String, String> typeOf) {
        for (FileResult file : result.files()) {
            boolean checked = file.findings().stream().noneMatch(f -> RuleIds.ENGINE.contains(f.rule()));
            String meant = typeOf.getOrDefault(file.path(), ContentType.DEFAULTS);
            if (checked && !file.type().equals(meant)) {
                throw new IllegalStateException("contentlint init meant " + file.path()
                        + " to be of type '" + meant + "', but its configuration gives it '"
                        + file.type() + "'. Please report this");
            }
        }
    }

    /** The rules that report errors, each with its count, to lower to warning. */
    private static List<LoweredRule> lowered(LintResult result) {
        Map<String, List<Finding>> errors = new TreeMap<>();
        for (Finding finding : result.findings()) {
            if (finding.severity() == Severity.ERROR) {
                errors.computeIfAbsent(finding.rule(), r -> new ArrayList<>()).add(finding);
            }
        }
        List<LoweredRule> lowered = new ArrayList<>();
        errors.forEach((rule, findings) -> {
            Finding first = findings.stream().min(Finding.ORDER).orElseThrow();
            lowered.add(new LoweredRule(rule, findings.size(),
                    (int) findings.stream().map(Finding::path).distinct().count(),
                    first.path() + ":" + first.line() + ":" + first.column()));
        });
        return lowered;
    }

    private static InitPlan plan(Path config, Path root, Staged staged, Survey survey,
            Grouping grouping, List<LoweredRule> lowered, LintResult result) {
        Path folder = config.getParent();
        List<InitPlan.PlannedFile> files = new ArrayList<>();
        staged.schemaTexts.forEach((path, text) -> files.add(new InitPlan.PlannedFile(
                folder.resolve(path).normalize(), text)));
        files.add(new InitPlan.PlannedFile(config, staged.configText));
        InitPlan.SurveyCounts counts = new InitPlan.SurveyCounts(survey.files().size(),
                (int) survey.count(SurveyedFile.State.FRONT_MATTER), (int) survey.withProblems(),
                (int) (survey.count(SurveyedFile.State.UNREADABLE) + survey.count(SurveyedFile.State.NOT_UTF8)),
                survey.excludedFiles().values().stream().mapToInt(Integer::intValue).sum(),
                survey.exclude());
        return new InitPlan(config, root, files, counts, grouping.description(),
                staged.types.stream().map(t -> report(t, folder)).toList(),
                report(staged.defaults, folder), lowered, result.summary().warnings());
    }

    private static InitPlan.TypeReport report(TypePlan type, Path folder) {
        Optional<SchemaInferrer.Facts> facts = type.facts();
        return new InitPlan.TypeReport(type.name(), type.candidate().origin(), type.files(),
                type.withFrontMatter(), type.frontMatterRequired(),
                type.schemaPath().map(p -> folder.resolve(p).normalize()),
                facts.map(SchemaInferrer.Facts::keys).orElse(List.of()),
                facts.map(SchemaInferrer.Facts::required).orElse(List.of()),
                facts.map(f -> List.copyOf(f.enums().keySet())).orElse(List.of()),
                facts.map(f -> f.formats().entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()).orElse(List.of()),
                type.candidate().note());
    }

    /** The content root as the configuration's {@code content} writes it: relative, with {@code /}. */
    static String relative(Path folder, Path root) {
        if (folder == null || !root.getRoot().equals(folder.getRoot())) {
            return root.toString().replace('\\', '/');
        }
        String relative = folder.relativize(root).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it up
        }
    }
}
