package dev.accord.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a page's title comes from when the places publishers put it disagree. */
class PageMetadataTest {

    private static String title(String head) {
        return PageMetadata.of(Jsoup.parse("<html><head>" + head + "</head><body><p>Text.</p></body></html>"), null)
                .title();
    }

    private static String ld(String fields) {
        return "<script type=\"application/ld+json\">{\"@type\":\"Article\"," + fields + "}</script>";
    }

    @Test
    void aJsonLdHeadlineThatAgreesWithThePageTitleIsTheTitle() {
        assertEquals("Ministers agree on water sharing", title("<title>Ministers agree on water sharing | Steppe "
                + "Daily</title>" + ld("\"headline\":\"Ministers agree on water sharing\",\"name\":\"Steppe Daily\"")));
    }

    @Test
    void aJsonLdHeadlineDescribingThePagesKindGivesWayToTheNameThatAgreesWithThePageTitle() {
        assertEquals("List of river treaties", title("<title>List of river treaties - Encyclopaedia</title>"
                + ld("\"headline\":\"Encyclopaedia list article\",\"name\":\"List of river treaties\"")));
    }

    @Test
    void whenNeitherAgreesWithThePageTitleTheMetaTagsSpeak() {
        assertEquals("Talks on the Syr Darya resume", title("<title>Talks on the Syr Darya resume</title>"
                + "<meta property=\"og:title\" content=\"Talks on the Syr Darya resume\">"
                + ld("\"headline\":\"Encyclopaedia list article\",\"name\":\"Steppe Daily\"")));
    }

    @Test
    void withNoPageTitleTheJsonLdHeadlineIsTaken() {
        assertEquals("Ministers agree on water sharing",
                title(ld("\"headline\":\"Ministers agree on water sharing\"")));
    }

    @Test
    void aDublinCoreTitleAsAPropertyComesBeforeTheSameTermAsANameAndBothBeforeOpenGraph() {
        String dublinCore = "<meta name=\"DC.title\" content=\"Water talks (name)\">"
                + "<meta property=\"og:title\" content=\"Water talks (Open Graph)\">";
        assertEquals("Water talks (name)", title("<title>Water talks</title>" + dublinCore));
        assertEquals("Water talks (property)", title("<title>Water talks</title>" + dublinCore
                + "<meta property=\"dc:title\" content=\"Water talks (property)\">"));
    }

    @Test
    void aDublinCoreCreatorAsAPropertyComesBeforeTheSameTermAsAName() {
        String head = "<meta name=\"DC.creator\" content=\"Aigerim Nurlanova (name)\">"
                + "<meta property=\"dc:creator\" content=\"Aigerim Nurlanova (property)\">";
        assertEquals("Aigerim Nurlanova (property)", PageMetadata.of(Jsoup.parse("<html><head>" + head
                + "</head><body><p>Text.</p></body></html>"), null).author());
    }
}
