package dev.contentlint.rules;

import dev.contentlint.config.SectionSpec;
import java.util.List;

/** A check of the sections that a content type lists; it reads the Markdown body. */
abstract class SectionRule implements FileRule {

    /** The type's name, for messages. */
    protected final String typeName;
    /** The listed sections, in the listed order. */
    protected final List<SectionSpec> specs;

    SectionRule(String typeName, List<SectionSpec> specs) {
        this.typeName = typeName;
        this.specs = List.copyOf(specs);
    }

    @Override
    public final boolean readsBody() {
        return true;
    }
}
