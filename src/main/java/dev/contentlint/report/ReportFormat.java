package dev.contentlint.report;

import dev.contentlint.engine.LintResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The report formats of the contract, by their {@code formats} name, with their file names. */
public enum ReportFormat {
    JSON("json", "contentlint.json", JsonReportWriter::new),
    HTML("html", "contentlint.html", HtmlReportWriter::new),
    SARIF("sarif", "contentlint.sarif", SarifReportWriter::new),
    CHECKSTYLE("checkstyle", "contentlint-checkstyle.xml", CheckstyleReportWriter::new),
    JUNIT("junit", "contentlint-junit.xml", JunitReportWriter::new);

    public static final String DEFAULT_FORMATS = "json,html";

    private final String id;
    private final String fileName;
    private final Supplier<ReportWriter> writer;

    ReportFormat(String id, String fileName, Supplier<ReportWriter> writer) {
        this.id = id;
        this.fileName = fileName;
        this.writer = writer;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /** Writes the report atomically into a folder and returns its file. */
    public Path write(LintResult result, ReportContext context, Path folder) throws IOException {
        Path target = folder.resolve(fileName);
        ReportWriter instance = writer.get();
        AtomicFiles.write(target, out -> instance.write(result, context, out));
        return target;
    }

    public static Optional<ReportFormat> parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /**
     * Parses a comma-separated list such as {@code json,html}.
     *
     * @throws IllegalArgumentException naming an unknown format and the known ones
     */
    public static List<ReportFormat> parseList(String names) {
        List<ReportFormat> formats = new ArrayList<>();
        if (names == null || names.isBlank()) {
            return formats;
        }
        for (String name : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            ReportFormat format = parse(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown report format '" + name.trim() + "'; known formats: "
                            + String.join(", ", Arrays.stream(values()).map(ReportFormat::id).toList())));
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        return formats;
    }
}
