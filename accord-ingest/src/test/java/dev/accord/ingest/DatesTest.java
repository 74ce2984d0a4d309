package dev.accord.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {

    private static final Optional<LocalDate> JUNE_17 = Optional.of(LocalDate.of(2025, 6, 17));

    @Test
    void theFormsPagesAndFeedsUseAreRead() {
        assertEquals(JUNE_17, Dates.parse("2025-06-17"));
        assertEquals(JUNE_17, Dates.parse("2025-06-17T23:30:00-05:00"));
        assertEquals(JUNE_17, Dates.parse("20250617"));
        assertEquals(JUNE_17, Dates.parse("Tue, 17 Jun 2025 09:00:00 GMT"));
        assertEquals(JUNE_17, Dates.parse("June 17, 2025"));
        assertEquals(JUNE_17, Dates.parse("17th June 2025"));
        assertEquals(Optional.empty(), Dates.parse("yesterday"));
        assertEquals(Optional.empty(), Dates.parse("2025-02-30"));
    }

    @Test
    void urlsAndDatelinesGiveDates() {
        assertEquals(JUNE_17, Dates.fromUrl("https://n.example/world/2025/06/17/talks"));
        assertEquals(JUNE_17, Dates.fromUrl("https://n.example/2025-06-17-talks"));
        assertEquals(Optional.empty(), Dates.fromUrl("https://n.example/story/123456"));
        assertEquals(JUNE_17, Dates.fromDateline("ASTANA, June 17, 2025 (Agency) — Ministers met."));
        assertEquals(Optional.empty(), Dates.fromDateline("Ministers met on June 17, 2025 in Astana."));
    }
}
