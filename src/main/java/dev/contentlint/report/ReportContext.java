package dev.contentlint.report;

import java.nio.file.Path;

/**
 * What a report needs besides the findings: where the files are (to show their lines, and to
 * name them relative to the project, as code-scanning tools want) and which contentlint wrote it.
 *
 * @param contentRoot the content root, which finding paths are relative to
 * @param projectRoot the project's folder (where the build runs), which SARIF, Checkstyle and CI
 *     annotations name files relative to
 * @param toolVersion contentlint's version
 */
public record ReportContext(Path contentRoot, Path projectRoot, String toolVersion) {

    public ReportContext {
        contentRoot = contentRoot.toAbsolutePath().normalize();
        projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /**
     * A finding's path (relative to the content root) relative to the project, with {@code /};
     * the content-root path itself where the content lies outside the project.
     */
    public String projectPath(String contentPath) {
        Path file = contentRoot.resolve(contentPath).normalize();
        if (!file.startsWith(projectRoot)) {
            return contentPath;
        }
        return projectRoot.relativize(file).toString().replace('\\', '/');
    }

    /** The version of contentlint, from the jar's build, or "unknown". */
    public static String currentVersion() {
        try (var in = ReportContext.class.getResourceAsStream("/dev/contentlint/contentlint.properties")) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
