package dev.contentlint.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link InitPlan}, never replacing a file: if any file of the plan exists, nothing is
 * written. Each file is created with {@code CREATE_NEW}, so a file that appears meanwhile is not
 * replaced either; then the files written so far are removed again.
 */
public final class InitWriter {

    private InitWriter() {}

    /** The first file of the plan that exists already, if any. */
    public static Optional<Path> firstExisting(InitPlan plan) {
        return plan.files().stream().map(InitPlan.PlannedFile::path)
                .filter(path -> Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .findFirst();
    }

    /**
     * Writes every file of the plan, or none.
     *
     * @return the files written
     * @throws InitException where a file of the plan exists
     */
    public static List<Path> write(InitPlan plan) throws InitException, IOException {
        Optional<Path> existing = firstExisting(plan);
        if (existing.isPresent()) {
            throw exists(existing.get());
        }
        List<Path> written = new ArrayList<>();
        List<Path> createdFolders = new ArrayList<>();
        try {
            for (InitPlan.PlannedFile file : plan.files()) {
                Path folder = file.path().getParent();
                if (folder != null && !Files.isDirectory(folder)) {
                    createFolders(folder, createdFolders);
                }
                Files.write(file.path(), file.text().getBytes(StandardCharsets.UTF_8),
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(file.path());
            }
        } catch (FileAlreadyExistsException e) {
            undo(written, createdFolders);
            throw exists(Path.of(e.getFile()));
        } catch (IOException | RuntimeException e) {
            undo(written, createdFolders);
            throw e;
        }
        return written;
    }

    static InitException exists(Path file) {
        return new InitException(file + " exists, and init never replaces a file: nothing was"
                + " written. Move it away to start afresh, or write elsewhere with"
                + " -Dcontentlint.configFile=<another folder>/contentlint.yaml;"
                + " -Dcontentlint.init.dryRun=true prints what init would write");
    }

    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(0, p);
        }
    }

    private static void undo(List<Path> written, List<Path> createdFolders) {
        for (Path path : written) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // best effort: the error that stopped the writing is the one to report
            }
        }
        for (Path folder : createdFolders) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException ignored) {
                // not empty, or gone
            }
        }
    }
}
