package dev.contentlint.rules;

import dev.contentlint.crossfile.CrossFileContext;
import dev.contentlint.crossfile.CrossFileContext.Place;
import dev.contentlint.crossfile.FieldValue;
import dev.contentlint.crossfile.FileFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code unique}: no two files of a type share a value of a key the type lists under
 * {@code unique} (compared without case). Each file that shares one is told where the others are.
 */
public final class UniqueRule implements CrossFileRule {

    /** The other places a message names; the rest are counted. */
    private static final int PLACES_SHOWN = 3;

    private final String typeName;
    private final List<String> fields;

    public UniqueRule(String typeName, List<String> fields) {
        this.typeName = typeName;
        this.fields = List.copyOf(fields);
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(new RuleInfo(RuleIds.UNIQUE, RuleIds.describe(RuleIds.UNIQUE),
                Optional.empty(), Severity.ERROR));
    }

    @Override
    public void check(FileFacts file, CrossFileContext context, FindingCollector findings) {
        for (FieldValue value : file.values()) {
            if (!fields.contains(value.field())) {
                continue;
            }
            // The holders include this very place once. Only the few shown are picked out: a
            // value that 30,000 files share ("name: untitled") once filtered all 30,000 for each.
            List<Place> holders = context.holding(typeName, value);
            int others = holders.size() - 1;
            if (others <= 0) {
                continue;
            }
            List<String> shownPlaces = new ArrayList<>(PLACES_SHOWN);
            for (Place place : holders) {
                if (shownPlaces.size() == PLACES_SHOWN) {
                    break;
                }
                if (!(place.path().equals(file.path()) && place.span().equals(value.span()))) {
                    shownPlaces.add(place.describe());
                }
            }
            String shown = String.join(", ", shownPlaces);
            if (others > PLACES_SHOWN) {
                shown += " and " + (others - PLACES_SHOWN) + " more";
            }
            findings.add(RuleIds.UNIQUE, Severity.ERROR, value.span(), value.field() + " '"
                    + value.value() + "' is not unique among files of type '" + typeName
                    + "': " + file.path() + ":" + value.span().line() + ":" + value.span().column()
                    + " and " + shown + " hold it; give each its own");
        }
    }
}
