import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark's floor: {@code java -cp <plugin classpath> Floor.java <dir>}. In one JVM, first
 * lists and reads every .md file under dir (bytes only), then reads and parses each with flexmark,
 * with the parser options of dev.contentlint.document.MarkdownReader (tables and wiki links),
 * on as many threads as there are processors (as the plugin does). Prints one line per step:
 * "floor read: N files, X MB, S s" and "floor parse: N files, X MB, S s".
 */
public class Floor {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).collect(Collectors.toList());
        }
        AtomicLong bytes = new AtomicLong();
        files.parallelStream().forEach(p -> bytes.addAndGet(read(p).length));
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "floor read: %d files, %.2f MB, %.2f s%n", files.size(), bytes.get() / 1e6, (t1 - t0) / 1e9);

        // The very options contentlint parses with, so that this is the same parse.
        Parser parser = Parser.builder(dev.contentlint.document.MarkdownReader.parserOptions()).build();
        long t2 = System.nanoTime();
        AtomicLong nodes = new AtomicLong();
        files.parallelStream().forEach(p -> {
            String text = new String(read(p), StandardCharsets.UTF_8);
            nodes.addAndGet(parser.parse(text).getChildren().iterator().hasNext() ? 1 : 0);
        });
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "floor parse: %d files, %.2f MB, %.2f s (%d non-empty)%n", files.size(), bytes.get() / 1e6, (t3 - t2) / 1e9, nodes.get());
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
