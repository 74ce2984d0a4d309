package dev.accord.store;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Article;
import dev.accord.model.Attribution;
import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventType;
import dev.accord.model.Evidence;
import dev.accord.model.MentionKind;
import dev.accord.model.Modality;
import dev.accord.model.Provenance;
import dev.accord.model.Quote;
import dev.accord.model.QuoteKind;
import dev.accord.model.TimeExpression;
import dev.accord.model.TimeType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Short articles written for these tests, with their facts built by hand. */
final class Samples {

    static final Provenance ENTITIES = new Provenance("entities", "0.1.0-test", "0123456789abcdef");
    static final Provenance TIMES = new Provenance("times", "0.1.0-test", "0123456789abcdef");
    static final Provenance ACTORS = new Provenance("actors", "0.1.0-test", "0123456789abcdef");
    static final Provenance EVENTS = new Provenance("events", "0.1.0-test", "0123456789abcdef");

    private Samples() {
    }

    /** Dated 2025-09-01; names Kazakhstan (KAZ) and China (CHN); says "China-Kazakhstan" and "SCO's". */
    static ArticleFacts astana() {
        Article article = Article.of("tests/astana.txt", "Kazakhstan and China sign a trade memorandum",
                LocalDate.of(2025, 9, 1), "en",
                "Kazakhstan and China signed a trade memorandum in Astana on Monday. Officials said "
                        + "China-Kazakhstan cooperation would expand under the SCO's new framework.");
        List<Entity> entities = List.of(state(article, "kazakhstan", "Kazakhstan", "KAZ"),
                state(article, "china", "China", "CHN"),
                entity(article, "place:astana", EntityType.PLACE, "Astana", "CITY", null));
        Evidence said = occurrences(article, "said").get(0);
        Evidence words = occurrences(article, "China-Kazakhstan cooperation would expand").get(0);
        Quote quote = new Quote("q" + words.span().begin(), QuoteKind.REPORTED, List.of(words), "state:KAZ",
                occurrences(article, "Officials").get(0), said, null, true, "KAZ", ACTORS);
        return facts(article, entities, List.of(time(article, "Monday", "2025-09-01")), List.of(quote));
    }

    /**
     * {@link #astana()} with two events: the signing, asserted in the article's voice, and future
     * cooperation that officials state.
     */
    static ArticleFacts astanaWithEvents() {
        ArticleFacts plain = astana();
        Article article = plain.article();
        Event signed = event(article, "event:signed", EventType.AGREE, "signed", Modality.ASSERTED,
                Attribution.ARTICLE, "Kazakhstan", "state:KAZ");
        Event expand = event(article, "event:expand", EventType.COOPERATE, "expand", Modality.FUTURE,
                new Attribution(plain.quotes().get(0).id(), "state:KAZ"), "China", "state:CHN");
        return withEvents(plain, List.of(signed, expand));
    }

    /** Dated 2025-06-15; names France (FRA), Germany (DEU) and Geneva. */
    static ArticleFacts geneva() {
        Article article = Article.of("tests/geneva.txt", "Talks resume in Geneva", LocalDate.of(2025, 6, 15), "en",
                "Diplomats from France and Germany met in Geneva to discuss energy policy. The talks ended "
                        + "without a joint statement.");
        return facts(article, List.of(state(article, "france", "France", "FRA"),
                state(article, "germany", "Germany", "DEU"),
                entity(article, "place:geneva", EntityType.PLACE, "Geneva", "CITY", null)), List.of(), List.of());
    }

    /** {@link #geneva()} with one event: a joint statement the talks did not give, negated in the article's voice. */
    static ArticleFacts genevaWithEvents() {
        ArticleFacts plain = geneva();
        return withEvents(plain, List.of(event(plain.article(), "event:statement", EventType.AGREE, "ended without",
                Modality.NEGATED, Attribution.ARTICLE, "France", "state:FRA")));
    }

    /** Undated and untitled; names Uzbekistan (UZB) and Kazakhstan (KAZ). */
    static ArticleFacts undated() {
        Article article = Article.of("tests/undated.txt", null, null, "en",
                "Uzbekistan hosted a regional water forum. Kazakhstan sent a delegation.");
        return facts(article, List.of(state(article, "uzbekistan", "Uzbekistan", "UZB"),
                state(article, "kazakhstan", "Kazakhstan", "KAZ")), List.of(), List.of());
    }

    /** An article with a chosen id, for prefix lookups; names Mongolia. */
    static ArticleFacts withId(String id, LocalDate published) {
        Article article = new Article(id, "tests/" + id + ".txt", "Mongolia " + id, published, "en",
                "Mongolia opened a consulate.");
        return facts(article, List.of(state(article, "mongolia", "Mongolia", "MNG")), List.of(), List.of());
    }

    /** The facts with one state actor for each state entity, as the actor stage would give. */
    static ArticleFacts facts(Article article, List<Entity> entities, List<TimeExpression> times, List<Quote> quotes) {
        List<Actor> actors = entities.stream().filter(e -> e.type() == EntityType.STATE)
                .map(e -> new Actor("state:" + e.code(), ActorKind.STATE, e.name(), e.code(), e.code(), null, null,
                        null, null, List.of(), true,
                        e.mentions().stream().map(m -> new ActorMention(m, MentionKind.NAME, null)).toList(), ACTORS))
                .toList();
        return new ArticleFacts(article, entities, times, List.of(), List.of(), actors, quotes, List.of(), List.of()).verify();
    }

    private static ArticleFacts withEvents(ArticleFacts f, List<Event> events) {
        return new ArticleFacts(f.article(), f.entities(), f.times(), f.places(), f.themes(), f.actors(), f.quotes(),
                events, f.agreements()).verify();
    }

    /** An event of one actor, named by the first occurrence of {@code actorName}. */
    private static Event event(Article article, String id, EventType type, String trigger, Modality modality,
                       Attribution attribution, String actorName, String actorId) {
        EventArgument actor = new EventArgument(actorId, actorId.substring("state:".length()),
                occurrences(article, actorName).get(0));
        return new Event(id, type, null, null, "030", List.of(actor), List.of(), occurrences(article, trigger).get(0),
                null, null, modality, attribution, null, null, 0.8, EVENTS);
    }

    static Entity state(Article article, String key, String name, String code) {
        return entity(article, "state:" + key, EntityType.STATE, name, "COUNTRY", code);
    }

    /** An entity with every occurrence of {@code name} in the article's text as a mention. */
    static Entity entity(Article article, String id, EntityType type, String name, String tag, String code) {
        return new Entity(id, type, name, tag, code, occurrences(article, name), ENTITIES);
    }

    static TimeExpression time(Article article, String words, String value) {
        Evidence evidence = occurrences(article, words).get(0);
        return new TimeExpression("t" + evidence.span().begin(), TimeType.DATE, value, true, evidence, TIMES);
    }

    private static List<Evidence> occurrences(Article article, String words) {
        List<Evidence> found = new ArrayList<>();
        for (int at = article.text().indexOf(words); at >= 0; at = article.text().indexOf(words, at + 1)) {
            found.add(Evidence.of(article, new CharSpan(at, at + words.length())));
        }
        return found;
    }
}
