package dev.contentlint.init;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What init would write, and what it found: checked already (the configuration loads, and
 * {@code validate} passes on the tree with it), written by {@link InitWriter}.
 *
 * @param configFile the configuration file to write
 * @param contentRoot the content root it names
 * @param files the files to write, the schemas first and the configuration last
 * @param survey how many files of each kind were read
 * @param grouping how the types were found
 * @param types one report per type, in the configuration's order
 * @param defaults the report for the files that match no type
 * @param lowered the rules lowered to warning so that the tree validates clean
 * @param warnings how many warnings {@code validate} reports on the tree with this configuration
 */
public record InitPlan(Path configFile, Path contentRoot, List<PlannedFile> files,
        SurveyCounts survey, String grouping, List<TypeReport> types, TypeReport defaults,
        List<LoweredRule> lowered, int warnings) {

    public InitPlan {
        files = List.copyOf(files);
        types = List.copyOf(types);
        lowered = List.copyOf(lowered);
    }

    /** A file to write, with its whole text. */
    public record PlannedFile(Path path, String text) {}

    /**
     * The files read.
     *
     * @param files every file {@code validate} will check
     * @param withFrontMatter files with a front matter block
     * @param brokenFrontMatter files whose front matter has YAML problems
     * @param unreadable files that could not be read or are not UTF-8
     * @param leftOut Markdown files left out by {@code exclude}
     * @param exclude the configuration's {@code exclude}
     */
    public record SurveyCounts(int files, int withFrontMatter, int brokenFrontMatter,
            int unreadable, int leftOut, List<String> exclude) {}

    /**
     * One type as the log tells it.
     *
     * @param name the type's name ({@code defaults} for the defaults)
     * @param origin how its files were found
     * @param files how many files it has
     * @param withFrontMatter how many of them have front matter
     * @param frontMatterRequired whether front matter is required
     * @param schema the schema file, where it has one
     * @param keys the top-level keys of its schema
     * @param required the required keys
     * @param enums the keys with an enum
     * @param formats the keys with a format, as {@code key (format)}
     * @param note something worth a look (a value seen once that resembles another)
     */
    public record TypeReport(String name, String origin, int files, int withFrontMatter,
            boolean frontMatterRequired, Optional<Path> schema, List<String> keys,
            List<String> required, List<String> enums, List<String> formats, Optional<String> note) {}
}
