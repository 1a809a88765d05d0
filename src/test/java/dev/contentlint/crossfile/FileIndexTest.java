package dev.contentlint.crossfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileIndexTest {

    @Test
    void namesStartingWithACharAreEachLowerCaseNameOnceWhateverTheFolder() {
        FileIndex index = new FileIndex(List.of(
                "posts/Carter.md", "people/carter.md", "people/chart.png", "posts/b.md", "Index.md",
                "docs/ünïcode.md", "docs/1-intro.md"));

        assertEquals(Set.of("carter.md", "chart.png"), Set.copyOf(index.lowerNamesStartingWith('c')));
        assertEquals(2, index.lowerNamesStartingWith('c').size());
        assertEquals(List.of("b.md"), index.lowerNamesStartingWith('b'));
        assertEquals(List.of("index.md"), index.lowerNamesStartingWith('i'));
        assertEquals(List.of("ünïcode.md"), index.lowerNamesStartingWith('ü'));
        assertEquals(List.of("1-intro.md"), index.lowerNamesStartingWith('1'));
        assertEquals(List.of(), index.lowerNamesStartingWith('C'));
        assertEquals(List.of(), index.lowerNamesStartingWith('z'));
        assertThrows(UnsupportedOperationException.class, () -> index.lowerNamesStartingWith('c').clear());
    }

    @Test
    void namesStartingWithACharAreAllOfThemOnALargeTree() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            paths.add("folder" + (i % 7) + "/" + (char) ('a' + i % 26) + "name" + i + ".md");
        }
        FileIndex index = new FileIndex(paths);

        Set<String> all = new LinkedHashSet<>();
        for (char c = 'a'; c <= 'z'; c++) {
            for (String name : index.lowerNamesStartingWith(c)) {
                assertEquals(c, name.charAt(0));
                assertTrue(all.add(name), name);
            }
        }
        assertEquals(20_000, all.size());
    }
}
