package dev.contentlint.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium for the HTML report tests: {@code -Dcontentlint.chromium=...}, else
 * {@code chromium}, {@code chromium-browser} or {@code google-chrome} on the PATH (or in
 * {@code /usr/bin}). Each run gets a new profile folder and no network services.
 */
final class Chromium {

    static final long TIMEOUT_SECONDS = 60;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    static Optional<Chromium> find() {
        String configured = System.getProperty("contentlint.chromium");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(new Chromium(path)) : Optional.empty();
        }
        List<Path> folders = new ArrayList<>();
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String folder : pathVariable.split(java.io.File.pathSeparator)) {
                if (!folder.isBlank()) {
                    folders.add(Path.of(folder));
                }
            }
        }
        folders.add(Path.of("/usr/bin"));
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (Path folder : folders) {
                Path candidate = folder.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** The page's DOM after its scripts ran, at a window size. */
    String dumpDom(Path page, int width, int height, Path work, String... flags)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(work, "dom-", ".html");
        List<String> args = new ArrayList<>(List.of(flags));
        args.addAll(List.of("--window-size=" + width + "," + height, "--dump-dom", page.toUri().toString()));
        run(work, stdout, args.toArray(String[]::new));
        return Files.readString(stdout);
    }

    /** A PNG of the page's first screen at a window size. */
    Path screenshot(String url, int width, int height, Path png, Path work)
            throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(work, work.resolve("screenshot-" + width + ".out"), "--window-size=" + width + "," + height,
                "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(), url);
        return png;
    }

    private void run(Path work, Path stdout, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile-");
        Path stderr = Files.createTempFile(work, "chromium-", ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--mute-audio",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command
                    + "\n" + tail(stderr));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + process.exitValue() + ": " + command
                    + "\n" + tail(stderr));
        }
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }
}
