package dev.contentlint.rules;

import dev.contentlint.config.ContentType;
import dev.contentlint.crossfile.CrossFileContext;
import dev.contentlint.crossfile.FieldValue;
import dev.contentlint.crossfile.FileFacts;
import dev.contentlint.crossfile.LinkResolver;
import dev.contentlint.crossfile.LinkResolver.Resolution;
import dev.contentlint.crossfile.WikiTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code references}: each value of a key that the type lists under {@code references} names an
 * existing file ({@code [[note]]}, {@code note}, or a path {@code ../people/jane.md}), and one
 * of the listed type where a type is listed. Messages name both places: the value and the file
 * it names.
 */
public final class ReferencesRule implements CrossFileRule {

    private final Map<String, String> references;

    /**
     * @param references each key, and the type the files it names must have (or {@code any})
     */
    public ReferencesRule(Map<String, String> references) {
        this.references = Map.copyOf(references);
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(new RuleInfo(RuleIds.REFERENCES, RuleIds.describe(RuleIds.REFERENCES),
                Optional.empty(), Severity.ERROR));
    }

    @Override
    public void check(FileFacts file, CrossFileContext context, FindingCollector findings) {
        for (FieldValue value : file.values()) {
            String wanted = references.get(value.field());
            if (wanted != null) {
                problem(value, wanted, file.path(), context).ifPresent(message -> findings.add(
                        RuleIds.REFERENCES, Severity.ERROR, value.span(), value.field() + ": '"
                                + value.value() + "' (line " + value.span().line() + ") "
                                + message));
            }
        }
    }

    private static Optional<String> problem(FieldValue value, String wanted, String from,
            CrossFileContext context) {
        String text = value.value();
        WikiTarget target = WikiTarget.parse(text).orElse(null);
        Resolution resolution;
        if (target != null) {
            resolution = context.resolver().wiki(target.note(), from);
        } else if (text.startsWith("./") || text.startsWith("../") || text.startsWith("/")) {
            resolution = context.resolver().relative(text, from);
        } else {
            resolution = context.resolver().wiki(text, from);
        }
        if (resolution.status() == LinkResolver.Status.CASE_DIFFERS) {
            return Optional.of("names " + resolution.path().orElseThrow()
                    + " with the wrong case, which breaks on Linux and on GitHub");
        }
        if (!resolution.resolves()) {
            return Optional.of("names no file under the content root; write the name of an"
                    + " existing note, as [[name]] or name, or a path from this file");
        }
        if (resolution.status() == LinkResolver.Status.AMBIGUOUS) {
            return Optional.of("could name any of " + resolution.candidatesShown()
                    + "; write the folder too");
        }
        if (wanted.equals(ContentType.ANY_TYPE) || resolution.path().isEmpty()) {
            return Optional.empty();
        }
        String path = resolution.path().get();
        Optional<String> type = context.typeOf(path);
        if (type.isPresent() && type.get().equals(wanted)) {
            return Optional.empty();
        }
        return Optional.of("names " + path + ", " + type.map(t -> "a file of type '" + t + "'")
                .orElse("a file that is not checked") + "; it must name a file of type '" + wanted
                + "'");
    }
}
