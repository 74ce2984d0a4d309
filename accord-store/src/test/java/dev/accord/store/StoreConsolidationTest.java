package dev.accord.store;

import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationConstraint.FactKind;
import dev.accord.model.consolidated.ConsolidationConstraint.Relation;
import dev.accord.model.consolidated.ConsolidationDelta;
import dev.accord.model.consolidated.EventMention;
import dev.accord.model.consolidated.EventMentionRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The record across articles as both stores keep it (migration V8), on SQLite and a real PostgreSQL server. */
@ParameterizedClass
@MethodSource("dev.accord.store.Backend#all")
class StoreConsolidationTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private JdbcFactStore store;
    private ArticleFacts facts;

    @BeforeEach
    void open() {
        store = backend.open(dir);
        facts = Samples.astanaWithEvents();
        store.put(facts);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void mentionsAreFoundByTheirBlockingKeysAndKeepTheirAssignment() {
        EventMention signed = mention(facts.events().get(0));
        store.consolidate(c -> {
            c.putMention(FactKind.EVENT, signed.key(), signed, List.of("AGREE|state:KAZ|2025-09", "state:KAZ"));
            c.assign(FactKind.EVENT, Map.of(signed.key(), "ev:1"));
            return null;
        });
        ConsolidationStore c = store.consolidation();
        assertEquals(List.of(signed.key()), c.mentionsUnder(FactKind.EVENT, List.of("state:KAZ", "state:CHN")));
        assertEquals(List.of(), c.mentionsUnder(FactKind.AGREEMENT, List.of("state:KAZ")));
        assertEquals(signed.ref(), c.mentions(FactKind.EVENT, List.of(signed.key(), "x#y"), EventMention.class)
                .get(signed.key()).ref());
        assertEquals(Map.of(signed.key(), "ev:1"), c.assignments(FactKind.EVENT, List.of(signed.key())));
        assertEquals(List.of(signed.key()), c.assignedTo(FactKind.EVENT, "ev:1"));
        assertEquals(List.of("ev:1"), c.assignedIds(FactKind.EVENT));
        assertEquals(List.of(signed.key()), c.mentionsOf(FactKind.EVENT, facts.article().id()));

        store.consolidate(x -> {
            x.putMention(FactKind.EVENT, signed.key(), signed, List.of("state:CHN"));
            return null;
        });
        assertEquals(List.of(), c.mentionsUnder(FactKind.EVENT, List.of("state:KAZ")), "its old keys are gone");
        assertEquals(List.of(signed.key()), c.mentionsUnder(FactKind.EVENT, List.of("state:CHN")));
        assertEquals(Map.of(signed.key(), "ev:1"), c.assignments(FactKind.EVENT, List.of(signed.key())),
                "kept again, it stays where it was");

        c.removeMention(FactKind.EVENT, signed.key());
        assertEquals(List.of(), c.mentionsOf(FactKind.EVENT, facts.article().id()));
        assertEquals(List.of(), c.mentionsUnder(FactKind.EVENT, List.of("state:CHN")));
    }

    @Test
    void changesKeepTheEventsAndTheirReportsAndAReplacedEventGoes() {
        ConsolidatedEvent one = consolidated("ev:one", facts.events().get(0));
        ConsolidatedEvent two = consolidated("ev:two", facts.events().get(1));
        store.consolidate(c -> {
            c.apply(events(new ConsolidationDelta<>(List.of(one, two), List.of(), Map.of(), List.of())));
            return null;
        });
        ConsolidationStore c = store.consolidation();
        assertEquals(2, c.eventCount());
        assertEquals(Optional.of(one), c.findEvent("ev:one"));
        assertEquals(Optional.of(two), c.findEventOf(facts.article().id(), facts.events().get(1).id()));

        store.consolidate(x -> {
            x.apply(events(new ConsolidationDelta<>(List.of(), List.of(), Map.of("ev:two", "ev:one"), List.of())));
            return null;
        });
        assertEquals(1, c.eventCount());
        assertEquals(Optional.empty(), c.findEventOf(facts.article().id(), facts.events().get(1).id()));
        List<String> ids = new ArrayList<>();
        c.forEachEvent(e -> ids.add(e.id()));
        assertEquals(List.of("ev:one"), ids);
    }

    @Test
    void aFailingConsolidationKeepsNothingOfIt() {
        EventMention signed = mention(facts.events().get(0));
        assertThrows(IllegalStateException.class, () -> store.consolidate(c -> {
            c.putMention(FactKind.EVENT, signed.key(), signed, List.of("state:KAZ"));
            throw new IllegalStateException("the engine failed");
        }));
        assertEquals(List.of(), store.consolidation().mentionsUnder(FactKind.EVENT, List.of("state:KAZ")));
    }

    @Test
    void aLaterConstraintOnThePairReplacesTheEarlierAndConstraintsSurviveClearing() {
        String a = facts.article().id() + "#" + facts.events().get(0).id();
        String b = facts.article().id() + "#" + facts.events().get(1).id();
        ConsolidationConstraint split = new ConsolidationConstraint(FactKind.EVENT, Relation.CANNOT_LINK, b, a,
                "analyst", Instant.parse("2025-09-02T10:00:00Z"), "two different events");
        ConsolidationConstraint merge = new ConsolidationConstraint(FactKind.EVENT, Relation.MUST_LINK, a, b,
                "analyst", Instant.parse("2025-09-02T11:00:00Z"), null);
        ConsolidationStore c = store.consolidation();
        c.addConstraint(split);
        assertEquals(List.of(split), c.constraintsOn(FactKind.EVENT, a));
        c.addConstraint(merge);
        EventMention signed = mention(facts.events().get(0));
        c.putMention(FactKind.EVENT, signed.key(), signed, List.of("state:KAZ"));
        c.clear();
        assertEquals(List.of(merge), c.constraints());
        assertEquals(List.of(merge), c.constraintsOn(FactKind.EVENT, b));
        assertEquals(List.of(), c.constraintsOn(FactKind.AGREEMENT, b));
        assertEquals(List.of(), c.mentionsUnder(FactKind.EVENT, List.of("state:KAZ")));
        assertTrue(c.agreements().isEmpty() && c.people().isEmpty());
    }

    private static ConsolidationChanges events(ConsolidationDelta<ConsolidatedEvent> delta) {
        return new ConsolidationChanges(delta, ConsolidationDelta.none(), ConsolidationDelta.none());
    }

    private EventMentionRef ref(Event e) {
        return new EventMentionRef(facts.article().id(), e.id(), facts.article().outlet(), facts.article().published(),
                e.trigger(), e.confidence());
    }

    private EventMention mention(Event e) {
        return new EventMention(ref(e), e.type(), e.cameo(), e.modality(), e.attribution(),
                e.actors().stream().map(a -> a.actor()).toList(), List.of(), e.date(), e.place(), e.name(),
                e.agreement(), e.trigger().text(), new float[] {0.6f, 0.8f});
    }

    private ConsolidatedEvent consolidated(String id, Event e) {
        return new ConsolidatedEvent(id, e.type(), e.cameo(), e.modality(), !e.attribution().isArticle(),
                e.actors().stream().map(a -> a.actor()).toList(), List.of(), null, null, null, null, null, 1,
                List.of(), facts.article().published(), facts.article().published(), List.of(ref(e)));
    }
}
