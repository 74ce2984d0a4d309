package dev.accord.consolidate;

import dev.accord.model.EventType;
import dev.accord.model.Modality;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationConstraint.FactKind;
import dev.accord.model.consolidated.ConsolidationConstraint.Relation;
import dev.accord.model.consolidated.EventMention;
import dev.accord.model.consolidated.PersonMention;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsolidatorTest {

    private static final ConsolidationSettings LEXICAL = ConsolidationSettings.DEFAULT.withEmbeddings(false);
    private static final LocalDate JUNE_18 = LocalDate.of(2025, 6, 18);
    private static final List<String> SIX = List.of("state:CHN", "state:KAZ", "state:KGZ", "state:TJK", "state:TKM",
            "state:UZB");

    private static ArticleMentions article(EventMention m) {
        return new ArticleMentions(m.articleId(), List.of(m), List.of(), List.of());
    }

    private static List<ArticleMentions> astanaReportsAndOthers() {
        return List.of(
                article(Written.event("a1", "Steppe Daily", JUNE_18, EventType.CONSULT, Modality.ASSERTED, SIX,
                        "2025-06-17", "Astana", "held the second China-Central Asia summit in Astana on Tuesday.")),
                article(Written.event("a2", "Caspian Wire", JUNE_18, EventType.CONSULT, Modality.ASSERTED,
                        List.of("state:CHN", "state:KAZ"), "2025-06", "Astana",
                        "met leaders of Kazakhstan and China at the Astana summit in June.")),
                article(Written.event("a3", "Silk Road Post", JUNE_18.plusDays(1), EventType.CONSULT,
                        Modality.ASSERTED, SIX, null, "Astana", "gathered the six leaders for the summit in Astana.")),
                article(Written.event("a4", "Caspian Wire", JUNE_18, EventType.CONSULT, Modality.FUTURE, SIX,
                        "2027", null, "hold the next China-Central Asia summit in China in 2027.")),
                article(Written.event("a5", "Steppe Daily", JUNE_18, EventType.CONSULT, Modality.ASSERTED,
                        List.of("state:KAZ", "state:RUS"), "2025-06-10", "Moscow",
                        "held talks between Kazakhstan and Russia in Moscow last week.")));
    }

    @Test
    void reportsOfOneSummitBecomeOneEventAndAPromisedSummitStaysApart() {
        Consolidator c = Consolidator.inMemory(LEXICAL, null);
        astanaReportsAndOthers().forEach(c::add);
        List<ConsolidatedEvent> events = c.events();
        assertEquals(3, events.size(), events.toString());
        ConsolidatedEvent summit = c.expectEvent(c.eventOf("a1#e0").orElseThrow());
        assertEquals(3, summit.reports());
        assertEquals(List.of("Caspian Wire", "Silk Road Post", "Steppe Daily"), summit.outlets());
        assertEquals("2025-06-17", summit.date().value());
        assertEquals("a1", summit.dateFrom().articleId());
        assertEquals(SIX, summit.actors());
        assertEquals(JUNE_18, summit.firstReport());
        assertEquals(JUNE_18.plusDays(1), summit.lastReport());
        assertTrue(c.eventOf("a4#e0").orElseThrow().startsWith("ev:"));
        assertTrue(!c.eventOf("a4#e0").equals(c.eventOf("a1#e0")), "the promised summit is not the summit held");
    }

    @Test
    void theOrderArticlesArriveInDoesNotChangeTheEventsOrTheirIds() {
        Consolidator first = Consolidator.inMemory(LEXICAL, null);
        astanaReportsAndOthers().forEach(first::add);
        Random random = new Random(15);
        for (int round = 0; round < 10; round++) {
            List<ArticleMentions> shuffled = new ArrayList<>(astanaReportsAndOthers());
            Collections.shuffle(shuffled, random);
            Consolidator other = Consolidator.inMemory(LEXICAL, null);
            shuffled.forEach(other::add);
            assertEquals(first.events(), other.events());
        }
    }

    @Test
    void anArticleJoiningAnEventReportsTheChangeAndAddingItAgainChangesNothing() {
        Consolidator c = Consolidator.inMemory(LEXICAL, null);
        List<ArticleMentions> articles = astanaReportsAndOthers();
        ConsolidationChanges created = c.add(articles.get(1));
        assertEquals(1, created.events().created().size());
        ConsolidationChanges joined = c.add(articles.get(0));
        String old = created.events().created().get(0).id();
        String now = c.eventOf("a1#e0").orElseThrow();
        assertEquals(List.of(now), joined.events().created().stream().map(ConsolidatedEvent::id).toList(),
                "a1 sorts first, so the event is renamed after it");
        assertEquals(now, joined.events().replaced().get(old));
        assertTrue(c.add(articles.get(0)).isEmpty());
    }

    @Test
    void anAnalystsCannotLinkSeparatesTwoReportsAndHoldsWhenMoreArrive() {
        Consolidator c = Consolidator.inMemory(LEXICAL, null);
        List<ArticleMentions> articles = astanaReportsAndOthers();
        c.add(articles.get(0));
        c.add(articles.get(1));
        assertEquals(c.eventOf("a1#e0"), c.eventOf("a2#e0"));
        c.constrain(new ConsolidationConstraint(FactKind.EVENT, Relation.CANNOT_LINK, "a2#e0", "a1#e0", "analyst",
                Instant.EPOCH, "a different meeting"));
        assertTrue(!c.eventOf("a1#e0").equals(c.eventOf("a2#e0")));
        c.add(articles.get(2));
        assertTrue(!c.eventOf("a1#e0").equals(c.eventOf("a2#e0")));
        assertTrue(c.eventOf("a3#e0").equals(c.eventOf("a1#e0")) || c.eventOf("a3#e0").equals(c.eventOf("a2#e0")),
                "the third report joins one of the two");
        assertEquals(2, c.events().stream().filter(e -> e.type() == EventType.CONSULT
                && e.modality() == Modality.ASSERTED && e.actors().contains("state:CHN")).count());
    }

    @Test
    void peopleMergeOnNameAndRoleButNeverOnASharedSurnameOrAClashingRole() {
        Consolidator c = Consolidator.inMemory(LEXICAL, null);
        List<PersonMention> people = List.of(
                Written.person("p1", "Gulnar Shaimergenova", "director", "China Studies Center in Kazakhstan", "KAZ"),
                Written.person("p2", "Gulnar Shaimergenova", "director", "China Studies Center", null),
                Written.person("p3", "Aigerim Shaimergenova", "director", "China Studies Center in Kazakhstan", "KAZ"),
                Written.person("p4", "Gulnar Shaimergenova", "minister", null, "KAZ"),
                Written.person("p5", "Gulnar Shaimergenova", null, null, "KAZ"));
        for (PersonMention p : people) {
            c.add(new ArticleMentions(p.articleId(), List.of(), List.of(), List.of(p)));
        }
        assertEquals(4, c.people().size(), c.people().toString());
        assertEquals(2, c.people().stream().mapToInt(p -> p.reports()).max().orElseThrow());
    }
}
