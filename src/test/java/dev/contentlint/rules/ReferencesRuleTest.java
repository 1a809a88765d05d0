package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencesRuleTest {

    @TempDir
    Path dir;

    private static final String CONFIG = """
            types:
              person:
                match: { paths: ["people/**"] }
              post:
                match: { paths: ["posts/**"] }
                references:
                  author: person
                  related_concepts: any
            """;

    @Test
    void valuesNameExistingFilesOfTheListedType() throws Exception {
        CrossFileTestSupport tree = new CrossFileTestSupport(dir)
                .file("people/jane.md", "# Jane\n")
                .file("people/carter_personality_v01.md", "# Carter\n")
                .file("topics/sync.md", "# Sync\n")
                .file("posts/good.md", """
                        ---
                        author: jane
                        related_concepts: ["[[carter_personality_v01]]", "../topics/sync.md", "[[sync#Sync]]"]
                        ---
                        """)
                .file("posts/bad.md", """
                        ---
                        author: "[[sync]]"
                        related_concepts:
                          - "[[carter_personality_v02]]"
                          - ../topics/Sync.md
                        ---
                        """);
        assertEquals("""
                posts/bad.md 2:9-2:19 error [references] author: '[[sync]]' (line 2) names topics/sync.md, a file of type 'defaults'; it must name a file of type 'person'
                posts/bad.md 4:5-4:33 error [references] related_concepts: '[[carter_personality_v02]]' (line 4) names no file under the content root; write the name of an existing note, as [[name]] or name, or a path from this file
                posts/bad.md 5:5-5:22 error [references] related_concepts: '../topics/Sync.md' (line 5) names topics/sync.md with the wrong case, which breaks on Linux and on GitHub
                """, tree.findings(CONFIG));
    }

    @Test
    void aReferenceToATypeThatDoesNotExistIsAConfigurationError() throws Exception {
        CrossFileTestSupport tree = new CrossFileTestSupport(dir);
        ConfigException error = assertThrows(ConfigException.class, () -> tree.lint("""
                types:
                  post:
                    references: { author: persn }
                """));
        assertTrue(error.getMessage().contains("contentlint.yaml:4:27: types.post.references.author:"
                + " no type named 'persn'"), error.getMessage());
    }
}
