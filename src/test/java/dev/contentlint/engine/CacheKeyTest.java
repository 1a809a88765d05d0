package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.contentlint.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheKeyTest {

    @TempDir
    Path dir;

    private String key() throws Exception {
        return CacheKey.of(new ConfigLoader().stage(dir.resolve("contentlint.yaml")).inputs(), "1");
    }

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void everyFileTheConfigurationIsReadFromIsInTheKey() throws Exception {
        write("schemas/post.schema.yaml", "type: object\nproperties:\n  t: {$ref: '../shared/defs.yaml#/t'}\n");
        write("shared/defs.yaml", "t: {$ref: 'more/deeper.json'}\n");
        write("shared/more/deeper.json", "{\"type\": \"string\"}");
        write("shared/unrelated.yaml", "x: 1\n");
        write("styles/House/Ok.yml", "extends: existence\nmessage: \"'%s'\"\ntokens: [so]\n");
        write("styles/Other/Unused.yml", "extends: existence\nmessage: \"'%s'\"\ntokens: [x]\n");
        write("contentlint.yaml", "types:\n  post:\n    frontMatter: { schema: schemas/post.schema.yaml }\n"
                + "    styles: [House]\n");
        String before = key();
        assertEquals(before, key());
        for (String changed : new String[] {"shared/defs.yaml", "shared/more/deeper.json",
                "styles/House/Ok.yml", "schemas/post.schema.yaml", "contentlint.yaml"}) {
            String was = Files.readString(dir.resolve(changed));
            String key = key();
            Files.writeString(dir.resolve(changed), was + "\n# changed\n");
            assertNotEquals(key, key(), changed);
        }
        // What the configuration does not read leaves the key as it is.
        String key = key();
        write("shared/unrelated.yaml", "x: 2\n");
        write("styles/Other/Unused.yml", "extends: existence\nmessage: \"'%s'\"\ntokens: [y]\n");
        assertEquals(key, key());
        assertNotEquals(key, CacheKey.of(new ConfigLoader().stage(dir.resolve("contentlint.yaml"))
                .inputs(), "2"), "the plugin's version");
    }

    @Test
    void aCopyOfTheProjectElsewhereHasTheSameKey(@TempDir Path elsewhere) throws Exception {
        write("schemas/post.schema.yaml", "type: object\n");
        write("styles/House/Ok.yml", "extends: existence\nmessage: \"'%s'\"\ntokens: [so]\n");
        write("contentlint.yaml", "types:\n  post:\n    frontMatter: { schema: schemas/post.schema.yaml }\n"
                + "    styles: [House]\n");
        Path copy = elsewhere.resolve("clone");
        for (String name : new String[] {"schemas/post.schema.yaml", "styles/House/Ok.yml", "contentlint.yaml"}) {
            Files.createDirectories(copy.resolve(name).getParent());
            Files.copy(dir.resolve(name), copy.resolve(name));
        }
        assertEquals(keyOf(dir), keyOf(copy));
        // The same bytes under another name are another configuration (here a rule's id).
        Files.move(copy.resolve("styles/House/Ok.yml"), copy.resolve("styles/House/Fine.yml"));
        assertNotEquals(keyOf(dir), keyOf(copy));
    }

    private static String keyOf(Path project) throws Exception {
        return CacheKey.of(project, new ConfigLoader().stage(project.resolve("contentlint.yaml")).inputs(), "1");
    }
}
