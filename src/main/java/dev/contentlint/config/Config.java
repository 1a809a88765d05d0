package dev.contentlint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole configuration, as read from {@code contentlint.yaml} or made of defaults.
 *
 * @param file the configuration file, if there was one
 * @param content the content root that the file names, resolved against the file's folder
 * @param include globs of the files to check, relative to the content root
 * @param exclude globs of the files to leave out
 * @param stylesPath the folder of Vale-format styles, resolved against the file's folder
 * @param failOn the severity that fails the build, where the file sets it
 * @param levels rule ids whose level is changed, or turned off
 * @param defaults the rules for files that match no type
 * @param types the content types, in the order of the file: the first that matches a file wins
 * @param links how links are checked
 * @param maxFileSize the largest file, in bytes, that is read and checked; a larger one is a
 *     {@code filesize} finding
 * @param warnings what is wrong but does not stop the run (a style rule that is not applied, an
 *     unknown key in a rule file), each naming its file and line
 */
public record Config(
        Optional<Path> file,
        Optional<Path> content,
        List<Glob> include,
        List<Glob> exclude,
        Optional<Path> stylesPath,
        Optional<FailOn> failOn,
        Map<String, Level> levels,
        ContentType defaults,
        List<ContentType> types,
        LinkSettings links,
        long maxFileSize,
        List<String> warnings) {

    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.md", "**/*.markdown");

    /**
     * 64 MB: far above any Markdown a person writes (the longest changelogs are a few MB), low
     * enough that a data dump named {@code .md} is not read into memory.
     */
    public static final long DEFAULT_MAX_FILE_SIZE = 64L << 20;

    /** 1 GB: the most {@code maxFileSize} may be; a Java array holds at most 2 GB. */
    public static final long MAX_FILE_SIZE_CEILING = 1L << 30;

    public Config {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        levels = Map.copyOf(levels);
        types = List.copyOf(types);
        warnings = List.copyOf(warnings);
    }

    /** The configuration used where there is no configuration file. */
    public static Config empty() {
        return new Config(Optional.empty(), Optional.empty(),
                DEFAULT_INCLUDE.stream().map(Glob::compile).toList(), List.of(), Optional.empty(),
                Optional.empty(), Map.of(), ContentType.defaults(), List.of(), LinkSettings.DEFAULT,
                DEFAULT_MAX_FILE_SIZE, List.of());
    }

    /** Whether a path relative to the content root is one to check. */
    public boolean includes(String relativePath) {
        // Loops, not streams: this runs for every file of the tree.
        boolean included = false;
        for (Glob glob : include) {
            if (glob.matches(relativePath)) {
                included = true;
                break;
            }
        }
        if (!included) {
            return false;
        }
        for (Glob glob : exclude) {
            if (glob.matches(relativePath)) {
                return false;
            }
        }
        return true;
    }

    /** The types, then the defaults. */
    public List<ContentType> allTypes() {
        List<ContentType> all = new java.util.ArrayList<>(types);
        all.add(defaults);
        return all;
    }
}
