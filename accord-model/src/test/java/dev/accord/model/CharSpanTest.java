package dev.accord.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharSpanTest {

    @Test
    void aSpanCutsItsTextWithUtf16Offsets() {
        String text = "Kazakhstan’s Astana 🇰🇿 hosted it";
        int begin = text.indexOf("hosted");
        assertEquals("hosted", new CharSpan(begin, begin + 6).of(text));
    }

    @Test
    void aNegativeOrBackwardSpanIsRefusedWithItsOffsets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 3));
        assertTrue(e.getMessage().contains("[5, 3)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(-1, 3));
    }

    @Test
    void aSpanPastTheEndOfTheTextSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(2, 10).of("short"));
        assertTrue(e.getMessage().contains("length 5"), e.getMessage());
    }

    @Test
    void overlapAndContainmentAreHalfOpen() {
        assertFalse(new CharSpan(0, 3).overlaps(new CharSpan(3, 5)));
        assertTrue(new CharSpan(0, 4).overlaps(new CharSpan(3, 5)));
        assertTrue(new CharSpan(0, 5).contains(new CharSpan(3, 5)));
    }
}
