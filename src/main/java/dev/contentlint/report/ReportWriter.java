package dev.contentlint.report;

import dev.contentlint.engine.LintResult;
import java.io.IOException;
import java.io.OutputStream;

/** Writes one report format. */
public interface ReportWriter {

    void write(LintResult result, ReportContext context, OutputStream out) throws IOException;
}
