package dev.contentlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.yaml.YamlParser;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

    private final FrontMatterReader reader = new FrontMatterReader(new YamlParser());

    private FrontMatter read(String text) {
        return reader.read(SourceText.of(text));
    }

    @Test
    void readsABlockBetweenDashes() {
        FrontMatter frontMatter = read("---\nname: x\nstatus: draft\n---\n# Title\n");

        assertEquals(FrontMatter.Status.PRESENT, frontMatter.status());
        assertEquals(5, frontMatter.bodyLine());
        assertEquals("draft", frontMatter.data().orElseThrow().get("status").textValue());
        assertEquals(3, frontMatter.location("/status").orElseThrow().key().line());
        assertTrue(frontMatter.problems().isEmpty());
    }

    @Test
    void closesWithDotsAndAllowsTrailingBlanks() {
        FrontMatter frontMatter = read("---  \nname: x\n...\nbody\n");
        assertEquals(FrontMatter.Status.PRESENT, frontMatter.status());
        assertEquals(4, frontMatter.bodyLine());
    }

    @Test
    void keepsLineNumbersWithCrlf() {
        FrontMatter frontMatter = read("---\r\nname: x\r\nstatus: draft\r\n---\r\n");
        assertEquals(3, frontMatter.location("/status").orElseThrow().value().line());
        assertEquals(9, frontMatter.location("/status").orElseThrow().value().column());
    }

    @Test
    void aFileWithoutDashesHasNone() {
        FrontMatter frontMatter = read("# Title\n---\nname: x\n---\n");
        assertFalse(frontMatter.isPresent());
        assertTrue(frontMatter.data().isEmpty());
    }

    @Test
    void anUnclosedBlockIsAProblemOnLineOne() {
        FrontMatter frontMatter = read("---\nname: x\n# Title\n");
        assertEquals(FrontMatter.Status.UNCLOSED, frontMatter.status());
        assertEquals(1, frontMatter.problems().get(0).span().line());
        assertTrue(frontMatter.problems().get(0).message().contains("never closed"));
        assertTrue(frontMatter.data().isEmpty());
    }

    @Test
    void aBlockThatRunsIntoTheBodySaysSo() {
        FrontMatter frontMatter = read("---\nname: x\n\n# Title\n\nSome text.\n\n---\n\nMore.\n");
        assertEquals(FrontMatter.Status.PRESENT, frontMatter.status());
        String message = frontMatter.problems().get(0).message();
        assertTrue(message.startsWith("YAML syntax error"), message);
        assertTrue(message.endsWith("(the front matter runs to the '---' on line 8 and holds the"
                + " heading on line 4: is its closing '---' missing?)"), message);
    }

    @Test
    void anEmptyBlockIsAnEmptyMapping() {
        FrontMatter frontMatter = read("---\n---\nbody\n");
        assertEquals(0, frontMatter.data().orElseThrow().size());
    }

    @Test
    void aListIsNotFrontMatter() {
        FrontMatter frontMatter = read("---\n- a\n- b\n---\n");
        assertEquals("front matter must be 'key: value' lines, not a list",
                frontMatter.problems().get(0).message());
        assertEquals(2, frontMatter.problems().get(0).span().line());
        assertTrue(frontMatter.data().isEmpty());
    }

    @Test
    void anEmptyFileHasNoFrontMatter() {
        assertFalse(read("").isPresent());
    }
}
