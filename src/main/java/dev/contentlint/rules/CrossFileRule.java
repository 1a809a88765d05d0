package dev.contentlint.rules;

import dev.contentlint.crossfile.CrossFileContext;
import dev.contentlint.crossfile.FileFacts;
import java.util.List;

/**
 * A check that needs other files than the one it reports on: it runs after every file has been
 * checked, on what was read of each. Shared by threads; holds nothing mutable.
 */
public interface CrossFileRule {

    /** The rules it reports as, for the reports. */
    List<RuleInfo> rules();

    void check(FileFacts file, CrossFileContext context, FindingCollector findings);
}
