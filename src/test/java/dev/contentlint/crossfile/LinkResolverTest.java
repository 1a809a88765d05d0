package dev.contentlint.crossfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.crossfile.LinkResolver.Resolution;
import dev.contentlint.crossfile.LinkResolver.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkResolverTest {

    @TempDir
    Path dir;

    private static final List<String> TREE = List.of(
            "posts/a.md", "posts/b.md", "posts/img/chart.png", "people/Jane Doe.md",
            "people/carter.md", "archive/carter.md", "archive/2020/notes.md", "guide/index.md",
            "guide/Setup.md", "README.md");

    private LinkResolver resolver(boolean extensionless) {
        return new LinkResolver(new FileIndex(TREE), dir.resolve("content"), extensionless);
    }

    private static Resolution found(String path) {
        return new Resolution(Status.FOUND, Optional.of(path), List.of());
    }

    @Test
    void wikiLinksResolveByNameAnywhereIgnoringCase() {
        LinkResolver resolver = resolver(false);
        assertEquals(found("people/Jane Doe.md"), resolver.wiki("jane doe", "posts/a.md"));
        assertEquals(found("posts/img/chart.png"), resolver.wiki("chart.png", "posts/a.md"));
        assertEquals(found("archive/2020/notes.md"), resolver.wiki("2020/notes", "posts/a.md"));
        assertEquals(found("archive/2020/notes.md"), resolver.wiki("archive/2020/notes.md", "posts/a.md"));
        assertEquals(found("posts/b.md"), resolver.wiki("./b", "posts/a.md"));
        assertEquals(found("people/carter.md"), resolver.wiki("../people/carter", "posts/a.md"));
        assertEquals(found("posts/a.md"), resolver.wiki("", "posts/a.md"));
        assertEquals(Status.MISSING, resolver.wiki("nobody", "posts/a.md").status());
        // A folder must end the path at a slash: "chive/carter" is not "archive/carter".
        assertEquals(Status.MISSING, resolver.wiki("chive/carter", "posts/a.md").status());
    }

    @Test
    void aNameOfSeveralFilesIsAmbiguousUnlessOneIsBesideTheLink() {
        LinkResolver resolver = resolver(false);
        Resolution ambiguous = resolver.wiki("carter", "posts/a.md");
        assertEquals(Status.AMBIGUOUS, ambiguous.status());
        // Shortest path first, as Obsidian's "shortest path" setting writes links.
        assertEquals(List.of("people/carter.md", "archive/carter.md"), ambiguous.candidates());
        assertEquals(Optional.of("people/carter.md"), ambiguous.path());
        assertEquals(found("people/carter.md"), resolver.wiki("carter", "people/other.md"));
        assertEquals(found("people/carter.md"), resolver.wiki("people/carter", "posts/a.md"));
    }

    @Test
    void markdownLinksResolveByPathFromTheFilesFolder() throws IOException {
        LinkResolver resolver = resolver(false);
        assertEquals(found("posts/b.md"), resolver.relative("b.md", "posts/a.md"));
        assertEquals(found("posts/b.md"), resolver.relative("./b.md", "posts/a.md"));
        assertEquals(found("people/Jane Doe.md"), resolver.relative("../people/Jane Doe.md", "posts/a.md"));
        assertEquals(found("README.md"), resolver.relative("/README.md", "posts/a.md"));
        assertEquals(found("guide"), resolver.relative("../guide/", "posts/a.md"));
        assertEquals(new Resolution(Status.MISSING, Optional.of("posts/c.md"), List.of()),
                resolver.relative("c.md", "posts/a.md"));
        Resolution otherCase = resolver.relative("../guide/setup.md", "posts/a.md");
        assertEquals(Status.CASE_DIFFERS, otherCase.status());
        assertEquals(Optional.of("guide/Setup.md"), otherCase.path());
        // GitHub does not add .md; static-site generators do, when asked to.
        assertEquals(Status.MISSING, resolver.relative("b", "posts/a.md").status());
        assertEquals(found("posts/b.md"), resolver(true).relative("b", "posts/a.md"));
        assertEquals(found("guide/index.md"), resolver(true).relative("/guide/index", "posts/a.md"));
        // Outside the content root, the disk decides.
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("LICENSE"), "MIT");
        assertEquals(Status.OUTSIDE, resolver.relative("../../LICENSE", "posts/a.md").status());
        assertEquals(new Resolution(Status.MISSING, Optional.of("../NOTICE"), List.of()),
                resolver.relative("../../NOTICE", "posts/a.md"));
    }
}
