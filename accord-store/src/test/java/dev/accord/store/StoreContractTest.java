package dev.accord.store;

import dev.accord.model.ArticleFacts;
import dev.accord.model.Fingerprint;
import dev.accord.model.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import static dev.accord.store.Samples.astana;
import static dev.accord.store.Samples.geneva;
import static dev.accord.store.Samples.undated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link FactStore} does, run against SQLite and against a real PostgreSQL server. */
@ParameterizedClass
@MethodSource("dev.accord.store.Backend#all")
class StoreContractTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private JdbcFactStore store;

    @BeforeEach
    void open() {
        store = backend.open(dir);
    }

    @AfterEach
    void close() {
        // None was opened when the backend's server is absent and the test skipped.
        if (store != null) {
            store.close();
        }
    }

    @Test
    void storedFactsComeBackEqualAndAreStoredOnce() {
        ArticleFacts facts = astana();
        assertTrue(store.put(facts));
        assertFalse(store.put(facts));
        assertTrue(store.contains(facts.article().id()));
        assertEquals(Optional.of(facts), store.find(facts.article().id()));
        assertEquals(1, store.articleCount());
    }

    @Test
    void aUniquePrefixFindsTheArticleAndAnUnknownIdIsNamed() {
        ArticleFacts facts = astana();
        store.put(facts);
        assertEquals(facts, store.expect(facts.article().id().substring(0, 8)));
        assertEquals(Optional.empty(), store.find("0000000000000000"));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> store.expect("abcdef123456"));
        assertTrue(e.getMessage().contains("abcdef123456"), e.getMessage());
    }

    @Test
    void everyArticleIsGivenInDateOrderWithUndatedFirst() {
        store.put(astana());
        store.put(undated());
        store.put(geneva());
        List<LocalDate> dates = new ArrayList<>();
        store.forEach(f -> dates.add(f.article().published()));
        assertEquals(Arrays.asList(null, LocalDate.of(2025, 6, 15), LocalDate.of(2025, 9, 1)), dates);
    }

    @Test
    void problemsAreRecordedOnceAndForgottenWithTheirItems() {
        store.recordProblem(new Problem("feeds/a.rss", "malformed feed"));
        store.recordProblem(new Problem("feeds/a.rss", "malformed feed"));
        store.recordProblem(new Problem("feeds/a.rss#item2", "no content"));
        store.recordProblem(new Problem("feeds/a.rss2", "another input"));
        assertEquals(3, store.problems().size());
        assertTrue(store.removeProblems("feeds/a.rss"));
        assertEquals(List.of(new Problem("feeds/a.rss2", "another input")), store.problems());
    }

    @Test
    void theWatchStateOfAUrlIsKeptAndReplacedWhole() {
        assertEquals(Map.of(), store.watchStates());
        Instant at = Instant.parse("2025-06-18T09:00:00Z");
        WatchState first = new WatchState("https://a.example/feed", "\"v1\"", "Wed, 18 Jun 2025 09:00:00 GMT", at, 0);
        store.putWatchState(first);
        store.putWatchState(new WatchState("https://b.example/page", null, null, at, 2));
        WatchState failed = new WatchState(first.url(), null, null, at.plusSeconds(600), 1);
        store.putWatchState(failed);
        assertEquals(List.of(failed, new WatchState("https://b.example/page", null, null, at, 2)),
                List.copyOf(store.watchStates().values()));
    }

    @Test
    void aNearDuplicateIsFoundByItsFingerprintAndRecordedAsASource() {
        ArticleFacts facts = astana();
        store.put(facts, signature("aaaa", 32));
        FactStore.Duplicate found = store.findDuplicate(signature("bbbb", 28), 0.5).orElseThrow();
        assertEquals(28 / 32.0, found.similarity(), 1e-9);
        assertEquals(facts.article().id(), found.articleId());
        Appearance reprint = new Appearance("feedfacefeedface", "wire/copy.txt", "https://example.org/a", "Wire",
                "A reprint", LocalDate.of(2025, 9, 2), found.similarity());
        assertTrue(store.addAppearance(found.articleId(), reprint));
        assertFalse(store.addAppearance(found.articleId(), reprint));
        assertEquals(2, store.appearances(facts.article().id()).size());
        assertEquals(Optional.of(facts.article().id()), store.findStoredAs("feedfacefeedface"));
        assertTrue(store.findDuplicate(signature("cccc", 0), 0.5).isEmpty());
        assertEquals(1.0, store.findDuplicate(signature("aaaa", 0), 0.5).orElseThrow().similarity());
    }

    /** A signature of 32 hashes whose first {@code same} agree with those of every other signature made here. */
    private static Fingerprint signature(String exactHash, int same) {
        int[] h = new int[32];
        for (int i = 0; i < h.length; i++) {
            h[i] = i < same ? i * 7919 : -i - 1 - exactHash.hashCode();
        }
        return new Fingerprint(exactHash, h);
    }
}
