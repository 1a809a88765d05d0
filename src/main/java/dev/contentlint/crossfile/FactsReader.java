package dev.contentlint.crossfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.config.ContentType;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.document.Body;
import dev.contentlint.document.BodyLink;
import dev.contentlint.document.Document;
import dev.contentlint.document.FrontMatter;
import dev.contentlint.document.SourceText;
import dev.contentlint.document.Span;
import dev.contentlint.document.Suppressions;
import dev.contentlint.yaml.ParsedYaml;
import dev.contentlint.yaml.YamlLocation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads from one document what the checks across files need of it. Shared by threads. */
public final class FactsReader {

    private final LinkSettings links;

    public FactsReader(LinkSettings links) {
        this.links = links;
    }

    public FileFacts read(Document document, ContentType type) {
        boolean bodyKnown = document.frontMatter().status() != FrontMatter.Status.UNCLOSED;
        List<LinkFact> found = new ArrayList<>();
        Optional<Anchors> anchors = Optional.empty();
        Suppressions suppressions = Suppressions.NONE;
        if (links.check() && bodyKnown) {
            Body body = document.body();
            anchors = Optional.of(Anchors.of(body));
            suppressions = body.suppressions();
            for (BodyLink link : body.links()) {
                found.add(new LinkFact(link.kind(), link.target(),
                        document.source().span(link.start(), link.end()), Optional.empty()));
            }
        } else if (bodyKnown) {
            suppressions = document.parsedBody().map(Body::suppressions).orElse(Suppressions.NONE);
        }
        Optional<ObjectNode> data = document.frontMatter().data();
        if (links.check() && data.isPresent() && mayHoldWikiLinks(document)) {
            frontMatterLinks(document, data.get(), type.references().keySet(), found);
        }
        List<FieldValue> values = data.map(d -> values(document, d, type)).orElse(List.of());
        return new FileFacts(document.path(), type.name(), found, anchors, values, suppressions);
    }

    /** Most front matter holds no "[[": its values need not be walked. */
    private static boolean mayHoldWikiLinks(Document document) {
        SourceText source = document.source();
        int bodyLine = document.frontMatter().bodyLine();
        int end = bodyLine > source.lineCount() ? source.text().length() : source.lineStart(bodyLine);
        int at = source.text().indexOf("[[");
        return at >= 0 && at < end;
    }

    /** Wiki links in front-matter values, but for keys that {@code references} checks. */
    private static void frontMatterLinks(Document document, ObjectNode data,
            java.util.Set<String> references, List<LinkFact> found) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = data.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!references.contains(field.getKey())) {
                wikiLinks(document, field.getKey(), field.getValue(),
                        "/" + ParsedYaml.escape(field.getKey()), found);
            }
        }
    }

    private static void wikiLinks(Document document, String field, JsonNode node, String pointer,
            List<LinkFact> found) {
        if (node.isTextual()) {
            for (WikiTarget.Occurrence link : WikiTarget.findIn(node.asText())) {
                found.add(new LinkFact(link.target().embed() ? BodyLink.Kind.WIKI_EMBED
                        : BodyLink.Kind.WIKI, link.written(),
                        spanOf(document, pointer, link.written()), Optional.of(field)));
            }
        } else if (unquotedWikiLink(node)) {
            // YAML reads an unquoted [[note]] as a list in a list; it is meant as a link.
            String written = "[[" + node.get(0).get(0).asText() + "]]";
            found.add(new LinkFact(BodyLink.Kind.WIKI, written, spanOf(document, pointer, written),
                    Optional.of(field)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                wikiLinks(document, field, node.get(i), pointer + "/" + i, found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                wikiLinks(document, field, entry.getValue(),
                        pointer + "/" + ParsedYaml.escape(entry.getKey()), found);
            }
        }
    }

    private static boolean unquotedWikiLink(JsonNode node) {
        return node.isArray() && node.size() == 1 && node.get(0).isArray()
                && node.get(0).size() == 1 && node.get(0).get(0).isTextual();
    }

    /** The values of the keys that {@code unique} and {@code references} name. */
    private static List<FieldValue> values(Document document, ObjectNode data, ContentType type) {
        if (type.unique().isEmpty() && type.references().isEmpty()) {
            return List.of();
        }
        java.util.Set<String> fields = new java.util.LinkedHashSet<>(type.unique());
        fields.addAll(type.references().keySet());
        List<FieldValue> values = new ArrayList<>();
        for (String field : fields) {
            JsonNode node = data.get(field);
            String pointer = "/" + ParsedYaml.escape(field);
            if (node == null) {
                continue;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    value(document, field, node.get(i), pointer + "/" + i, values);
                }
            } else {
                value(document, field, node, pointer, values);
            }
        }
        return values;
    }

    private static void value(Document document, String field, JsonNode node, String pointer,
            List<FieldValue> values) {
        // Empty values and mappings are the schema's business, not a name of anything.
        if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            return;
        }
        Span span = document.frontMatter().location(pointer).map(YamlLocation::valueOrKey)
                .orElse(document.frontMatter().opening());
        values.add(new FieldValue(field, node.asText().strip(), span));
    }

    /** Where a text stands inside a front-matter value, else the whole value. */
    private static Span spanOf(Document document, String pointer, String written) {
        Optional<YamlLocation> location = document.frontMatter().location(pointer);
        if (location.isEmpty()) {
            return document.frontMatter().opening();
        }
        Span value = location.get().valueOrKey();
        SourceText source = document.source();
        int from = source.offset(value.line(), value.column());
        int to = source.offset(value.endLine(), value.endColumn());
        int at = source.text().indexOf(written, from);
        if (at < 0 || at + written.length() > to) {
            return value;
        }
        return source.span(at, at + written.length());
    }
}
