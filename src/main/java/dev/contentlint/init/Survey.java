package dev.contentlint.init;

import java.util.List;
import java.util.Map;

/**
 * The content tree as init found it.
 *
 * @param files every file that {@code validate} will check, by path
 * @param include the globs of the files read (the configuration's {@code include})
 * @param exclude the globs left out (the configuration's {@code exclude})
 * @param excludedFiles how many Markdown files each exclude glob left out, by glob
 * @param hiddenFolders the hidden folders ({@code .obsidian}, {@code .trash}) that held Markdown
 *     files, as paths relative to the root
 */
record Survey(List<SurveyedFile> files, List<String> include, List<String> exclude,
        Map<String, Integer> excludedFiles, List<String> hiddenFolders) {

    Survey {
        files = List.copyOf(files);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        excludedFiles = Map.copyOf(excludedFiles);
        hiddenFolders = List.copyOf(hiddenFolders);
    }

    long count(SurveyedFile.State state) {
        return files.stream().filter(f -> f.state() == state).count();
    }

    long withProblems() {
        return files.stream().filter(SurveyedFile::frontMatterProblems).count();
    }
}
