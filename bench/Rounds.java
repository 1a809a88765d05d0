import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.LintResult;
import dev.contentlint.engine.Linter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The steady state: {@code java -cp <bench classes and plugin classpath> Rounds <config> <dir>
 * [rounds] [threads]} loads the configuration once, then checks every file under dir the given
 * number of times (default 4) in one JVM, on the given threads (default: the processors), with
 * no result cache. Prints one line per round: "round R: N files, F findings, S s". The first
 * round is a cold run without Maven; the last ones show what a file costs once the JIT has
 * compiled the hot code. Add {@code -XX:StartFlightRecording=filename=r.jfr} to profile.
 */
public class Rounds {
    public static void main(String[] args) throws Exception {
        Config config = new ConfigLoader().load(Path.of(args[0]));
        Path dir = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int threads = args.length > 3 ? Integer.parseInt(args[3])
                : Runtime.getRuntime().availableProcessors();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            LintResult result = new Linter(config, threads).lint(dir);
            System.out.printf(Locale.ROOT, "round %d: %d files, %d findings, %.2f s%n", round,
                    result.files().size(), result.findings().size(),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
