import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The benchmark's corpus generator: {@code java Gen.java <dir> <files>}.
 *
 * <p>Writes a deterministic vault under {@code <dir>}: LinkedIn post drafts shaped like
 * {@code examples/vault/posts/} (posts/, about 70% of the files, 2-6 KB), docs pages (docs/, about
 * 27%, 5-30 KB, headings, code blocks, tables, relative links and images), and people notes
 * (people/, about 3%) that the posts' wiki links point at. Every file is generated from its own
 * seed (42 and its index), so a file's content depends only on its index and the corpus size,
 * and two runs write the same bytes. About 3% of the files carry a deliberate fault (a wrong enum
 * value, a duplicate key, a missing or misplaced section, a wrong table column, a broken link
 * or image, a bad file name).
 */
public class Gen {

    static final String[] SUBJECTS = {"bi-directional sync", "data pipelines", "schema drift",
        "CRM hygiene", "change data capture", "webhook retries", "ETL jobs", "reverse ETL",
        "API rate limits", "conflict resolution", "field mapping", "batch windows",
        "event ordering", "idempotent writes", "record ownership", "data contracts",
        "stale dashboards", "source of truth", "sandbox testing", "migration plans"};
    static final String[] NOUNS = {"team", "stack", "pipeline", "record", "system", "job",
        "customer", "dashboard", "field", "update", "sync", "warehouse", "script", "connector",
        "workflow", "table", "queue", "service", "report", "account", "contact", "deal",
        "integration", "schedule", "conflict", "vendor", "engineer", "analyst", "process"};
    static final String[] VERBS = {"moves", "breaks", "updates", "overwrites", "misses",
        "copies", "checks", "merges", "drops", "retries", "duplicates", "loads", "reads",
        "writes", "ignores", "flags", "maps", "tracks", "routes", "syncs"};
    static final String[] ADJS = {"stale", "real-time", "custom", "manual", "brittle",
        "reliable", "silent", "two-way", "one-way", "nightly", "legacy", "shared", "critical",
        "simple", "quiet", "expensive", "hidden", "consistent", "partial", "fresh"};
    static final String[] FILLERS = {"very", "really", "quite", "basically", "actually",
        "just", "obviously", "clearly", "simply", "extremely"};
    static final String[] OPENERS = {"Most teams", "In practice, the", "What I noticed is that the",
        "Every", "Sometimes the", "Nobody tells you that the", "In the end the", "Often the",
        "At scale, the", "The first", "One", "A"};
    static final String[] TAGS = {"data-integration", "learning", "bi-directional-sync", "crm",
        "etl", "apis", "ops", "sales-ops", "revops", "engineering", "lessons", "tooling"};
    static final String[] DOC_SECTIONS = {"getting-started", "guides", "reference", "concepts",
        "operations", "api"};
    static final String[] DOC_HEADINGS = {"Overview", "Installation", "Configuration",
        "Options", "Examples", "Troubleshooting", "Limits", "How it works", "Security",
        "Performance", "Migration", "FAQ", "See also"};
    static final String[] LANGS = {"java", "yaml", "sh", "json", "xml", "python"};
    static final String[] FIRST = {"carter", "dana", "eli", "farah", "gus", "hana", "ivan",
        "jules", "kim", "lea", "milo", "nora", "omar", "pia", "quinn", "rosa", "sam", "tove"};

    final Path root;
    final int total;
    final int posts;
    final int docs;
    final int people;
    long bytes;
    int faults;

    Gen(Path root, int total) {
        this.root = root;
        this.total = total;
        this.people = Math.max(5, total * 3 / 100);
        this.docs = total * 27 / 100;
        this.posts = total - people - docs;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java Gen.java <output dir> <number of files>");
            System.exit(2);
        }
        Gen gen = new Gen(Path.of(args[0]), Integer.parseInt(args[1]));
        long t0 = System.nanoTime();
        gen.run();
        System.out.printf(Locale.ROOT,
                "generated %d files (%d posts, %d docs pages, %d people notes, %d with a deliberate fault), %.1f MB, in %.1f s%n",
                gen.total, gen.posts, gen.docs, gen.people, gen.faults, gen.bytes / 1e6,
                (System.nanoTime() - t0) / 1e9);
    }

    void run() throws IOException {
        Files.createDirectories(root.resolve("posts"));
        Files.createDirectories(root.resolve("people"));
        Files.createDirectories(root.resolve("docs/images"));
        for (String s : DOC_SECTIONS) {
            Files.createDirectories(root.resolve("docs").resolve(s));
        }
        for (int i = 0; i < 12; i++) {
            // Tiny placeholder images, so that image links resolve.
            Files.write(root.resolve("docs/images").resolve(image(i)), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        for (int i = 0; i < people; i++) {
            write("people/" + person(i) + ".md", personNote(i));
        }
        for (int i = 0; i < posts; i++) {
            Random r = rnd(i);
            String name = postName(i);
            String file = name + ".md";
            if (fault(r) && r.nextInt(8) == 0) {
                file = "Post-" + i + "-Draft.md";   // file name that breaks the type's pattern
                faults++;
            }
            write("posts/" + file, post(i, name, r));
        }
        for (int i = 0; i < docs; i++) {
            write(docPath(i), docPage(i));
        }
    }

    Random rnd(long i) {
        return new Random(42L * 1_000_003L + i * 7919L + total);
    }

    boolean fault(Random r) {
        return r.nextInt(100) < 3;
    }

    void write(String rel, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        bytes += b.length;
        Files.write(root.resolve(rel), b);
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    String person(int i) {
        return FIRST[i % FIRST.length] + "_personality_v" + String.format(Locale.ROOT, "%02d", i / FIRST.length + 1);
    }

    String postName(int i) {
        return String.format(Locale.ROOT, "%06d_%s", i,
                SUBJECTS[i % SUBJECTS.length].replaceAll("[^a-z]+", "_").replaceAll("_+$", ""));
    }

    String image(int i) {
        return "diagram_" + String.format(Locale.ROOT, "%02d", i) + ".png";
    }

    String docPath(int i) {
        return "docs/" + DOC_SECTIONS[i % DOC_SECTIONS.length] + "/" + docName(i) + ".md";
    }

    String docName(int i) {
        return String.format(Locale.ROOT, "page_%06d", i);
    }

    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    static String sentence(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(r, OPENERS)).append(' ');
        if (r.nextInt(4) == 0) {
            sb.append(pick(r, FILLERS)).append(' ');
        }
        sb.append(pick(r, ADJS)).append(' ').append(pick(r, NOUNS)).append(' ')
                .append(pick(r, VERBS)).append(" the ").append(pick(r, NOUNS));
        switch (r.nextInt(7)) {
            case 0 -> sb.append(" when the ").append(pick(r, NOUNS)).append(" was changed by another ")
                    .append(pick(r, NOUNS));
            case 1 -> sb.append(" every ").append(5 + r.nextInt(55)).append(" minutes");
            case 2 -> sb.append(", and nobody notices until the ").append(pick(r, NOUNS)).append(" is wrong");
            case 3 -> sb.append(" because the ").append(pick(r, ADJS)).append(' ').append(pick(r, NOUNS))
                    .append(" never ").append(pick(r, VERBS).replaceAll("ies$", "y").replaceAll("s$", "")).append(" it");
            case 4 -> sb.append(" in ").append(pick(r, SUBJECTS));
            default -> { }
        }
        sb.append(r.nextInt(10) == 0 ? "?" : ".");
        return sb.toString();
    }

    static String paragraph(Random r, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(sentence(r));
        }
        return sb.toString();
    }

    static String date(Random r) {
        return String.format(Locale.ROOT, "20%02d-%02d-%02d", 24 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    String personNote(int i) {
        Random r = rnd(1_000_000 + i);
        String name = person(i);
        StringBuilder sb = new StringBuilder();
        sb.append("---\nname: ").append(name)
                .append("\ndescription: Voice and personality notes for ").append(name, 0, name.indexOf('_'))
                .append(", used when drafting posts.\ndomain: business\nnode_type: personality\nstatus: active\nlast_updated: ")
                .append(date(r)).append("\ntags:\n  - voice\n  - ").append(name, 0, name.indexOf('_')).append("\n---\n\n");
        sb.append("# ").append(name).append("\n\n## Voice\n");
        for (int k = 0; k < 3 + r.nextInt(3); k++) {
            sb.append("- ").append(sentence(r)).append('\n');
        }
        sb.append("\n## Tone\n\n").append(paragraph(r, 3 + r.nextInt(4))).append("\n\n## Avoid\n");
        sb.append("- Em dashes in post copy.\n- \"Here's\" constructions.\n- Invented counts and statistics.\n");
        return sb.toString();
    }

    String post(int i, String name, Random r) {
        int target = 2000 + r.nextInt(4000);
        boolean faulty = fault(r);
        int kind = faulty ? r.nextInt(6) : -1;
        if (faulty) {
            faults++;
        }
        String subject = SUBJECTS[i % SUBJECTS.length];
        StringBuilder sb = new StringBuilder(target + 1000);
        sb.append("---\nname: ").append(name).append('\n');
        sb.append("description: ").append(paragraph(r, 1)).append(" A post about ").append(subject).append(".\n");
        sb.append("domain: ").append(pick(r, new String[] {"business", "engineering", "personal"})).append('\n');
        sb.append("node_type: linkedin-post\n");
        sb.append("status: ").append(kind == 0 ? "drafted" : pick(r, new String[] {"draft", "review", "scheduled"})).append('\n');
        if (kind == 2) {
            sb.append("status: review\n");   // a duplicate key
        }
        sb.append("last_updated: ").append(date(r)).append('\n');
        sb.append("published_date:\ntags:\n");
        int nt = 1 + r.nextInt(4);
        for (int k = 0; k < nt; k++) {
            sb.append("  - ").append(TAGS[(i + k * 5) % TAGS.length]).append('\n');
        }
        sb.append("topics:\n  - ").append(subject).append(" explainer\nrelated_concepts:\n");
        int p = r.nextInt(people);
        sb.append("  - \"[[").append(kind == 1 ? person(p) + "_old" : person(p)).append("]]\"\n");
        if (r.nextBoolean()) {
            sb.append("  - \"[[").append(person((p + 1) % people)).append("]]\"\n");
        }
        sb.append("link:\nimage:\n---\n");
        String author = person(p);
        author = Character.toUpperCase(author.charAt(0)) + author.substring(1, author.indexOf('_'));
        sb.append("\n# ").append(author.toUpperCase(Locale.ROOT)).append(" — What ").append(subject).append(" actually means\n");
        sb.append("## Angle: ").append(sentence(r)).append("\n\n---\n\n");
        sb.append("## IDEA LEGOS\n| Lego | ").append(kind == 3 ? "Pick" : "Choice").append(" |\n|------|--------|\n");
        for (String lego : new String[] {"User's Insight", "Topic", "Angle", "Hook Type", "Story Structure", "Psych Triggers", "Visual Format"}) {
            sb.append("| ").append(lego).append(" | ").append(paragraph(r, 1 + r.nextInt(2))).append(" |\n");
        }
        sb.append("\n---\n\n");
        String hookA = sentence(r) + "\n\n" + sentence(r);
        String hookB = r.nextInt(3) == 0 ? paragraph(r, 3) : sentence(r);
        if (kind == 4) {
            sb.append("### HOOK B\n").append(hookB).append("\n\n### HOOK A (Recommended)\n").append(hookA).append("\n\n");
        } else {
            sb.append("### HOOK A (Recommended)\n").append(hookA).append("\n\n### HOOK B\n").append(hookB).append("\n\n");
        }
        sb.append("---\n\n### FULL POST (using Hook A)\n\n---\n\n").append(hookA).append("\n\n");
        int postEnd = target * 2 / 3;
        while (sb.length() < postEnd) {
            switch (r.nextInt(5)) {
                case 0 -> {
                    for (int k = 0; k < 3; k++) {
                        sb.append("→ ").append(sentence(r)).append('\n');
                    }
                    sb.append('\n');
                }
                case 1 -> sb.append(paragraph(r, 1)).append(r.nextInt(6) == 0 ? " Here's the thing — it " + pick(r, VERBS) + " quietly." : "").append("\n\n");
                default -> sb.append(paragraph(r, 2 + r.nextInt(3))).append("\n\n");
            }
        }
        if (r.nextInt(4) == 0) {
            sb.append("More on this in [[").append(postName(r.nextInt(posts))).append("]] and in [[")
                    .append(person(p)).append("#Voice]].\n\n");
        }
        sb.append("DMs open if you want to talk through it.\n\n---\n\n");
        if (kind != 5) {
            sb.append("## NOTES\n");
            while (sb.length() < target) {
                sb.append("- **").append(pick(r, new String[] {"Voice", "Template source", "Narrative arc", "Hook analysis", "Reader value", "Factual sources"}))
                        .append("**: ").append(paragraph(r, 1 + r.nextInt(3))).append('\n');
            }
            sb.append("- **Word count**: ~").append(150 + r.nextInt(100)).append('\n');
        }
        return sb.toString();
    }

    String docPage(int i) {
        Random r = rnd(2_000_000 + i);
        boolean faulty = fault(r);
        int kind = faulty ? r.nextInt(3) : -1;
        if (faulty) {
            faults++;
        }
        // Sizes of docs pages: mostly 5-12 KB, a long tail up to 30 KB.
        int target = 5000 + (int) (25000 * Math.pow(r.nextDouble(), 2.5));
        String section = DOC_SECTIONS[i % DOC_SECTIONS.length];
        String title = Character.toUpperCase(SUBJECTS[i % SUBJECTS.length].charAt(0))
                + SUBJECTS[i % SUBJECTS.length].substring(1) + " " + (i / SUBJECTS.length + 1);
        StringBuilder sb = new StringBuilder(target + 2000);
        sb.append("---\ntitle: \"").append(title).append("\"\n");
        sb.append("description: ").append(paragraph(r, 1)).append('\n');
        sb.append("node_type: docs-page\n");
        sb.append("section: ").append(section).append('\n');
        sb.append("status: ").append(kind == 0 ? "finished" : pick(r, new String[] {"draft", "review", "published"})).append('\n');
        sb.append("last_updated: ").append(date(r)).append('\n');
        sb.append("weight: ").append(r.nextInt(100)).append('\n');
        sb.append("tags: [").append(TAGS[i % TAGS.length]).append(", ").append(TAGS[(i + 3) % TAGS.length]).append("]\n");
        sb.append("---\n\n# ").append(title).append("\n\n").append(paragraph(r, 2 + r.nextInt(3))).append("\n\n");
        List<String> used = new ArrayList<>();
        int h = 0;
        while (sb.length() < target) {
            String heading = DOC_HEADINGS[(h + i) % DOC_HEADINGS.length];
            String full = used.contains(heading) ? heading + " " + (h + 1) : heading;
            used.add(full);
            sb.append(h % 3 == 2 ? "### " : "## ").append(full).append("\n\n");
            h++;
            int blocks = 2 + r.nextInt(4);
            for (int b = 0; b < blocks; b++) {
                switch (r.nextInt(9)) {
                    case 0 -> {
                        String lang = pick(r, LANGS);
                        sb.append("```").append(lang).append('\n');
                        for (int k = 0; k < 3 + r.nextInt(12); k++) {
                            sb.append(k % 3 == 0 ? "# " : "  ").append(pick(r, NOUNS)).append('_').append(pick(r, VERBS))
                                    .append(" = \"").append(pick(r, ADJS)).append("\"  // ").append(pick(r, FILLERS)).append(" — keep\n");
                        }
                        sb.append("```\n\n");
                    }
                    case 1 -> {
                        sb.append("| Option | Default | Meaning |\n|---|---|---|\n");
                        for (int k = 0; k < 2 + r.nextInt(6); k++) {
                            sb.append("| `").append(pick(r, NOUNS)).append('.').append(pick(r, VERBS)).append("` | `")
                                    .append(r.nextInt(100)).append("` | ").append(sentence(r)).append(" |\n");
                        }
                        sb.append('\n');
                    }
                    case 2 -> {
                        for (int k = 0; k < 2 + r.nextInt(5); k++) {
                            sb.append(r.nextBoolean() ? "- " : (k + 1) + ". ").append(sentence(r)).append('\n');
                        }
                        sb.append('\n');
                    }
                    case 3 -> {
                        int other = r.nextInt(docs);
                        String target2 = "../" + DOC_SECTIONS[other % DOC_SECTIONS.length] + "/" + docName(other) + ".md";
                        if (kind == 1 && b == 0) {
                            target2 = "../" + section + "/missing_" + docName(other) + ".md";
                        }
                        String anchor = r.nextInt(3) == 0 ? "#" + slug(DOC_HEADINGS[(other) % DOC_HEADINGS.length]) : "";
                        sb.append(paragraph(r, 1)).append(" See [").append(pick(r, SUBJECTS)).append("](").append(target2)
                                .append(anchor).append(") for details, and the [API notes](https://example.com/api/")
                                .append(pick(r, NOUNS)).append(").\n\n");
                    }
                    case 4 -> sb.append("![").append(pick(r, ADJS)).append(" diagram](../images/")
                            .append(kind == 2 && b == 0 ? "missing.png" : image(r.nextInt(12))).append(")\n\n");
                    case 5 -> sb.append("> **Note:** ").append(paragraph(r, 1 + r.nextInt(2))).append("\n\n");
                    default -> sb.append(paragraph(r, 3 + r.nextInt(5))).append(" Use `")
                            .append(pick(r, NOUNS)).append('.').append(pick(r, VERBS)).append("` to change it.\n\n");
                }
            }
        }
        return sb.toString();
    }
}
