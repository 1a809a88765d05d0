package dev.contentlint.engine;

import dev.contentlint.config.ByteSize;
import dev.contentlint.config.Config;
import dev.contentlint.config.ContentType;
import dev.contentlint.config.Level;
import dev.contentlint.crossfile.CrossFileContext;
import dev.contentlint.crossfile.DiskLookups;
import dev.contentlint.crossfile.FileIndex;
import dev.contentlint.crossfile.LinkResolver;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.rules.CrossFileRule;
import dev.contentlint.document.Span;
import dev.contentlint.rules.Finding;
import dev.contentlint.rules.FileRule;
import dev.contentlint.rules.FindingCollector;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.RuleIds;
import dev.contentlint.rules.RuleLevels;
import dev.contentlint.rules.Severity;
import dev.contentlint.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The engine: checks every included file under a content root against a configuration, in
 * parallel, and returns the findings in a stable order. Knows nothing of Maven.
 */
public final class Linter {

    private final Config config;
    private final ConfigCompiler compiler;
    private final int threads;
    private final Optional<ResultCache> cache;

    /**
     * @param threads how many files to check at once; 0 or less for one per core
     */
    public Linter(Config config, int threads) {
        this(config, threads, Optional.empty());
    }

    /**
     * @param cache what the last run gave for each file: an unchanged file is taken from it, and
     *     every file checked goes into it (the caller saves it)
     */
    public Linter(Config config, int threads, Optional<ResultCache> cache) {
        this(config, () -> config, threads, cache);
    }

    /**
     * A linter that compiles the configuration only when a file must be checked: where the
     * cache holds every file, neither schemas nor style rules are compiled.
     *
     * @param structure the configuration without its schemas and style rules (see
     *     {@link dev.contentlint.config.StagedConfig}): what scanning the tree and the
     *     checks across files need
     * @param compiled the whole configuration, when asked for
     */
    public Linter(Config structure, ConfigCompiler compiled, int threads,
            Optional<ResultCache> cache) {
        this.config = structure;
        this.compiler = compiled;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.cache = cache;
    }

    /** The whole configuration, compiled when asked for. */
    @FunctionalInterface
    public interface ConfigCompiler {
        Config compile() throws dev.contentlint.config.ConfigException;
    }

    public LintResult lint(Path contentRoot) throws IOException {
        return lint(contentRoot, Set.of());
    }

    /**
     * Checks a content tree.
     *
     * @param skippedFolders folders under the root never to enter, such as the build's output
     */
    public LintResult lint(Path contentRoot, Set<Path> skippedFolders) throws IOException {
        return lint(contentRoot, list(contentRoot, config, skippedFolders));
    }

    /**
     * The files of a content tree, listed before the checks start (the goal lists them while it
     * reads the result cache: each takes most of a second at 100,000 files).
     *
     * @param scan what the listing found
     * @param started when it started, by {@link System#nanoTime()}: the run's time counts from then
     * @param scannedAt when it started, in nanoseconds since the epoch: wall-clock time, as file
     *     times are, taken before the listing looked at them (see {@link #check})
     */
    public record Listing(ContentScanner.Scan scan, long started, long scannedAt) {}

    /** Lists a content tree as {@link #lint(Path, Set)} would. */
    public static Listing list(Path contentRoot, Config config, Set<Path> skippedFolders)
            throws IOException {
        long started = System.nanoTime();
        java.time.Instant scanned = java.time.Instant.now();
        ContentScanner.Scan scan = new ContentScanner().scan(contentRoot, config, skippedFolders);
        return new Listing(scan, started, scanned.getEpochSecond() * 1_000_000_000L
                + scanned.getNano());
    }

    /** Checks a content tree that {@link #list} listed. */
    public LintResult lint(Path contentRoot, Listing listing) throws IOException {
        long start = listing.started();
        ContentScanner.Scan scan = listing.scan();
        RuleLevels levels = levels();
        FrontMatterReader frontMatterReader = new FrontMatterReader(new YamlParser());
        CheckingRules checker = new CheckingRules(compiler, frontMatterReader, levels);

        List<FileResult> results = new ArrayList<>();
        for (ContentScanner.Unreadable unreadable : scan.unreadable()) {
            FindingCollector findings = new FindingCollector(unreadable.path(), levels());
            findings.add(RuleIds.UNREADABLE, Severity.ERROR, Span.at(1, 1),
                    "cannot read the file: " + unreadable.reason());
            results.add(new FileResult(unreadable.path(), ContentType.DEFAULTS, Optional.empty(), 0,
                    findings.findings()));
        }
        List<FileChecker.Checked> checked = checkAll(scan.files(), checker, listing.scannedAt());
        Path root = contentRoot.toAbsolutePath().normalize();
        Map<String, List<Finding>> acrossFiles = crossFile(scan, checked, root, frontMatterReader,
                levels);
        for (FileChecker.Checked file : checked) {
            results.add(with(file.result(), acrossFiles.getOrDefault(file.result().path(), List.of())));
        }
        results.sort((a, b) -> a.path().compareTo(b.path()));

        List<Finding> findings = new ArrayList<>();
        long bytes = 0;
        for (FileResult result : results) {
            findings.addAll(result.findings());
            bytes += result.bytes();
        }
        findings.sort(Finding.ORDER);
        return new LintResult(results, findings, Summary.of(results.size(), findings), bytes,
                Duration.ofNanos(System.nanoTime() - start), rules(checker));
    }

    /**
     * Every rule that can report: from the compiled configuration where it was compiled, else
     * as the cache, written under this very configuration, knows them.
     */
    private List<RuleInfo> rules(CheckingRules checker) {
        Optional<ResultCache.Configuration> known = cache.flatMap(ResultCache::configuration);
        if (!checker.isBuilt() && known.isPresent()) {
            return known.get().rules();
        }
        return rules(checker.get().types(), checker.get().defaults());
    }

    /**
     * What the checks across files find in each file (files with none left out): the last run's
     * findings where the result cache holds them for this very tree, else found now.
     */
    private Map<String, List<Finding>> crossFile(ContentScanner.Scan scan,
            List<FileChecker.Checked> checked, Path root, FrontMatterReader frontMatterReader,
            RuleLevels levels) throws IOException {
        Optional<Map<String, List<Finding>>> cached = cache.flatMap(
                c -> c.crossFile(scan.allFiles(), scan.files().size(), root, config.maxFileSize()));
        if (cached.isPresent()) {
            return cached.get();
        }
        FileIndex index = new FileIndex(scan.allFiles());
        DiskLookups disk = new DiskLookups(root, config.maxFileSize());
        CrossFileContext context = new CrossFileContext(config.links(), index,
                new LinkResolver(index, disk, root, config.links().extensionless()),
                checked.stream().map(FileChecker.Checked::facts).toList(), config.allTypes(),
                new AnchorReader(disk, frontMatterReader)::read);
        // The context is read-only once built (excluded files' anchors are read into a
        // concurrent map), so the files are checked against it in parallel too.
        // They read no schema and no style rule: the structure's types have them all.
        Map<String, List<CrossFileRule>> rules = new HashMap<>();
        for (ContentType type : config.allTypes()) {
            rules.putIfAbsent(type.name(), TypeRules.crossFileRules(type, config.links()));
        }
        List<CrossFileRule> defaults = rules.get(config.defaults().name());
        List<List<Finding>> found = inParallel(checked, file -> crossFile(file,
                rules.getOrDefault(file.result().type(), defaults), context, levels),
                "checking links of");
        Map<String, List<Finding>> byFile = new HashMap<>();
        for (int i = 0; i < checked.size(); i++) {
            if (!found.get(i).isEmpty()) {
                byFile.put(checked.get(i).result().path(), found.get(i));
            }
        }
        cache.ifPresent(c -> c.putCrossFile(scan.allFiles(), scan.files().size(), byFile,
                disk.seen()));
        return byFile;
    }

    /** What the checks across files find in one file, less what the file suppresses. */
    private static List<Finding> crossFile(FileChecker.Checked file, List<CrossFileRule> rules,
            CrossFileContext context, RuleLevels levels) {
        if (rules.isEmpty()) {
            return List.of();
        }
        FindingCollector findings = new FindingCollector(file.result().path(), levels);
        for (CrossFileRule rule : rules) {
            try {
                rule.check(file.facts(), context, findings);
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(RuleIds.INTERNAL, Severity.ERROR, Span.at(1, 1), "rule "
                        + rule.rules().get(0).id() + " failed on this file (" + e + "); the other"
                        + " rules ran. Please report this with the file");
            }
        }
        if (findings.findings().isEmpty()) {
            return List.of();
        }
        return FileChecker.withoutSuppressed(findings.findings(), file.facts().suppressions());
    }

    /** A file's result with what the checks across files found in it. */
    private static FileResult with(FileResult result, List<Finding> acrossFiles) {
        if (acrossFiles.isEmpty()) {
            return result;
        }
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(acrossFiles);
        return new FileResult(result.path(), result.type(), result.status(), result.bytes(), all);
    }

    /** Every rule that can report: the engine's own, then each type's, once each, by id. */
    private static List<RuleInfo> rules(List<TypeRules> types, TypeRules defaults) {
        Map<String, RuleInfo> rules = new java.util.TreeMap<>();
        for (String id : RuleIds.ENGINE) {
            rules.put(id, new RuleInfo(id, RuleIds.describe(id), Optional.empty(), Severity.ERROR));
        }
        List<TypeRules> all = new ArrayList<>(types);
        all.add(defaults);
        for (TypeRules type : all) {
            for (FileRule rule : type.rules()) {
                rules.putIfAbsent(rule.id(), rule.info());
            }
            for (CrossFileRule rule : type.crossFileRules()) {
                rule.rules().forEach(info -> rules.putIfAbsent(info.id(), info));
            }
        }
        return List.copyOf(rules.values());
    }

    /**
     * A file this large or larger is checked after the others, on its own: checking takes
     * ten to twenty times a file's size in memory, and where that is more than the JVM has, the
     * failure is then the big file's alone, reported on it, not on the files checked beside it.
     */
    static final long ALONE = 4L << 20;

    /** @param started when the scan started, in nanoseconds since the epoch */
    private List<FileChecker.Checked> checkAll(List<ContentFile> files, CheckingRules checker,
            long started) throws IOException {
        List<Integer> together = new ArrayList<>(files.size());
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            (sizeOf(files.get(i)) >= ALONE ? alone : together).add(i);
        }
        FileChecker.Checked[] all = new FileChecker.Checked[files.size()];
        List<FileChecker.Checked> checked = inParallel(together,
                i -> check(files.get(i), checker, started), "checking");
        for (int k = 0; k < together.size(); k++) {
            all[together.get(k)] = checked.get(k);
        }
        for (int i : alone) {
            ContentFile file = files.get(i);
            try {
                all[i] = check(file, checker, started);
            } catch (OutOfMemoryError e) {
                all[i] = FileChecker.outOfMemory(file, sizeOf(file), levels());
            }
        }
        return Arrays.asList(all);
    }

    /** A file's size as the scan saw it; a symbolic link's, of the file it leads to. */
    private static long sizeOf(ContentFile file) {
        if (file.size() >= 0) {
            return file.size();
        }
        try {
            return Files.size(file.file());
        } catch (IOException e) {
            return 0; // its reading says why
        }
    }

    /**
     * Applies the work to each item on the run's threads, handed out in {@link SpreadOrder}, the
     * results in the items' order.
     * Each item's work must share nothing mutable with the others'.
     */
    private <T, R> List<R> inParallel(List<T> items, java.util.function.Function<T, R> work,
            String what) throws IOException {
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), task -> {
            Thread thread = new Thread(task, "contentlint-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(Collections.nCopies(items.size(), null));
            for (int index : SpreadOrder.of(items.size())) {
                T item = items.get(index);
                futures.set(index, pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what + " files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new IOException("ran out of memory while " + what + " files: Maven's heap"
                        + " is at most " + ByteSize.format(Runtime.getRuntime().maxMemory())
                        + "; give Maven more (-Xmx2g in MAVEN_OPTS or .mvn/jvm.config)", e.getCause());
            }
            throw new IOException(what + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A file from the cache where its bytes are unchanged, else checked (and cached). Where its
     * size and time are as the cache has them, its bytes are not even read.
     *
     * @param started when the scan started, in nanoseconds since the epoch
     */
    private FileChecker.Checked check(ContentFile file, CheckingRules checker, long started) {
        if (cache.isEmpty()) {
            return checker.get().checker().check(file, config.maxFileSize());
        }
        ResultCache.Stamp stamp = stamp(file, started);
        if (stamp.trusted() && Files.isReadable(file.file())) {
            Optional<ResultCache.CachedFile> cached = cache.get().get(file.path(), stamp);
            if (cached.isPresent()) {
                return new FileChecker.Checked(cached.get().result(), cached.get().facts());
            }
        }
        byte[] bytes;
        try {
            bytes = FileBytes.read(file.file(), config.maxFileSize(), file.size());
        } catch (FileBytes.TooLarge e) {
            return FileChecker.tooLarge(file, e.size(), config.maxFileSize(), levels()); // never cached
        } catch (IOException e) {
            // reports why it cannot be read; never cached
            return checker.get().checker().check(file, config.maxFileSize());
        }
        byte[] hash = CacheKey.hash(bytes);
        if (bytes.length != file.size()) {
            stamp = ResultCache.Stamp.NONE; // changed since the scan saw it
        }
        Optional<ResultCache.CachedFile> cached = cache.get().get(file.path(), hash, stamp);
        if (cached.isPresent()) {
            return new FileChecker.Checked(cached.get().result(), cached.get().facts());
        }
        FileChecker.Checked checked = checker.get().checker().check(file, bytes);
        cache.get().put(file.path(), hash, stamp, checked.result(), checked.facts());
        return checked;
    }

    /**
     * A file's size and time as the scan saw them, kept for the next run only where the file
     * was last changed more than {@link #SETTLED} before the scan looked at it: a change made later
     * gives it a later time, even on a file system whose clock ticks in seconds.
     */
    private static ResultCache.Stamp stamp(ContentFile file, long started) {
        if (file.size() < 0 || file.modified() < 0 || file.modified() > started - SETTLED) {
            return ResultCache.Stamp.NONE;
        }
        return new ResultCache.Stamp(file.size(), file.modified(), file.identity());
    }

    /** Longer than the coarsest file time (FAT's 2 s), with room for a little clock skew. */
    private static final long SETTLED = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    private RuleLevels levels() {
        Map<String, Severity> severities = new HashMap<>();
        Set<String> off = new HashSet<>();
        for (Map.Entry<String, Level> entry : config.levels().entrySet()) {
            Optional<Severity> severity = entry.getValue().severity();
            if (severity.isPresent()) {
                severities.put(entry.getKey(), severity.get());
            } else {
                off.add(entry.getKey());
            }
        }
        return new RuleLevels(severities, off);
    }
}
