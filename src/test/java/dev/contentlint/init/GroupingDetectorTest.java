package dev.contentlint.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.config.ContentType;
import dev.contentlint.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupingDetectorTest {

    private final List<SurveyedFile> files = new ArrayList<>();

    private GroupingDetectorTest file(String path, String frontMatter) {
        if (frontMatter == null) {
            files.add(new SurveyedFile(path, SurveyedFile.State.NO_FRONT_MATTER, false, Optional.empty()));
        } else {
            ObjectNode data = (ObjectNode) new YamlParser().parse(frontMatter, 1).json();
            files.add(new SurveyedFile(path, SurveyedFile.State.FRONT_MATTER, false,
                    Optional.of(data == null ? new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode() : data)));
        }
        return this;
    }

    private Grouping detect(GroupBy groupBy) throws InitException {
        return new GroupingDetector().detect(new Survey(files, List.of(), List.of(), Map.of(), List.of()),
                groupBy);
    }

    private Grouping detect() throws InitException {
        return detect(GroupBy.AUTO);
    }

    private static List<String> names(Grouping grouping) {
        return grouping.types().stream().map(TypeCandidate::name).toList();
    }

    /** The type each file gets, as validate matches them. */
    private Map<String, String> assignment(Grouping grouping) {
        List<ContentType> types = grouping.types().stream().map(TypeCandidate::toContentType).toList();
        Map<String, String> result = new java.util.TreeMap<>();
        for (SurveyedFile file : files) {
            result.put(file.path(), types.stream().filter(t -> t.matches(file.path(), file.data()))
                    .map(ContentType::name).findFirst().orElse("defaults"));
        }
        return result;
    }

    @Test
    void aKeyThatNamesATypeWinsThenFoldersForTheRest() throws Exception {
        file("posts/a.md", "node_type: linkedin-post\nstatus: draft\n");
        file("posts/b.md", "node_type: linkedin-post\nstatus: published\n");
        file("posts/c.md", "node_type: linkedin-post\nstatus: draft\n");
        file("people/d.md", "node_type: personality\nstatus: draft\n");
        file("notes/e.md", "title: E\nstatus: draft\n");
        file("notes/f.md", null);
        file("drafts/g.md", null);
        file("root.md", "title: root\n");

        Grouping grouping = detect();

        assertEquals(Grouping.Kind.FRONT_MATTER, grouping.kind());
        assertEquals(Optional.of("node_type"), grouping.key());
        assertEquals(List.of("linkedin-post", "personality", "notes"), names(grouping));
        TypeCandidate post = grouping.types().get(0);
        assertEquals("whose node_type is linkedin-post", post.origin());
        assertEquals(List.of(), post.paths());
        assertEquals(Optional.of("linkedin-post"), post.value());
        TypeCandidate notes = grouping.types().get(2);
        assertEquals(List.of("notes/**"), notes.paths());
        assertEquals("in notes/ without node_type", notes.origin());
        assertEquals(Map.of("posts/a.md", "linkedin-post", "posts/b.md", "linkedin-post",
                "posts/c.md", "linkedin-post", "people/d.md", "personality", "notes/e.md", "notes",
                "notes/f.md", "notes", "drafts/g.md", "defaults", "root.md", "defaults"),
                assignment(grouping));
        assertTrue(grouping.description().startsWith("by the front-matter key node_type (detected;"
                + " in 4 of 6 files with front matter), then by folder"), grouping.description());
    }

    @Test
    void statusIsNoType() throws Exception {
        // status has two values in every file; it is a state, not a type: folders decide.
        for (int i = 0; i < 6; i++) {
            file((i < 3 ? "posts/" : "docs/") + i + ".md", "status: " + (i % 2 == 0 ? "draft" : "done") + "\n");
        }
        Grouping grouping = detect();
        assertEquals(Grouping.Kind.FOLDER, grouping.kind());
        assertEquals(List.of("docs", "posts"), names(grouping));
        assertEquals(List.of("docs/**"), grouping.types().get(0).paths());
    }

    @Test
    void aKeyInTooFewFilesIsNoGrouping() throws Exception {
        file("a/1.md", "type: x\n");
        file("a/2.md", "title: t\n");
        file("a/3.md", "title: t\n");
        assertEquals(Grouping.Kind.FOLDER, detect().kind());
        file("a/4.md", "type: y\n");
        // Half the files: enough.
        assertEquals(Grouping.Kind.FRONT_MATTER, detect().kind());
    }

    @Test
    void aKeyWithTooManyValuesIsNoGrouping() throws Exception {
        for (int i = 0; i <= GroupingDetector.MAX_TYPES; i++) {
            file("posts/" + i + ".md", "type: t" + i + "\n");
        }
        assertEquals(Grouping.Kind.FOLDER, detect().kind());
        InitException error = assertThrows(InitException.class, () -> detect(GroupBy.parse("type")));
        assertTrue(error.getMessage().contains("'type' has 21 different values"), error.getMessage());
    }

    @Test
    void typeLikeKeysAndTheirOrder() throws Exception {
        file("1.md", "note_type: a\nkind: k\n");
        file("2.md", "note_type: b\nkind: k\n");
        file("3.md", "note_type: b\n");
        // note_type is in more files than kind.
        assertEquals(Optional.of("note_type"), detect().key());
        files.clear();
        file("1.md", "type: a\nkind: k\n");
        file("2.md", "type: b\nkind: k\n");
        // As many files: type comes first in the list.
        assertEquals(Optional.of("type"), detect().key());
        files.clear();
        file("1.md", "postType: a\n");
        file("2.md", "postType: a\n");
        assertEquals(Optional.of("postType"), detect().key());
        files.clear();
        file("1.md", "typewriter: a\n");
        file("2.md", "typewriter: a\n");
        assertEquals(Grouping.Kind.SINGLE, detect().kind());
    }

    @Test
    void listsAndMappingsDoNotNameTypes() throws Exception {
        file("1.md", "type: [a, b]\n");
        file("2.md", "type: {x: 1}\n");
        file("3.md", "type: 7\n");
        file("4.md", "type: \"\"\n");
        Grouping grouping = detect();
        // Only the integer counts: 1 of 4 files, too few.
        assertEquals(Grouping.Kind.SINGLE, grouping.kind());
        assertEquals(List.of("page"), names(grouping));
    }

    @Test
    void foldersThenOneTypeThenNone() throws Exception {
        file("posts/a.md", "title: a\n");
        file("empty/b.md", null);
        file("c.md", "title: c\n");
        Grouping folders = detect();
        assertEquals(List.of("posts"), names(folders));
        assertEquals(Map.of("posts/a.md", "posts", "empty/b.md", "defaults", "c.md", "defaults"),
                assignment(folders));

        files.clear();
        file("a.md", "title: a\n");
        file("b.md", null);
        Grouping single = detect();
        assertEquals(Grouping.Kind.SINGLE, single.kind());
        assertEquals(Map.of("a.md", "page", "b.md", "page"), assignment(single));

        files.clear();
        file("posts/a.md", null);
        file("b.md", null);
        Grouping none = detect();
        assertEquals(Grouping.Kind.NONE, none.kind());
        assertEquals(List.of(), none.types());
    }

    @Test
    void tooManyFoldersMakeOneType() throws Exception {
        for (int i = 0; i <= GroupingDetector.MAX_TYPES; i++) {
            file("f" + i + "/a.md", "title: t\n");
        }
        assertEquals(Grouping.Kind.SINGLE, detect().kind());
        assertEquals(GroupingDetector.MAX_TYPES + 1, detect(GroupBy.parse("folder")).types().size());
    }

    @Test
    void groupByIsObeyed() throws Exception {
        file("posts/a.md", "node_type: post\nlayout: wide\n");
        file("posts/b.md", "node_type: post\nlayout: narrow\n");
        assertEquals(List.of("post"), names(detect()));
        assertEquals(List.of("narrow", "wide"), names(detect(GroupBy.parse("layout"))));
        assertEquals(List.of("posts"), names(detect(GroupBy.parse("folder"))));
        assertEquals(List.of("page"), names(detect(GroupBy.parse("none"))));
        assertEquals(Optional.of("folder"), GroupBy.parse("key:folder").key());
        InitException error = assertThrows(InitException.class, () -> detect(GroupBy.parse("layot")));
        assertEquals("no file's front matter gives the key layot a text value to group by (did you"
                + " mean 'layout'?); keys found (in how many files): layout (2), node_type (2). Set"
                + " -Dcontentlint.init.groupBy to one of them, to folder, or to none", error.getMessage());
    }

    @Test
    void aValueSeenOnceThatResemblesAnotherIsNoted() throws Exception {
        file("1.md", "type: linkedin-post\n");
        file("2.md", "type: linkedin-post\n");
        file("3.md", "type: linkedin-psot\n");
        Grouping grouping = detect();
        assertEquals(List.of("linkedin-post", "linkedin-psot"), names(grouping));
        assertEquals(Optional.of("a typo of 'linkedin-post'?"), grouping.types().get(1).note());
        assertEquals(Optional.empty(), grouping.types().get(0).note());
    }

    @Test
    void namesAreUniqueAndSafe() throws Exception {
        file("notes/a.md", "type: notes\n");
        file("notes/b.md", "type: Notes\n");
        file("notes/c.md", "type: defaults\n");
        file("notes/d.md", "type: \"a: \\\"b\\\" #c\\nd\"\n");
        file("notes/e.md", "title: no type\n");
        // A value on two lines is not one that names a type: detection passes the key by.
        assertEquals(Grouping.Kind.FOLDER, detect().kind());
        Grouping grouping = detect(GroupBy.parse("type"));
        assertEquals(List.of("Notes", "a-b-c-d", "defaults-2", "notes-2", "notes-folder"),
                names(grouping).stream().sorted().toList());
        TypeCandidate hostile = grouping.types().stream().filter(t -> t.name().equals("a-b-c-d"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of("a: \"b\" #c\nd"), hostile.value());
        assertEquals("notes-folder", assignment(grouping).get("notes/e.md"));
        assertEquals("a-b-c-d", assignment(grouping).get("notes/d.md"));
    }

    @Test
    void folderGlobsMatchFolderNamesWithGlobCharacters() throws Exception {
        assertEquals("a?1?/**", GroupingDetector.folderGlob("a[1]"));
        assertEquals("x?y?z/**", GroupingDetector.folderGlob("x{y,z"));
        file("a[1]/a.md", "title: a\n");
        file("my notes/b.md", "title: b\n");
        file("ünï/c.md", "title: c\n");
        Grouping grouping = detect();
        assertEquals(Map.of("a[1]/a.md", "a-1", "my notes/b.md", "my notes", "ünï/c.md", "ünï"),
                assignment(grouping));
    }
}
