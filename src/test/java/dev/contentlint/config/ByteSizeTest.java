package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void aNumberAndAUnitInThousandTwentyFours() {
        assertEquals(64L << 20, ByteSize.parse("64 MB"));
        assertEquals(64L << 20, ByteSize.parse("64MB"));
        assertEquals(512L << 10, ByteSize.parse(" 512 kb "));
        assertEquals(3L << 29, ByteSize.parse("1.5 GB"));
        assertEquals(1L << 30, ByteSize.parse("1 GiB"));
    }

    @Test
    void aSizeWithoutItsUnitSaysHowToWriteIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("64"));
        assertEquals("'64' has no unit; write a number and KB, MB or GB, as '64 MB'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("big"));
        assertEquals("'big' is not a size; write a number and KB, MB or GB, as '64 MB'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("-1 MB"));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("1 TB"));
    }

    @Test
    void formatsInTheLargestUnit() {
        assertEquals("64 MB", ByteSize.format(64L << 20));
        assertEquals("2.4 GB", ByteSize.format(2_621_440_000L));
        assertEquals("190.7 MB", ByteSize.format(199_999_960L));
        assertEquals("1.5 KB", ByteSize.format(1536));
        assertEquals("100 bytes", ByteSize.format(100));
    }
}
