package dev.contentlint.engine;

import dev.contentlint.rules.Finding;
import java.util.List;

/** Counts for the summary line and the reports. */
public record Summary(int files, int errors, int warnings, int suggestions) {

    public static Summary of(int files, List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int suggestions = 0;
        for (Finding finding : findings) {
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case SUGGESTION -> suggestions++;
            }
        }
        return new Summary(files, errors, warnings, suggestions);
    }
}
