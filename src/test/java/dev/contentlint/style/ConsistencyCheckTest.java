package dev.contentlint.style;

import static dev.contentlint.style.StyleTestSupport.block;
import static dev.contentlint.style.StyleTestSupport.blockWithGap;
import static dev.contentlint.style.StyleTestSupport.region;
import static dev.contentlint.style.StyleTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    private static Check consistency(String options) throws ConfigException {
        return ConsistencyCheck.from(rule("extends: consistency\nmessage: \"Inconsistent '%s'.\"\n"
                + options + "either:\n  colour: color\n  organise: organize\n"));
    }

    @Test
    void reportsEachBlockThatUsesAPairOnceBothFormsHaveBeenSeen() throws ConfigException {
        Check check = consistency("ignorecase: true\n");
        List<Alert> alerts = check.check(region(
                block(100, "We use color here."),
                // colour at 4 and 19: the first is reported
                block(200, "The colour and the colour again."),
                block(300, "Nothing to see."),
                // color at 5, Colour at 12: the last match's text, at its first place
                blockWithGap(400, 8, 6, "More color, Colour."),
                block(500, "We organise it.")));
        assertEquals(List.of(
                Alert.of(204, 210, "colour"),
                Alert.of(418, 424, "Colour")), alerts);
    }

    @Test
    void oneFormAloneIsConsistent() throws ConfigException {
        Check check = consistency("");
        assertEquals(List.of(), check.check(region(block(0, "color and color"),
                block(50, "organize and organize"))));
    }

    @Test
    void bothFormsInOneBlock() throws ConfigException {
        Check check = consistency("");
        assertEquals(List.of(Alert.of(10, 18, "organise")),
                check.check(region(block(10, "organise or organize, organise"))));
    }

    @Test
    void caseMattersUnlessIgnorecase() throws ConfigException {
        assertEquals(List.of(), consistency("").check(region(block(0, "Colour and color"))));
        assertEquals(1, consistency("ignorecase: true\n")
                .check(region(block(0, "Colour and color"))).size());
    }

    @Test
    void wordBoundariesUnlessNonword() throws ConfigException {
        assertEquals(List.of(), consistency("").check(region(block(0, "watercolor and colour"))));
        assertEquals(List.of(Alert.of(15, 21, "colour")), consistency("nonword: true\n")
                .check(region(block(0, "watercolor and colour"))));
    }

    @Test
    void eitherIsRequiredAndItsRegexesMustCompile() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConsistencyCheck.from(rule("extends: consistency\nmessage: x\n")));
        assertEquals("either", e.key());
        e = assertThrows(ConfigException.class, () -> ConsistencyCheck.from(
                rule("extends: consistency\nmessage: x\neither:\n  'colo(u': color\n")));
        assertEquals("either", e.key());
    }
}
