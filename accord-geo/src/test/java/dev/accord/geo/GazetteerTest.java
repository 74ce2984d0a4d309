package dev.accord.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void astanaIsFoundByItsCurrentNameThoughGeoNamesCallsItNurSultan() {
        GeoName astana = gazetteer.places("Astana").get(0);
        assertEquals(1526273, astana.id());
        assertEquals("KAZ", astana.country());
        assertTrue(GeoName.distanceKm(astana.latitude(), astana.longitude(), 51.17, 71.45) < 30);
    }

    @Test
    void aRenamedCapitalGoesByItsCurrentNameAndIsStillFoundByItsFormerOne() {
        GeoName astana = gazetteer.places("Astana").get(0);
        assertEquals("Astana", astana.name());
        assertEquals(astana, gazetteer.places("Nur-Sultan").get(0));
        assertEquals(astana, gazetteer.places("Akmola").get(0));
        GeoName naypyidaw = gazetteer.findCapital("MMR").orElseThrow();
        assertEquals("Naypyidaw", naypyidaw.name());
        assertEquals(naypyidaw, gazetteer.places("Nay Pyi Taw").get(0));
    }

    @Test
    void onlyACapitalTheCountryDataNamesOtherwiseAndTheCityKnowsByThatNameIsRenamed() {
        String[] capital = {"7", "Oldtown", "Oldtown", "Newtown,Oldtown", "0", "0", "P", "PPLC", "XX"};
        assertEquals("Newtown", GazetteerIndexer.currentName(capital, "Newtown"));
        assertEquals("Oldtown", GazetteerIndexer.currentName(capital, "Elsewhere"));
        assertEquals("Oldtown", GazetteerIndexer.currentName(capital, "OLDTOWN"));
        String[] town = {"8", "Oldtown", "Oldtown", "Newtown,Oldtown", "0", "0", "P", "PPLA", "XX"};
        assertEquals("Oldtown", GazetteerIndexer.currentName(town, "Newtown"));
    }

    @Test
    void anAbbreviatedFirstWordFindsThePlaceSpeltOutAndTheOtherWayRound() {
        GeoName petersburg = gazetteer.places("Saint Petersburg").get(0);
        assertEquals("RUS", petersburg.country());
        assertEquals(petersburg, gazetteer.places("St. Petersburg").get(0));
        assertEquals(petersburg, gazetteer.places("St Petersburg").get(0));
        assertEquals(gazetteer.places("Fort Lauderdale").get(0), gazetteer.places("Ft. Lauderdale").get(0));
        assertEquals("saint louis", Gazetteer.key("St. Louis"));
        assertEquals("mount kenya", Gazetteer.key("Mt Kenya"));
        assertEquals("stanley", Gazetteer.key("Stanley"));
        assertEquals("main st.", Gazetteer.key("Main St."));
    }

    @Test
    void tianjinIsTheChineseCityOfElevenMillion() {
        GeoName tianjin = gazetteer.places("tianjin").get(0);
        assertEquals("CHN", tianjin.country());
        assertTrue(GeoName.distanceKm(tianjin.latitude(), tianjin.longitude(), 39.14, 117.18) < 60);
    }

    @Test
    void theFingerprintIsTheHashOfTheWholeIndexFile() throws Exception {
        byte[] index;
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.bin")) {
            index = in.readAllBytes();
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(index)).substring(0, 16);
        assertEquals(expected, gazetteer.fingerprint());
    }

    @Test
    void namesMatchIgnoringCaseAccentsAndALeadingThe() {
        assertEquals(gazetteer.places("Astana"), gazetteer.places("ASTANÀ"));
        assertEquals("NLD", gazetteer.findCountry("the Netherlands").orElseThrow().iso3());
    }

    @Test
    void countriesCarryCapitalDemonymAndCodes() {
        CountryInfo kaz = gazetteer.expectCountryByCode("KAZ");
        assertEquals("KZ", kaz.iso2());
        assertEquals("Astana", kaz.capital());
        assertEquals("Kazakhstani", kaz.demonym());
        assertEquals(1526273, gazetteer.findCapital("KAZ").orElseThrow().id());
    }

    @Test
    void continentsAndWorldRegionsAreRegions() {
        assertTrue(gazetteer.findRegion("Central Asia").orElseThrow().isRegion());
        assertEquals(6255148, gazetteer.findRegion("Europe").orElseThrow().id());
        assertFalse(gazetteer.findRegion("Astana").isPresent());
    }

    @Test
    void statesAndProvincesAreDivisionsFoundByNameOrByCode() {
        GeoName hawaii = gazetteer.divisions("Hawaii").get(0);
        assertEquals("USA", hawaii.country());
        assertEquals("ADM1", hawaii.featureCode());
        assertTrue(gazetteer.divisionsByCode("BC").stream().anyMatch(d -> d.name().equals("British Columbia")));
    }

    @Test
    void oceansAndSeasAreRegionsToo() {
        GeoName ocean = gazetteer.findRegion("the Indian Ocean").orElseThrow();
        assertTrue(ocean.isRegion());
        assertEquals("H", ocean.featureClass());
    }

    @Test
    void aTarballWhoseChecksumDiffersIsRefused(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("p.tgz"), "not the package");
        String wrong = "sha512-" + "A".repeat(86) + "==";
        IOException e = assertThrows(IOException.class,
                () -> GazetteerIndexer.verified(file, wrong));
        assertTrue(e.getMessage().startsWith("checksum mismatch for " + file), e.getMessage());
    }

    @Test
    void anUnknownCountryCodeIsReportedWithTheCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gazetteer.expectCountryByCode("QQQ"));
        assertTrue(e.getMessage().contains("'QQQ'"), e.getMessage());
    }
}
