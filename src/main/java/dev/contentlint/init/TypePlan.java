package dev.contentlint.init;

import java.util.Optional;

/**
 * One content type (or the defaults) as init writes it.
 *
 * @param candidate its name and match criteria; for the defaults, a candidate named
 *     {@code defaults} with no criteria
 * @param defaults whether this is the configuration's {@code defaults}
 * @param files how many files have this type
 * @param withFrontMatter how many of them have a front matter block
 * @param withData how many of them have front matter that could be read as a mapping
 * @param frontMatterRequired whether {@code frontMatter.required} is true
 * @param schemaPath the schema file relative to the configuration file, where there is a schema
 * @param stats what the front matter holds; empty where no file's front matter could be read
 * @param facts what the schema says, once inferred
 */
record TypePlan(TypeCandidate candidate, boolean defaults, int files, int withFrontMatter,
        int withData, boolean frontMatterRequired, Optional<String> schemaPath,
        Optional<ValueStats> stats, Optional<SchemaInferrer.Facts> facts) {

    String name() {
        return candidate.name();
    }

    TypePlan withFacts(SchemaInferrer.Facts newFacts) {
        return new TypePlan(candidate, defaults, files, withFrontMatter, withData,
                frontMatterRequired, schemaPath, stats, Optional.of(newFacts));
    }
}
