package dev.contentlint.rules;

import dev.contentlint.config.EditDistance;
import dev.contentlint.crossfile.Anchors;
import dev.contentlint.crossfile.CrossFileContext;
import dev.contentlint.crossfile.FileFacts;
import dev.contentlint.crossfile.LinkFact;
import dev.contentlint.crossfile.LinkResolver;
import dev.contentlint.crossfile.LinkResolver.Resolution;
import dev.contentlint.crossfile.PercentDecoding;
import dev.contentlint.crossfile.WikiTarget;
import dev.contentlint.document.BodyLink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code links.broken}: every link of a file names something that exists. Wiki links (in the
 * body and in front-matter values) name a note anywhere under the content root, Markdown links
 * and images a path from the file's folder, and a {@code #fragment} a heading or anchor of the
 * named Markdown file. {@code links.ambiguous}: a wiki link's name fits several files. External
 * addresses are never fetched.
 */
public final class LinksRule implements CrossFileRule {

    /** {@code https:}, {@code mailto:}, {@code //host}: addresses, not checked. */
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    /** Suggestions are looked for among this many names at most, so a big tree stays fast. */
    private static final int MAX_SUGGESTION_CANDIDATES = 5_000;
    /**
     * How many names or headings the "did you mean" hints of one file compare in all: a few
     * tenths of a second at most. A file past it gets its broken links reported without hints.
     */
    static final long SUGGESTION_COMPARISONS = 1_000_000;

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                new RuleInfo(RuleIds.LINKS_BROKEN, RuleIds.describe(RuleIds.LINKS_BROKEN),
                        Optional.empty(), Severity.ERROR),
                new RuleInfo(RuleIds.LINKS_AMBIGUOUS, RuleIds.describe(RuleIds.LINKS_AMBIGUOUS),
                        Optional.empty(), Severity.WARNING));
    }

    @Override
    public void check(FileFacts file, CrossFileContext context, FindingCollector findings) {
        EditDistance.Budget hints = new EditDistance.Budget(SUGGESTION_COMPARISONS);
        for (LinkFact link : file.links()) {
            String prefix = link.field().map(f -> f + ": ").orElse("");
            Optional<String> problem = switch (link.kind()) {
                case WIKI, WIKI_EMBED -> wiki(link, file.path(), context, findings, prefix, hints);
                case UNDEFINED_REFERENCE -> Optional.of("[" + link.written() + "]: no definition ["
                        + link.written() + "]: ... in this file; define it or write the link inline");
                default -> markdown(link, file.path(), context, hints);
            };
            problem.ifPresent(message -> findings.add(RuleIds.LINKS_BROKEN, Severity.ERROR,
                    link.span(), prefix + message));
        }
    }

    private static Optional<String> wiki(LinkFact link, String from, CrossFileContext context,
            FindingCollector findings, String prefix, EditDistance.Budget hints) {
        Optional<WikiTarget> parsed = WikiTarget.parse(link.written());
        if (parsed.isEmpty() || context.links().ignores(parsed.get().note())) {
            return Optional.empty();
        }
        WikiTarget target = parsed.get();
        String shown = target.describe();
        if (target.note().isEmpty() && target.fragment().map(String::isEmpty).orElse(true)) {
            return Optional.of(shown + ": the link names nothing; write [[note]] or [[#heading]]");
        }
        Resolution resolution = context.resolver().wiki(target.note(), from);
        if (!resolution.resolves()) {
            return Optional.of(shown + ": no note or file '" + target.note()
                    + "' under the content root" + nameSuggestion(target.note(), context, true, hints));
        }
        String path = resolution.path().orElseThrow();
        if (resolution.status() == LinkResolver.Status.AMBIGUOUS) {
            findings.add(RuleIds.LINKS_AMBIGUOUS, Severity.WARNING, link.span(), prefix + shown
                    + ": " + resolution.candidates().size() + " files have that name ("
                    + resolution.candidatesShown()
                    + "); Obsidian opens " + path + ". Write the folder too, as [["
                    + withoutMd(path) + "]], to say which");
        }
        String fragment = target.fragment().orElse("");
        Optional<Anchors> anchors = anchorsToCheck(fragment, path, context);
        if (anchors.isEmpty() || anchors.get().hasWikiFragment(fragment)) {
            return Optional.empty();
        }
        String where = path.equals(from) ? "this file" : path;
        if (fragment.startsWith("^")) {
            return Optional.of(shown + ": no block ^" + fragment.substring(1) + " in " + where);
        }
        return Optional.of(shown + ": no heading '" + fragment + "' in " + where
                + EditDistance.suggestion(fragment, anchors.get().headings(), hints));
    }

    private static Optional<String> markdown(LinkFact link, String from, CrossFileContext context,
            EditDistance.Budget hints) {
        String written = link.written().strip();
        if (written.isEmpty() || EXTERNAL.matcher(written).find()
                || context.links().ignores(written)) {
            return Optional.empty();
        }
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? "" : PercentDecoding.decode(written.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = PercentDecoding.decode(path);
        String what = link.kind() == BodyLink.Kind.IMAGE ? "image " : "";
        String target = from;
        if (!path.isEmpty()) {
            Resolution resolution = context.resolver().relative(path, from);
            switch (resolution.status()) {
                case MISSING -> {
                    return Optional.of(what + written + ": no file or folder "
                            + resolution.path().orElse(path) + " under the content root"
                            + pathHint(path, from, context, hints));
                }
                case CASE_DIFFERS -> {
                    return Optional.of(what + written + ": the file is "
                            + resolution.path().orElseThrow() + "; the case differs, which breaks"
                            + " on Linux and on GitHub");
                }
                case OUTSIDE -> {
                    return Optional.empty();
                }
                default -> target = resolution.path().orElseThrow();
            }
        }
        Optional<Anchors> anchors = anchorsToCheck(fragment, target, context);
        if (anchors.isEmpty() || anchors.get().hasId(fragment)) {
            return Optional.empty();
        }
        String where = target.equals(from) ? "this file" : target;
        return Optional.of(written + ": no heading or anchor #" + fragment + " in " + where
                + EditDistance.suggestion(fragment.toLowerCase(Locale.ROOT), anchors.get().ids(), hints));
    }

    /**
     * The anchors a fragment must be among: those of a Markdown target, where anchors are
     * checked and known; none to check otherwise ({@code guide.pdf#page=3}).
     */
    private static Optional<Anchors> anchorsToCheck(String fragment, String target,
            CrossFileContext context) {
        if (fragment.isEmpty() || !context.links().anchors() || !isMarkdown(target)) {
            return Optional.empty();
        }
        return context.anchorsOf(target);
    }

    /**
     * What the writer may have meant by a path that names nothing: the same path with
     * {@code .md}, a file of that name elsewhere, or a name close to it.
     */
    private static String pathHint(String path, String from, CrossFileContext context,
            EditDistance.Budget hints) {
        if (!isMarkdown(path) && context.resolver().relative(path + ".md", from).status()
                == LinkResolver.Status.FOUND) {
            return "; " + fileName(path) + ".md exists: add the .md, or set links.extensionless"
                    + " where a site generator adds it";
        }
        List<String> elsewhere = context.index().named(fileName(path));
        if (!elsewhere.isEmpty()) {
            return " (there is " + String.join(", ", elsewhere.stream().limit(3).toList()) + ")";
        }
        return nameSuggestion(fileName(path), context, false, hints);
    }

    /** " (did you mean 'x'?)" for the closest file name, where the tree is small enough to ask. */
    private static String nameSuggestion(String name, CrossFileContext context, boolean wiki,
            EditDistance.Budget hints) {
        String file = fileName(name).toLowerCase(Locale.ROOT);
        String wanted = wiki ? withoutMd(file) : file;
        if (wanted.isEmpty()) {
            return "";
        }
        List<String> candidates = context.index().lowerNamesStartingWith(wanted.charAt(0)).stream()
                .limit(MAX_SUGGESTION_CANDIDATES)
                .map(n -> wiki ? withoutMd(n) : n)
                .toList();
        return EditDistance.suggestion(wanted, candidates, hints);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String withoutMd(String path) {
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }

    static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }
}
