package dev.contentlint.init;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Content trees for the init tests, and the round trip: plan, write, load, check. */
final class InitFixtures {

    private InitFixtures() {}

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String post(String name, String status, String updated, String published, String link,
            String... tags) {
        StringBuilder text = new StringBuilder("---\n")
                .append("name: ").append(name).append('\n')
                .append("description: A post about ").append(name.replace('_', ' ')).append('\n')
                .append("node_type: linkedin-post\n")
                .append("status: ").append(status).append('\n')
                .append("last_updated: ").append(updated).append('\n')
                .append("published_date:").append(published.isEmpty() ? "" : " " + published).append('\n')
                .append("tags:\n");
        for (String tag : tags) {
            text.append("  - ").append(tag).append('\n');
        }
        text.append("link:").append(link.isEmpty() ? "" : " " + link).append('\n')
                .append("---\n\n# ").append(name).append("\n\nBody.\n");
        return text.toString();
    }

    /**
     * A vault of two front-matter types (five posts, three people), a folder of notes without
     * {@code node_type} (one of them without front matter), a README, editor state in
     * {@code .obsidian} and a template with placeholders.
     */
    static void mixedVault(Path root) throws IOException {
        write(root, "posts/p1.md", post("p1", "draft", "2026-01-02", "", "", "sync", "data"));
        write(root, "posts/p2.md", post("p2", "published", "2026-01-05", "2026-01-06",
                "https://example.com/p2", "sync"));
        write(root, "posts/p3.md", post("p3", "draft", "2026-02-01", "", "", "learning"));
        write(root, "posts/p4.md", post("p4", "published", "2026-02-10", "2026-02-11",
                "https://example.com/p4", "data", "sync"));
        write(root, "posts/p5.md", post("p5", "draft", "2026-02-20", "", ""));
        for (String person : List.of("carter", "dana", "eli")) {
            write(root, "people/" + person + ".md", "---\nname: " + person + "\nnode_type: personality\n"
                    + "status: active\nlast_updated: 2026-01-30\n---\n\n# " + person + "\n");
        }
        write(root, "notes/reading.md", "---\ntitle: Reading list\ncreated: 2025-12-01\n---\n\n# R\n");
        write(root, "notes/ideas.md", "---\ntitle: Ideas\ncreated: 2025-12-03\n---\n\n# I\n");
        write(root, "notes/todo.md", "---\ntitle: Todo\ncreated: 2025-12-09\n---\n\n# T\n");
        write(root, "notes/scratch.md", "# Scratch\n\nNo front matter here.\n");
        write(root, "README.md", "# The vault\n");
        write(root, ".obsidian/workspace.md", "---\nbroken: [\n---\n");
        write(root, "templates/post.md", "---\nnode_type: linkedin-post\nlast_updated: {{date}}\n---\n");
    }

    /** Plans, writes the plan, loads the written configuration and checks the tree with it. */
    static LintResult initThenValidate(Path content, Path config, GroupBy groupBy) throws Exception {
        InitPlan plan = new Initializer(groupBy, 1).plan(content, config, Set.of());
        InitWriter.write(plan);
        Config loaded = new ConfigLoader().load(config);
        return new Linter(loaded, 1).lint(content);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
