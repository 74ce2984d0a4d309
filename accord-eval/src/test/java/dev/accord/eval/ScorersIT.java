package dev.accord.eval;

import dev.accord.extract.FactExtractor;
import dev.accord.model.PlaceKind;
import dev.accord.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The geo and timex scorers over small gold files written for these tests, with the real pipeline. */
class ScorersIT {

    private static final FactExtractor EXTRACTOR = new FactExtractor(CoreNlpAnnotator.shared());
    private static final Path SHARED = Path.of(System.getProperty("accord.shared", "../shared"));

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ScorersIT.class.getResource(name).toURI());
    }

    @Test
    void geoWebNewsToponymsWithoutCoordinatesAreLeftOut() throws Exception {
        List<GeoScorer.GoldArticle> gold = GeoScorer.read(resource("gwn-sample.xml"));
        assertEquals(1, gold.size());
        assertEquals("7", gold.get(0).id());
        assertEquals(List.of("Astana", "Tianjin", "Paris"),
                gold.get(0).toponyms().stream().map(GeoScorer.GoldToponym::name).toList());
        assertEquals(1526273L, gold.get(0).toponyms().get(0).geonameId());
        assertNull(gold.get(0).toponyms().get(1).geonameId());
    }

    @Test
    void geoVirusOffsetsCountedFromOneAreAlignedAndWrongOnesLeftOut() throws Exception {
        GeoScorer.GoldArticle a = GeoScorer.read(resource("geovirus-sample.xml")).get(0);
        assertEquals("https://example.org/outbreak", a.id());
        assertEquals(1, a.toponyms().size());
        assertEquals("Almaty", a.toponyms().get(0).span().of(a.text()));
        assertEquals(1, a.misaligned());
    }

    @Test
    void theGeoScorerCountsFoundResolvedAndExactToponyms() throws Exception {
        List<GeoScorer.Outcome> outcomes = new ArrayList<>();
        GeoScorer.Result r = GeoScorer.score(GeoScorer.read(resource("gwn-sample.xml")), EXTRACTOR::analyze,
                outcomes::add).all();
        assertEquals(3, r.gold());
        assertEquals(3, r.found());
        // Astana and Tianjin are right; the gold's Paris is the one in Texas, which Accord does not guess.
        assertEquals(2, r.within161());
        assertEquals(1, r.idCorrect());
        assertEquals(2, r.withId());
        assertEquals(3, outcomes.size());
        assertTrue(outcomes.get(2).errorKm() > 7000, outcomes.get(2).toString());
        assertEquals(3, r.byKind().get(PlaceKind.CITY)[0]);
        assertEquals(2.0 / 3, r.accuracy161(), 1e-9);
        assertEquals(1.0, r.recall(), 1e-9);
    }

    @Test
    void meantimeTextEndsWithTheLastAnnotatedSentenceAndTimeMlTagsAreInline() throws Exception {
        List<TimexScorer.GoldDocument> gold = TimexScorer.read(resource("meantime"));
        assertEquals(2, gold.size());
        TimexScorer.GoldDocument cat = gold.get(0);
        assertEquals("Ministers meet\n\nMarch 12 , 2025\n\nThe ministers met on Monday for three days .", cat.text());
        assertEquals("2025-03-12", cat.created().toString());
        assertEquals(3, cat.timexes().size());
        TimexScorer.GoldDocument tml = gold.get(1);
        assertEquals("Leaders gathered in Astana on Tuesday and will meet again next year.", tml.text());
        assertEquals("on Tuesday", tml.timexes().get(0).span().of(tml.text()));
        assertEquals("2025-06-18", tml.created().toString());
    }

    @Test
    void theTimexScorerMatchesSpansStrictlyAndRelaxedAndChecksValues() throws Exception {
        TimexScorer.Result r = TimexScorer.score(TimexScorer.read(resource("meantime")), EXTRACTOR::analyze, o -> { });
        assertEquals(5, r.gold());
        // "on Tuesday" is found as "Tuesday": a relaxed match, not a strict one.
        assertTrue(r.relaxed() >= 4, r.toString());
        assertTrue(r.strict() < r.relaxed(), r.toString());
        assertTrue(r.valueCorrect() >= 4, r.toString());
    }

    @Test
    void theSharedGoldFilesReadWithTheirPublishedCounts() {
        Path gwn = SHARED.resolve("eval/geowebnews/GWN.xml");
        Path meantime = SHARED.resolve("eval/meantime-en/intra-doc_annotation");
        assumeTrue(Files.isRegularFile(gwn) && Files.isDirectory(meantime),
                "skipped: the gold sets are not under " + SHARED + " (set -Daccord.shared=DIR)");
        List<GeoScorer.GoldArticle> articles = GeoScorer.read(gwn);
        assertEquals(200, articles.size());
        assertEquals(2599, articles.stream().mapToInt(a -> a.toponyms().size()).sum());
        List<String> tuned = articles.stream().filter(GeoScorer.GoldArticle::tuned).map(GeoScorer.GoldArticle::id).toList();
        assertEquals(100, tuned.size());
        assertEquals(tuned, GeoScorer.read(gwn).stream().filter(GeoScorer.GoldArticle::tuned)
                .map(GeoScorer.GoldArticle::id).toList());
        List<TimexScorer.GoldDocument> docs = TimexScorer.read(meantime);
        assertEquals(120, docs.size());
        assertEquals(488, docs.stream().mapToInt(d -> d.timexes().size()).sum());
    }
}
