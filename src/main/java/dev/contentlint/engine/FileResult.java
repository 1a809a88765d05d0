package dev.contentlint.engine;

import dev.contentlint.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What checking one file found.
 *
 * @param path relative to the content root
 * @param type the content type it matched ({@code defaults} for none)
 * @param status its front-matter {@code status}, where it has one, for the reports
 * @param bytes its size
 */
public record FileResult(String path, String type, Optional<String> status, long bytes,
        List<Finding> findings) {

    public FileResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }
}
