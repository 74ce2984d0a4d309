package dev.accord.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.accord.store.Samples.astanaWithEvents;
import static dev.accord.store.Samples.genevaWithEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads go through the store's reader connections: they see what a write committed at once, go on while a write
 * holds the writer, never see a write's transaction before it commits, and more of them than there are readers
 * wait their turn instead of failing.
 */
@ParameterizedClass
@MethodSource("dev.accord.store.Backend#all")
class StoreReadersTest {

    private static final ViewStore.ArticleFilter EVERY =
            new ViewStore.ArticleFilter(null, null, null, null, null, null, null, null);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private JdbcFactStore store;
    private ExecutorService other;

    @BeforeEach
    void open() {
        other = Executors.newFixedThreadPool(16);
        store = backend.open(dir);
    }

    @AfterEach
    void close() throws InterruptedException {
        other.shutdownNow();
        assertTrue(other.awaitTermination(10, TimeUnit.SECONDS), "the reading threads did not end");
        // None was opened when the backend's server is absent and the test skipped.
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aReadOnAnotherThreadSeesACommittedWriteAtOnce() throws Exception {
        String id = astanaWithEvents().article().id();
        assertTrue(store.put(astanaWithEvents()));
        assertTrue(other.submit(() -> store.find(id).isPresent()).get(10, TimeUnit.SECONDS));
        assertEquals(1, other.submit(() -> store.views().articles(EVERY, 10, 0).total()).get(10, TimeUnit.SECONDS));
        assertTrue(store.put(genevaWithEvents()));
        assertEquals(2, other.submit(() -> store.views().articles(EVERY, 10, 0).total()).get(10, TimeUnit.SECONDS));
        assertEquals(2, other.submit(store::articleCount).get(10, TimeUnit.SECONDS));
    }

    @Test
    void aReadGoesOnWhileAWriteHoldsTheWriterAndSeesOnlyWhatWasCommitted() throws Exception {
        String astana = astanaWithEvents().article().id();
        String geneva = genevaWithEvents().article().id();
        store.put(astanaWithEvents());
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Future<Boolean> writing = other.submit(() -> store.consolidate(c -> {
            boolean stored = store.put(genevaWithEvents());
            written.countDown();
            try {
                // The write's transaction stays open until the reads below are done.
                return stored && read.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertTrue(written.await(10, TimeUnit.SECONDS), "the write did not begin");
        Future<List<Boolean>> reading = other.submit(() -> List.of(store.find(astana).isPresent(),
                store.find(geneva).isPresent()));
        List<Boolean> seen = reading.get(10, TimeUnit.SECONDS);
        read.countDown();
        assertEquals(List.of(true, false), seen, "a read saw a write before it was committed");
        assertTrue(writing.get(10, TimeUnit.SECONDS));
        assertTrue(store.find(geneva).isPresent());
    }

    @Test
    void moreReadsThanReadersWaitTheirTurn() throws Exception {
        store.put(astanaWithEvents());
        String id = astanaWithEvents().article().id();
        List<Future<Integer>> reads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            reads.add(other.submit(() -> {
                int found = 0;
                for (int n = 0; n < 25; n++) {
                    found += store.find(id).isPresent() && store.views().articles(EVERY, 10, 0).total() == 1 ? 1 : 0;
                }
                return found;
            }));
        }
        for (Future<Integer> r : reads) {
            assertEquals(25, r.get(30, TimeUnit.SECONDS));
        }
        assertFalse(store.views().articles(EVERY, 10, 0).items().isEmpty());
    }
}
