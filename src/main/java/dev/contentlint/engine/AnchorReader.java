package dev.contentlint.engine;

import dev.contentlint.crossfile.Anchors;
import dev.contentlint.crossfile.DiskLookups;
import dev.contentlint.document.FrontMatter;
import dev.contentlint.document.FrontMatterReader;
import dev.contentlint.document.MarkdownReader;
import dev.contentlint.document.SourceText;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the anchors of a Markdown file that links name but that is not checked (an excluded
 * file), the same way a checked file's are read.
 */
final class AnchorReader {

    private final DiskLookups disk;
    private final FrontMatterReader frontMatterReader;

    /** @param disk where the file is read, and the reading remembered */
    AnchorReader(DiskLookups disk, FrontMatterReader frontMatterReader) {
        this.disk = disk;
        this.frontMatterReader = frontMatterReader;
    }

    /** The anchors of a file by its path under the root; empty where it cannot be read. */
    Optional<Anchors> read(String path) {
        try {
            SourceText source = SourceText.decode(disk.read(path));
            FrontMatter frontMatter = frontMatterReader.read(source);
            if (frontMatter.status() == FrontMatter.Status.UNCLOSED) {
                return Optional.empty();
            }
            return Optional.of(Anchors.of(MarkdownReader.SHARED.read(source, frontMatter)));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
