package dev.accord.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Accord found in one article: Accord's public output, documented in {@code docs/json.md}.
 *
 * @param schema     the JSON schema's name and major version, {@value #SCHEMA}
 * @param article    the article with its clean text
 * @param entities   named entities, ordered by first mention
 * @param times      temporal expressions, in text order
 * @param places     places resolved against the gazetteer, ordered by first mention
 * @param themes     areas of cooperation and conflict, ordered by first evidence
 * @param actors     states, organisations and people who act or speak, ordered by first mention
 * @param quotes     direct and reported speech with its speakers, in text order
 * @param events     PLOVER events, in text order of their triggers
 * @param agreements declarations, treaties and other agreements, by first mention
 */
public record ArticleFacts(String schema, Article article, List<Entity> entities, List<TimeExpression> times,
                           List<Place> places, List<Theme> themes, List<Actor> actors, List<Quote> quotes,
                           List<Event> events, List<Agreement> agreements) {

    public static final String SCHEMA = "accord/1";

    public ArticleFacts {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        // Facts stored before a kind of fact existed read back with none of it (accord/1 grows by adding fields).
        places = copyOrEmpty(places);
        themes = copyOrEmpty(themes);
        actors = copyOrEmpty(actors);
        quotes = copyOrEmpty(quotes);
        events = copyOrEmpty(events);
        agreements = copyOrEmpty(agreements);
    }

    public ArticleFacts(Article article, List<Entity> entities, List<TimeExpression> times, List<Place> places,
                        List<Theme> themes, List<Actor> actors, List<Quote> quotes, List<Event> events,
                        List<Agreement> agreements) {
        this(SCHEMA, article, entities, times, places, themes, actors, quotes, events, agreements);
    }

    private static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Throws unless every fact's evidence points into this article and quotes it exactly.
     * Run on every extractor's output; a violation is a bug, never bad input.
     */
    public ArticleFacts verify() {
        for (Entity e : entities) {
            e.mentions().forEach(m -> m.verifyAgainst(article));
        }
        for (TimeExpression t : times) {
            t.evidence().verifyAgainst(article);
        }
        for (Place p : places) {
            p.mentions().forEach(m -> m.verifyAgainst(article));
        }
        for (Theme t : themes) {
            t.evidence().forEach(e -> e.verifyAgainst(article));
        }
        for (Actor a : actors) {
            a.mentions().forEach(m -> m.evidence().verifyAgainst(article));
            verifyIfPresent(a.roleEvidence());
        }
        for (Quote q : quotes) {
            q.parts().forEach(p -> p.verifyAgainst(article));
            verifyIfPresent(q.speakerMention());
            verifyIfPresent(q.cue());
            verifyIfPresent(q.venue());
        }
        for (Event e : events) {
            e.trigger().verifyAgainst(article);
            e.actors().forEach(a -> a.evidence().verifyAgainst(article));
            e.recipients().forEach(a -> a.evidence().verifyAgainst(article));
            verifyIfPresent(e.place() == null ? null : e.place().evidence());
            verifyIfPresent(e.date() == null ? null : e.date().evidence());
        }
        for (Agreement a : agreements) {
            a.mentions().forEach(m -> m.verifyAgainst(article));
        }
        return this;
    }

    private void verifyIfPresent(Evidence e) {
        if (e != null) {
            e.verifyAgainst(article);
        }
    }
}
