package dev.accord.store;

import dev.accord.model.Correction;
import dev.accord.model.Modality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.accord.store.Samples.astana;
import static dev.accord.store.Samples.astanaWithEvents;
import static dev.accord.store.Samples.geneva;
import static dev.accord.store.Samples.genevaWithEvents;
import static dev.accord.store.Samples.undated;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full-text search and its filters, the same in both databases. */
@ParameterizedClass
@MethodSource("dev.accord.store.Backend#all")
class StoreSearchTest {

    @Parameter
    Backend backend;


    @TempDir
    Path dir;

    private JdbcFactStore store;

    @BeforeEach
    void storeThreeArticles() {
        store = backend.open(dir);
        store.put(astanaWithEvents());
        store.put(genevaWithEvents());
        store.put(undated());
    }

    @AfterEach
    void close() {
        // None was opened when the backend's server is absent and the test skipped.
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aWordFindsTheArticleThatHasIt() {
        List<SearchHit> hits = store.search(new SearchQuery("memorandum", null, 10));
        assertEquals(1, hits.size());
        SearchHit hit = hits.get(0);
        assertEquals(astana().article().id(), hit.articleId());
        assertEquals("Kazakhstan and China sign a trade memorandum", hit.title());
        assertEquals("tests/astana.txt", hit.source());
        assertEquals("2025-09-01", hit.published());
        assertTrue(hit.score() > 0, "score " + hit.score());
    }

    @Test
    void aWordSearchsLatestMatchesAreTheLatestStoredFirstScoredByTheirTitles() {
        String astana = astana().article().id();
        assertEquals(List.of(new WordMatches.Match(undated().article().id(), 1), new WordMatches.Match(astana, 2)),
                store.latest("Kazakhstan", 10, true).latest(), "a word in the title counts double");
        assertEquals(List.of(new WordMatches.Match(astana, 3)), store.latest("memorandum Astana", 10, true).latest(),
                "one word in the title, one in the text");
        assertEquals(List.of(new WordMatches.Match(astana, 1)), store.latest("China-Kazakhstan", 10, true).latest(),
                "the title has both parts, but not one after the other");
        for (String words : List.of("Kazakhstan", "China", "memorandum Astana", "nowhere-to-be-found", "?!")) {
            List<SearchHit> hits = store.search(new SearchQuery(words, null, 10));
            WordMatches latest = store.latest(words, 10, true);
            assertTrue(latest.all(), words + ": fewer matches than the window");
            assertEquals(hits.stream().map(SearchHit::articleId).sorted().toList(), latest.latest().stream()
                    .map(WordMatches.Match::articleId).sorted().toList(), words + ": the search's articles");
            if (!hits.isEmpty()) {
                SearchHit first = hits.get(0);
                assertEquals(Map.of(first.articleId(), first.snippet()),
                        store.snippets(words, List.of(first.articleId())), words);
            }
        }
        assertEquals(List.of(undated().article().id(), genevaWithEvents().article().id(),
                astanaWithEvents().article().id()), ids(store.latest("a", 10, true)), "the latest stored first");
        WordMatches window = store.latest("a", 2, true);
        assertEquals(List.of(undated().article().id(), genevaWithEvents().article().id()), ids(window));
        assertFalse(window.all(), "an older match was left out");
        assertTrue(store.latest("a", 3, true).all(), "a window as large as the matches has them all");
        WordMatches unranked = store.latest("a", 2, false);
        assertEquals(ids(window), ids(unranked), "the same matches, unranked");
        assertTrue(unranked.latest().stream().allMatch(m -> m.score() == 0), unranked.toString());
        assertTrue(window.latest().stream().allMatch(m -> m.score() > 0), window.toString());
        assertEquals(Map.of(), store.snippets("memorandum", List.of(geneva().article().id())),
                "an article without the words has no snippet");
    }

    @Test
    void aWindowOutsideItsBoundsIsRefusedWithTheBounds() {
        for (int window : new int[] {0, FactStore.SEARCH_WINDOW + 1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.latest("China", window, true));
            assertEquals("a word search's window is " + window + " matches; expected 1 to "
                    + FactStore.SEARCH_WINDOW, e.getMessage());
        }
    }

    private static List<String> ids(WordMatches matches) {
        return matches.latest().stream().map(WordMatches.Match::articleId).toList();
    }

    @Test
    void theSnippetMarksTheMatchedWord() {
        String snippet = store.search(new SearchQuery("Geneva", null, 10)).get(0).snippet();
        assertTrue(snippet.contains("«Geneva»"), snippet);
    }

    @Test
    void aHyphenatedWordIsFoundAsWritten() {
        List<SearchHit> hits = store.search(new SearchQuery("China-Kazakhstan", null, 10));
        assertEquals(List.of(astana().article().id()), ids(hits));
        assertTrue(hits.get(0).snippet().contains("«China-Kazakhstan»"), hits.get(0).snippet());
        assertEquals(List.of(astana().article().id()), ids(store.search(new SearchQuery("SCO's", null, 10))));
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of(astana().article().id()),
                ids(store.search(new SearchQuery("Kazakhstan memorandum", null, 10))));
        assertEquals(List.of(), store.search(new SearchQuery("Kazakhstan Geneva", null, 10)));
    }

    @Test
    void anActorCodeAloneFindsEveryArticleNamingThatActorNewestFirst() {
        List<SearchHit> hits = store.search(new SearchQuery("", "kaz", 10));
        assertEquals(List.of(astana().article().id(), undated().article().id()), ids(hits));
        assertNull(hits.get(1).published());
        assertEquals("Uzbekistan hosted a regional water forum. Kazakhstan sent a delegation.", hits.get(1).snippet());
    }

    @Test
    void anActorCodeNarrowsAWordSearch() {
        assertEquals(List.of(undated().article().id()), ids(store.search(new SearchQuery("delegation", "KAZ", 10))));
        assertEquals(List.of(), store.search(new SearchQuery("Geneva", "KAZ", 10)));
        assertEquals(List.of(geneva().article().id()), ids(store.search(new SearchQuery("Geneva", "FRA", 10))));
    }

    @Test
    void aSpeakerFindsTheArticlesQuotingThemIgnoringCase() {
        assertEquals(List.of(astana().article().id()), ids(store.search(new SearchQuery("", null, "kazakh", 10))));
        assertEquals(List.of(astana().article().id()),
                ids(store.search(new SearchQuery("memorandum", null, "Kazakhstan", 10))));
        assertEquals(List.of(), store.search(new SearchQuery("", null, "France", 10)));
        assertEquals(List.of(), store.search(new SearchQuery("", null, "%", 10)));
    }

    @Test
    void aModalityFindsTheArticlesWithSuchAnEvent() {
        assertEquals(List.of(astana().article().id()), ids(store.search(events(Set.of(Modality.FUTURE), null))));
        assertEquals(List.of(geneva().article().id()), ids(store.search(events(Set.of(Modality.NEGATED), null))));
        assertEquals(List.of(astana().article().id(), geneva().article().id()),
                ids(store.search(events(Set.of(Modality.NEGATED, Modality.FUTURE), null))));
        assertEquals(List.of(), store.search(events(Set.of(Modality.HYPOTHETICAL), null)));
    }

    @Test
    void aVoiceFindsTheArticlesWithAnEventStatedSo() {
        assertEquals(List.of(astana().article().id()), ids(store.search(events(null, SearchQuery.Voice.QUOTED))));
        assertEquals(List.of(astana().article().id(), geneva().article().id()),
                ids(store.search(events(null, SearchQuery.Voice.ARTICLE))));
    }

    @Test
    void modalityAndVoiceMustBelongToTheSameEvent() {
        // Astana's asserted event is the article's own; its quoted one is future.
        assertEquals(List.of(), store.search(events(Set.of(Modality.ASSERTED), SearchQuery.Voice.QUOTED)));
        assertEquals(List.of(astana().article().id()),
                ids(store.search(events(Set.of(Modality.FUTURE), SearchQuery.Voice.QUOTED))));
    }

    @Test
    void eventFiltersNarrowAWordSearch() {
        SearchQuery future = new SearchQuery("memorandum", null, null, Set.of(Modality.FUTURE), null, 10);
        assertEquals(List.of(astana().article().id()), ids(store.search(future)));
        SearchQuery negated = new SearchQuery("memorandum", null, null, Set.of(Modality.NEGATED), null, 10);
        assertEquals(List.of(), store.search(negated));
        assertEquals(2, store.search(new SearchQuery("Kazakhstan", null, null, EnumSet.allOf(Modality.class),
                SearchQuery.Voice.ANY, 10)).size());
    }

    @Test
    void anEventACuratorRejectedNoLongerQualifies() {
        store.addCorrection(Correction.of(astana().article().id(), Correction.Action.REJECT, "event:expand", null,
                null, null, null, null, "ana", "not stated"));
        assertEquals(List.of(), store.search(events(Set.of(Modality.FUTURE), null)));
        assertEquals(List.of(astana().article().id(), geneva().article().id()),
                ids(store.search(events(null, SearchQuery.Voice.ARTICLE))));
    }

    @Test
    void anActorACuratorRejectedNoLongerQualifies() {
        assertEquals(List.of(astana().article().id()), ids(store.search(new SearchQuery("", "CHN", 10))));
        store.addCorrection(Correction.of(astana().article().id(), Correction.Action.REJECT, "state:CHN", null,
                null, null, null, null, "ana", "not named as a party"));
        assertEquals(List.of(), store.search(new SearchQuery("", "CHN", 10)));
        // Its event went with it; the other one stays.
        assertEquals(List.of(), store.search(events(Set.of(Modality.FUTURE), null)));
        assertTrue(ids(store.search(new SearchQuery("", "KAZ", 10))).contains(astana().article().id()));
    }

    @Test
    void aStoreFromBeforeEventsWereStoredGetsThemFromItsFactsWhenMigrated() throws Exception {
        store.addCorrection(Correction.of(geneva().article().id(), Correction.Action.REJECT, "event:statement", null,
                null, null, null, null, "ana", "no such statement"));
        try (Statement s = store.connection.createStatement()) {
            s.executeUpdate("DROP TABLE events");
            s.executeUpdate("DROP TABLE watch_state");
            OldStores.undoSearchLatest(s);
            OldStores.dropViews(s);
            OldStores.dropUsers(s);
            OldStores.dropConsolidation(s);
            OldStores.renameColumnsBack(s);
            s.executeUpdate("DELETE FROM schema_version WHERE version >= 5");
        }
        Migrations.migrate(store.connection, "the test store", backend == Backend.SQLITE ? Migrations.Schema.SQLITE
                : Migrations.Schema.POSTGRES);
        assertEquals(List.of(astana().article().id()),
                ids(store.search(events(Set.of(Modality.FUTURE), SearchQuery.Voice.QUOTED))));
        assertEquals(List.of(astana().article().id()), ids(store.search(events(Set.of(Modality.ASSERTED),
                SearchQuery.Voice.ARTICLE))));
        assertEquals(List.of(), store.search(events(Set.of(Modality.ASSERTED), SearchQuery.Voice.QUOTED)));
        // The event a curator rejected stays out.
        assertEquals(List.of(), store.search(events(Set.of(Modality.NEGATED), null)));
    }

    @Test
    void theLimitCapsTheHits() {
        assertEquals(1, store.search(new SearchQuery("Kazakhstan", null, 1)).size());
        assertEquals(2, store.search(new SearchQuery("Kazakhstan", null, 10)).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "(", "-", ":", "China\"", "\"unbalanced", "(China OR", "-China",
            "title:China", "China*", "NOT", "AND OR NEAR", "^China", "China + Kazakhstan", "{title text}: x"})
    void queriesWithSearchSyntaxCharactersDoNotThrow(String text) {
        assertDoesNotThrow(() -> store.search(new SearchQuery(text, null, 10)));
        assertDoesNotThrow(() -> store.search(new SearchQuery(text, "KAZ", 10)));
    }

    @Test
    void punctuationAroundAWordIsIgnored() {
        assertEquals(List.of(geneva().article().id()), ids(store.search(new SearchQuery("(Geneva)*", null, 10))));
    }

    @Test
    void aQueryWithoutWordsOrActorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery("  ", null, 10));
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery("China", null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> events(EnumSet.allOf(Modality.class), SearchQuery.Voice.ANY));
        assertThrows(IllegalArgumentException.class, () -> events(Set.of(), null));
    }

    private static SearchQuery events(Set<Modality> modalities, SearchQuery.Voice voice) {
        return new SearchQuery("", null, null, modalities, voice, 10);
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::articleId).toList();
    }
}
