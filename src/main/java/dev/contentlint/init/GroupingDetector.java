package dev.contentlint.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.config.EditDistance;
import dev.contentlint.config.ContentType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Decides which content types a tree holds.
 *
 * <p>Automatic detection, in this order:
 * <ol>
 *   <li><b>A front-matter key that names a type</b>: {@code type}, {@code node_type},
 *       {@code kind}, {@code layout}, {@code category}, {@code content_type}, or any key named
 *       {@code <word>_type}, {@code <word>Type}, {@code <word>_kind}. It must have a text (or
 *       integer) value in at least {@value #MIN_COVERAGE_PERCENT}% of the files with front
 *       matter (so that it describes most of the tree, not a corner of it) and at most
 *       {@value #MAX_TYPES} distinct values (more are names or titles, not types). Only such
 *       names are considered: a key like {@code status} or {@code author} also has few values in
 *       most files, but its values are states and people, not kinds of content. Among several,
 *       the one in the most files wins, then the earlier in the list above. Each value becomes a
 *       type matched by {@code match.frontMatter}; the files without the key are then grouped by
 *       folder as in 2.</li>
 *   <li><b>Top-level folders</b> ({@code posts/}, {@code people/}), each holding a file with front
 *       matter, at most {@value #MAX_TYPES} of them: a type per folder, matched by
 *       {@code match.paths}. Files at the root, and folders where no file has front matter, are
 *       left to {@code defaults}.</li>
 *   <li>Else <b>one type</b>, {@value #SINGLE_TYPE}, for every file.</li>
 * </ol>
 * A tree where no file has front matter gets no types at all.
 */
final class GroupingDetector {

    static final int MIN_COVERAGE_PERCENT = 50;
    static final int MAX_TYPES = 20;
    static final String SINGLE_TYPE = "page";

    /** Keys that name a type, the most telling first. */
    static final List<String> TYPE_KEYS =
            List.of("type", "node_type", "kind", "layout", "category", "content_type");
    private static final Pattern TYPE_LIKE_KEY =
            Pattern.compile("[A-Za-z0-9]+(?:[_-](?:type|kind)|Type|Kind)");

    /** What one front-matter key holds across the tree. */
    record KeyValues(String key, int files, Map<String, Integer> values, boolean longValues) {

        int coveragePercent(long withData) {
            return withData == 0 ? 0 : (int) Math.floor(100.0 * files / withData);
        }
    }

    Grouping detect(Survey survey, GroupBy groupBy) throws InitException {
        List<SurveyedFile> withData = survey.files().stream().filter(f -> f.data().isPresent()).toList();
        if (withData.isEmpty()) {
            return new Grouping(Grouping.Kind.NONE, Optional.empty(), List.of(),
                    "no file has front matter that can be read, so there are no types to tell"
                            + " apart: every file gets the defaults");
        }
        return switch (groupBy.mode()) {
            case KEY -> byKey(withData, givenKey(withData, groupBy.key().orElseThrow()),
                    "set by groupBy");
            case FOLDER -> byFolder(withData, false);
            case NONE -> single("set by groupBy");
            case AUTO -> auto(withData);
        };
    }

    private Grouping auto(List<SurveyedFile> withData) throws InitException {
        Optional<KeyValues> best = candidateKeys(withData).stream()
                .map(key -> keyValues(withData, key))
                .filter(k -> k.coveragePercent(withData.size()) >= MIN_COVERAGE_PERCENT)
                .filter(k -> k.values().size() <= MAX_TYPES && !k.longValues())
                .min(Comparator.comparingInt(KeyValues::files).reversed()
                        .thenComparingInt(k -> rank(k.key()))
                        .thenComparing(KeyValues::key));
        if (best.isPresent()) {
            return byKey(withData, best.get(), "detected");
        }
        Grouping folders = byFolder(withData, true);
        return folders.types().isEmpty() ? single(folders.description().isEmpty()
                ? "no front-matter key names a type, and the files are not in folders"
                : "no front-matter key names a type, and there are more than " + MAX_TYPES
                        + " folders") : folders;
    }

    private Grouping byKey(List<SurveyedFile> withData, KeyValues key, String how)
            throws InitException {
        if (key.values().size() > MAX_TYPES) {
            throw new InitException("the front-matter key '" + key.key() + "' has "
                    + key.values().size() + " different values; a type per value would make more"
                    + " than " + MAX_TYPES + " types. Group by another key, by folder"
                    + " (-Dcontentlint.init.groupBy=folder) or not at all (none)");
        }
        Names names = new Names(ContentType.DEFAULTS);
        List<TypeCandidate> types = new ArrayList<>();
        List<String> values = key.values().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        for (String value : values) {
            Optional<String> note = Optional.empty();
            if (key.values().get(value) == 1 && values.size() > 1) {
                String similar = EditDistance.suggestion(value,
                        values.stream().filter(v -> !v.equals(value)).toList());
                if (!similar.isEmpty()) {
                    // " (did you mean 'x'?)" becomes "a typo of 'x'?"
                    note = Optional.of(similar.substring(2, similar.length() - 1)
                            .replace("did you mean", "a typo of"));
                }
            }
            types.add(new TypeCandidate(names.unique(Names.typeName(value), ""),
                    "whose " + YamlText.shown(key.key()) + " is " + YamlText.shown(value), List.of(), Optional.of(key.key()),
                    Optional.of(value), note));
        }
        // The files that no value matches are grouped by folder, after the typed ones.
        List<ContentType> matchers = types.stream().map(TypeCandidate::toContentType).toList();
        List<SurveyedFile> rest = withData.stream()
                .filter(f -> matchers.stream().noneMatch(t -> t.matches(f.path(), f.data())))
                .toList();
        List<TypeCandidate> folders = folderTypes(rest, names, " without " + YamlText.shown(key.key()));
        String description = "by the front-matter key " + YamlText.shown(key.key()) + " (" + how
                + "; in " + key.files() + " of " + withData.size() + " files with front matter)";
        if (folders.size() <= MAX_TYPES) {
            types.addAll(folders);
            if (!folders.isEmpty()) {
                description += ", then by folder for the files without it";
            }
        }
        return new Grouping(Grouping.Kind.FRONT_MATTER, Optional.of(key.key()), types, description);
    }

    private Grouping byFolder(List<SurveyedFile> withData, boolean limited) {
        List<TypeCandidate> types = folderTypes(withData, new Names(ContentType.DEFAULTS), "");
        if (types.isEmpty() || (limited && types.size() > MAX_TYPES)) {
            // No folder types: the description says whether there were too many.
            return new Grouping(Grouping.Kind.FOLDER, Optional.empty(), List.of(),
                    types.isEmpty() ? "" : "too many folders");
        }
        return new Grouping(Grouping.Kind.FOLDER, Optional.empty(), types, limited
                ? "by top-level folder (no front-matter key names a type)"
                : "by top-level folder (set by groupBy)");
    }

    private Grouping single(String why) {
        return new Grouping(Grouping.Kind.SINGLE, Optional.empty(),
                List.of(new TypeCandidate(SINGLE_TYPE, "", List.of(), Optional.empty(),
                        Optional.empty(), Optional.empty())),
                "one type for every file (" + why + ")");
    }

    /** A type per top-level folder that holds at least one of the files, by folder name. */
    private static List<TypeCandidate> folderTypes(List<SurveyedFile> files, Names names,
            String qualifier) {
        TreeMap<String, Integer> folders = new TreeMap<>();
        for (SurveyedFile file : files) {
            file.topFolder().ifPresent(folder -> folders.merge(folder, 1, Integer::sum));
        }
        List<TypeCandidate> types = new ArrayList<>();
        for (String folder : folders.keySet()) {
            types.add(new TypeCandidate(names.unique(Names.typeName(folder), "-folder"),
                    "in " + YamlText.shown(folder + "/") + qualifier,
                    List.of(folderGlob(folder)), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return types;
    }

    /**
     * A glob for everything below a folder. Globs have no escape character, so a character that
     * means something in a glob is matched by {@code ?} (any one character).
     */
    static String folderGlob(String folder) {
        StringBuilder glob = new StringBuilder();
        for (int i = 0; i < folder.length(); i++) {
            char c = folder.charAt(i);
            glob.append("*?[]{},\\".indexOf(c) >= 0 ? '?' : c);
        }
        return glob.append("/**").toString();
    }

    /** The keys of the tree that name a type, in the order of {@link #TYPE_KEYS}, then by name. */
    private static List<String> candidateKeys(List<SurveyedFile> withData) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (SurveyedFile file : withData) {
            file.data().get().fieldNames().forEachRemaining(key -> {
                if (TYPE_KEYS.contains(key) || TYPE_LIKE_KEY.matcher(key).matches()) {
                    keys.add(key);
                }
            });
        }
        return keys.stream().sorted(Comparator.comparingInt(GroupingDetector::rank)
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static int rank(String key) {
        int index = TYPE_KEYS.indexOf(key);
        return index >= 0 ? index : TYPE_KEYS.size();
    }

    private static KeyValues givenKey(List<SurveyedFile> withData, String key) throws InitException {
        KeyValues values = keyValues(withData, key);
        if (values.files() == 0) {
            throw noSuchKey(key, withData);
        }
        return values;
    }

    /** How many files give a key a value that can name a type, and which values. */
    static KeyValues keyValues(List<SurveyedFile> withData, String key) {
        Map<String, Integer> values = new LinkedHashMap<>();
        int files = 0;
        boolean longValues = false;
        for (SurveyedFile file : withData) {
            Optional<String> value = typeValue(file.data().get(), key);
            if (value.isPresent()) {
                files++;
                values.merge(value.get(), 1, Integer::sum);
                longValues |= value.get().length() > 100 || value.get().indexOf('\n') >= 0;
            }
        }
        return new KeyValues(key, files, values, longValues);
    }

    /** A value that can name a type: text that is not blank, or an integer. */
    private static Optional<String> typeValue(ObjectNode data, String key) {
        JsonNode value = data.get(key);
        if (value == null || !(value.isTextual() || value.isIntegralNumber())) {
            return Optional.empty();
        }
        String text = value.asText();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static InitException noSuchKey(String key, List<SurveyedFile> withData) {
        Map<String, Integer> keys = new TreeMap<>();
        for (SurveyedFile file : withData) {
            file.data().get().fieldNames().forEachRemaining(k -> keys.merge(k, 1, Integer::sum));
        }
        List<String> common = keys.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(12)
                .map(e -> YamlText.shown(e.getKey()) + " (" + e.getValue() + ")")
                .toList();
        return new InitException("no file's front matter gives the key " + YamlText.shown(key)
                + " a text value to group by" + EditDistance.suggestion(key, keys.keySet())
                + "; keys found (in how many files): " + String.join(", ", common)
                + ". Set -Dcontentlint.init.groupBy to one of them, to folder, or to none");
    }
}
