package dev.accord.store;

import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.Correction;
import dev.accord.model.Correction.Action;
import dev.accord.model.Curation;
import dev.accord.model.Event;
import dev.accord.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static dev.accord.store.Samples.astana;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Corrections, kept and applied the same in both databases. */
@ParameterizedClass
@MethodSource("dev.accord.store.Backend#all")
class StoreCorrectionsTest {

    @Parameter
    Backend backend;


    @TempDir
    Path dir;

    @Test
    void aCorrectionOverridesTheMachineInViewsAndExportsWhileTheOriginalStays() {
        ArticleFacts machine = astana();
        String id = machine.article().id();
        String actor = machine.actors().get(0).id();
        int at = machine.article().text().indexOf(' ');
        try (JdbcFactStore store = backend.open(dir)) {
            store.put(machine);
            Correction added = store.addCorrection(Correction.of(id, Action.ADD_EVENT, null, EventType.CONSULT,
                    List.of(actor), List.of(), "2025-06-17", new CharSpan(0, at), "ana", "missed meeting"));
            Correction retyped = store.addCorrection(Correction.of(id, Action.RETYPE, "c" + added.id(),
                    EventType.AGREE, null, null, null, null, "ben", null));
            assertTrue(retyped.id() > added.id());

            Event event = store.findCurated(id).orElseThrow().events().get(0);
            assertEquals(EventType.AGREE, event.type());
            assertEquals("2025-06-17", event.date().value());
            assertEquals(Curation.STAGE, event.provenance().stage());
            List<ArticleFacts> exported = new ArrayList<>();
            store.forEachCurated(exported::add);
            assertEquals(List.of(event), exported.get(0).events());
            assertEquals(machine, store.expect(id));
            assertEquals(List.of(added, retyped), store.corrections(id));
            assertEquals(List.of(added, retyped), store.corrections());
        }
    }

    @Test
    void aRejectedActorLeavesEveryViewWithItsEvents() {
        ArticleFacts machine = astana();
        String id = machine.article().id();
        String actor = machine.actors().get(0).id();
        try (JdbcFactStore store = backend.open(dir)) {
            store.put(machine);
            store.addCorrection(Correction.of(id, Action.ADD_EVENT, null, EventType.CONSULT, List.of(actor),
                    List.of(), null, new CharSpan(0, 3), "ana", null));
            store.addCorrection(Correction.of(id, Action.REJECT, actor, null, null, null, null, null, "ana", null));
            ArticleFacts curated = store.findCurated(id).orElseThrow();
            assertTrue(curated.actors().stream().noneMatch(a -> a.id().equals(actor)));
            assertTrue(curated.events().isEmpty());
        }
    }

    @Test
    void correctionsThatDoNotFitTheArticleAreRefusedWithTheReason() {
        ArticleFacts machine = astana();
        String id = machine.article().id();
        try (JdbcFactStore store = backend.open(dir)) {
            store.put(machine);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.addCorrection(
                    Correction.of(id, Action.RETYPE, "e999", EventType.AGREE, null, null, null, null, "ana", null)));
            assertTrue(e.getMessage().contains("names event e999"), e.getMessage());
            assertThrows(NoSuchElementException.class, () -> store.addCorrection(Correction.of("0123456789abcdef",
                    Action.REJECT, "state:KAZ", null, null, null, null, null, "ana", null)));
            assertThrows(IllegalArgumentException.class, () -> Correction.of(id, Action.SET_DATE, "e1", null, null,
                    null, "next Tuesday", null, "ana", null));
            assertEquals(List.of(), store.corrections(id));
        }
    }
}
