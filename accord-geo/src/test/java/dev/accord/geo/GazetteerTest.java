package dev.accord.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void tianjinIsTheChineseCityOfElevenMillion() {
        GeoName tianjin = gazetteer.places("tianjin").get(0);
        assertEquals("CHN", tianjin.country());
        assertTrue(GeoName.distanceKm(tianjin.latitude(), tianjin.longitude(), 39.14, 117.18) < 60);
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
    void anUnknownCountryCodeIsReportedWithTheCode() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> gazetteer.expectCountryByCode("QQQ"));
        assertTrue(e.getMessage().contains("'QQQ'"), e.getMessage());
    }
}
