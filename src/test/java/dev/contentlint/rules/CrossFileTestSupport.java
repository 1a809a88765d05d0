package dev.contentlint.rules;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small content tree and checks it whole, as the checks across files need. */
final class CrossFileTestSupport {

    private final Path dir;

    CrossFileTestSupport(Path dir) {
        this.dir = dir;
    }

    /** Writes a file under the content root. */
    CrossFileTestSupport file(String path, String text) throws IOException {
        Path file = dir.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    LintResult lint(String configYaml) throws Exception {
        return lint(configYaml, 2);
    }

    LintResult lint(String configYaml, int threads) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("contentlint.yaml"), "content: content\n" + configYaml);
        Config config = new ConfigLoader().load(dir.resolve("contentlint.yaml"));
        return new Linter(config, threads).lint(dir.resolve("content"));
    }

    /** The findings of some rules, one a line: {@code path line:col-endLine:endCol severity [rule] message}. */
    String findings(String configYaml, String... rules) throws Exception {
        java.util.List<String> wanted = java.util.List.of(rules);
        StringBuilder text = new StringBuilder();
        for (Finding f : lint(configYaml).findings()) {
            if (wanted.isEmpty() || wanted.contains(f.rule())) {
                text.append(f.path()).append(' ').append(RuleTestSupport.lines(java.util.List.of(f)));
            }
        }
        return text.toString();
    }
}
