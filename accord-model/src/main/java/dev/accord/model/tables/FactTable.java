package dev.accord.model.tables;

import dev.accord.model.Actor;
import dev.accord.model.ActorMention;
import dev.accord.model.Agreement;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Entity;
import dev.accord.model.Event;
import dev.accord.model.Evidence;
import dev.accord.model.EventArgument;
import dev.accord.model.Place;
import dev.accord.model.Problem;
import dev.accord.model.Quote;
import dev.accord.model.TimeExpression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.accord.model.tables.Column.articleId;
import static dev.accord.model.tables.Column.optional;
import static dev.accord.model.tables.Column.required;
import static dev.accord.model.tables.ColumnType.BIGINT;
import static dev.accord.model.tables.ColumnType.BOOLEAN;
import static dev.accord.model.tables.ColumnType.INTEGER;
import static dev.accord.model.tables.ColumnType.REAL;
import static dev.accord.model.tables.ColumnType.TEXT;
import static dev.accord.model.tables.ColumnType.TEXT_LIST;

/**
 * One flat table of an article's facts: one row per article, entity, time, actor, mention, event, quote,
 * agreement, place or problem. This is the one description of the fact tables: the Spark job writes
 * every table as Parquet, the stores copy the columns their search filters need, and the server's views
 * and the exports read their values through the same columns, so a field added to the model is added
 * here once.
 *
 * <p>Every row of an article's facts starts with its article's id, and every span is a half-open range
 * of UTF-16 code units into that article's text, so each row can be traced to its words. Enumerated
 * values are their constants' names ({@code CONSULT}, {@code STATE}, {@code ASSERTED}), as in the facts
 * JSON.
 *
 * @param <T>         the fact each row is made of
 * @param name        the table's name in every face: an SQL table, a Parquet folder
 * @param description what one row is
 * @param items       the facts of an article that become rows, in order
 * @param columns     the columns, in order
 */
public record FactTable<T>(String name, String description, Function<ArticleFacts, List<T>> items,
                           List<Column<T>> columns) {

    public FactTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(items, "items");
        columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (Column<T> c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + c.name()
                        + "; expected each name once");
            }
        }
    }

    /** One actor's mention: the rows of {@link #MENTIONS}. */
    public record MentionOf(Actor actor, ActorMention mention) {
    }

    /** The columns of {@link #ARTICLES}. */
    public static final class Articles {
        static final List<Column<Article>> COLUMNS = List.of(
                required("article_id", TEXT, "the article's id", (f, a) -> a.id()),
                required("source", TEXT, "where it came from: a file name, a URL", (f, a) -> a.source()),
                optional("title", TEXT, "the headline", (f, a) -> a.title()),
                optional("published", TEXT, "the publication date, ISO 8601",
                        (f, a) -> a.published() == null ? null : a.published().toString()),
                required("language", TEXT, "ISO 639-1 code", (f, a) -> a.language()),
                optional("url", TEXT, "the address it was fetched or archived from", (f, a) -> a.url()),
                optional("outlet", TEXT, "the publication that printed it", (f, a) -> a.outlet()),
                optional("author", TEXT, "the byline", (f, a) -> a.author()),
                required("text", TEXT, "the clean text every span indexes into", (f, a) -> a.text()));

        private Articles() {
        }
    }

    /** The columns of {@link #ENTITIES}. */
    public static final class Entities {
        static final List<Column<Entity>> COLUMNS = List.of(articleId(),
                required("entity_id", TEXT, "stable within the article", (f, e) -> e.id()),
                required("type", TEXT, "the coarse kind (EntityType)", (f, e) -> e.type().name()),
                required("name", TEXT, "the fullest name the article uses", (f, e) -> e.name()),
                required("tag", TEXT, "the recogniser's fine-grained tag", (f, e) -> e.tag()),
                optional("code", TEXT, "ISO 3166-1 alpha-3 for states", (f, e) -> e.code()),
                required("mentions", INTEGER, "how often the article names it", (f, e) -> e.mentions().size()));

        private Entities() {
        }
    }

    /** The columns of {@link #TIMES}. */
    public static final class Times {
        static final List<Column<TimeExpression>> COLUMNS = List.of(articleId(),
                required("time_id", TEXT, "stable within the article", (f, t) -> t.id()),
                required("type", TEXT, "the TIMEX3 type", (f, t) -> t.type().name()),
                required("value", TEXT, "the TIMEX3 value", (f, t) -> t.value()),
                required("anchored", BOOLEAN, "resolved against the publication date", (f, t) -> t.anchored()),
                required("begin", INTEGER, "where its words begin", (f, t) -> t.evidence().span().begin()),
                required("end", INTEGER, "where its words end", (f, t) -> t.evidence().span().end()));

        private Times() {
        }
    }

    /** The columns of {@link #ACTORS}. */
    public static final class Actors {
        /** How often the article mentions the actor. */
        public static final Column<Actor> MENTIONS = required("mentions", INTEGER,
                "how often the article mentions it", (f, a) -> a.mentions().size());
        static final List<Column<Actor>> COLUMNS = List.of(articleId(),
                required("actor_id", TEXT, "stable within the article: state:KAZ, person:...", (f, a) -> a.id()),
                required("kind", TEXT, "what kind of actor (ActorKind)", (f, a) -> a.kind().name()),
                required("name", TEXT, "its full name", (f, a) -> a.name()),
                optional("code", TEXT, "ISO alpha-3 for a state, the registry code for an IGO", (f, a) -> a.code()),
                optional("country", TEXT, "the state it belongs to (ISO alpha-3)", (f, a) -> a.country()),
                optional("sector", TEXT, "CAMEO sector: GOV, MIL, BUS, ...", (f, a) -> a.sector()),
                optional("role", TEXT, "a person's role", (f, a) -> a.role()),
                optional("affiliation", TEXT, "the organisation a person works for", (f, a) -> a.affiliation()),
                required("registered", BOOLEAN, "the curated registry knows it", (f, a) -> a.registered()),
                MENTIONS);

        private Actors() {
        }
    }

    /** The columns of {@link #MENTIONS}. */
    public static final class Mentions {
        static final List<Column<MentionOf>> COLUMNS = List.of(articleId(),
                required("actor_id", TEXT, "the actor mentioned", (f, m) -> m.actor().id()),
                required("begin", INTEGER, "where the words begin", (f, m) -> m.mention().evidence().span().begin()),
                required("end", INTEGER, "where the words end", (f, m) -> m.mention().evidence().span().end()),
                required("text", TEXT, "the words", (f, m) -> m.mention().evidence().text()),
                required("kind", TEXT, "how they refer to it (MentionKind)", (f, m) -> m.mention().kind().name()),
                optional("sector", TEXT, "the sector these words give the actor", (f, m) -> m.mention().sector()));

        private Mentions() {
        }
    }

    /** The columns of {@link #EVENTS}. */
    public static final class Events {
        /** The PLOVER mode, such as {@code multilateral}. */
        public static final Column<Event> MODE = optional("mode", TEXT, "the PLOVER mode", (f, e) -> e.mode());
        /** The words that state the event. */
        public static final Column<Event> TRIGGER = required("trigger", TEXT, "the words that state it",
                (f, e) -> e.trigger().text());
        /** The place's name as the article writes it. */
        public static final Column<Event> PLACE = optional("place", TEXT, "where, as the article names it",
                (f, e) -> e.place() == null ? null : e.place().name());
        /** The TIMEX3 date value. */
        public static final Column<Event> DATE = optional("date", TEXT, "when: its TIMEX3 value",
                (f, e) -> e.date() == null ? null : e.date().value());
        /** Asserted, negated, future or hypothetical. */
        public static final Column<Event> MODALITY = required("modality", TEXT,
                "ASSERTED, NEGATED, FUTURE or HYPOTHETICAL", (f, e) -> e.modality().name());
        /** The type's place on PLOVER's cooperation (+8) to conflict (−10) scale. */
        public static final Column<Event> SCORE = required("score", INTEGER,
                "its type's PLOVER score, from -10 (conflict) to +8 (cooperation)", (f, e) -> e.type().score());
        /** Whether a quoted or reported speaker states it, rather than the article's own voice. */
        public static final Column<Event> QUOTED = required("quoted", BOOLEAN,
                "a quoted or reported speaker states it, not the article's voice",
                (f, e) -> !e.attribution().isArticle());
        static final List<Column<Event>> COLUMNS = List.of(articleId(),
                required("event_id", TEXT, "stable within the article", (f, e) -> e.id()),
                required("type", TEXT, "the PLOVER type", (f, e) -> e.type().name()),
                MODE,
                optional("context", TEXT, "the PLOVER context", (f, e) -> e.context()),
                required("cameo", TEXT, "the CAMEO code", (f, e) -> e.cameo()),
                required("actors", TEXT_LIST, "who acted: actor ids", (f, e) -> part(e.actors(), true)),
                required("actor_codes", TEXT_LIST, "their CAMEO actor codes", (f, e) -> part(e.actors(), false)),
                required("recipients", TEXT_LIST, "to whom: actor ids", (f, e) -> part(e.recipients(), true)),
                required("recipient_codes", TEXT_LIST, "their CAMEO actor codes",
                        (f, e) -> part(e.recipients(), false)),
                TRIGGER,
                required("begin", INTEGER, "where the trigger begins", (f, e) -> e.trigger().span().begin()),
                required("end", INTEGER, "where the trigger ends", (f, e) -> e.trigger().span().end()),
                PLACE, DATE, MODALITY,
                optional("quote", TEXT, "the id of the quote it was read from", (f, e) -> e.attribution().quote()),
                optional("speaker", TEXT, "the speaking actor's id", (f, e) -> e.attribution().speaker()),
                optional("agreement", TEXT, "the agreement it signs or promises", (f, e) -> e.agreement()),
                optional("name", TEXT, "the event's name, as the text gives it", (f, e) -> e.name()),
                required("confidence", REAL, "how sure the coder is, 0 to 1", (f, e) -> e.confidence()),
                SCORE, QUOTED);

        private Events() {
        }

        private static List<String> part(List<EventArgument> arguments, boolean ids) {
            List<String> values = new ArrayList<>();
            arguments.forEach(a -> values.add(ids ? a.actor() : a.code()));
            return values;
        }
    }

    /** The columns of {@link #QUOTES}. */
    public static final class Quotes {
        /** The speaker's name, from the article's actors. */
        public static final Column<Quote> SPEAKER_NAME = optional("speaker_name", TEXT, "the speaker's name",
                (f, q) -> q.speaker() == null ? null : f.actors().stream().filter(a -> a.id().equals(q.speaker()))
                        .map(Actor::name).findFirst().orElse(null));
        /** Whether the speaker speaks for a state or an IGO. */
        public static final Column<Quote> OFFICIAL = required("official", BOOLEAN,
                "the speaker speaks for a state or an IGO", (f, q) -> q.official());
        static final List<Column<Quote>> COLUMNS = List.of(articleId(),
                required("quote_id", TEXT, "stable within the article", (f, q) -> q.id()),
                required("kind", TEXT, "DIRECT or REPORTED", (f, q) -> q.kind().name()),
                optional("speaker", TEXT, "the speaking actor's id", (f, q) -> q.speaker()),
                required("text", TEXT, "the words, parts joined by \" … \" to show where words were left out",
                        (f, q) -> q.parts().stream().map(Evidence::text).collect(Collectors.joining(" … "))),
                required("begin", INTEGER, "where the first part begins", (f, q) -> q.parts().get(0).span().begin()),
                required("end", INTEGER, "where the last part ends",
                        (f, q) -> q.parts().get(q.parts().size() - 1).span().end()),
                OFFICIAL,
                optional("on_behalf_of", TEXT, "the state or IGO an official speaks for", (f, q) -> q.onBehalfOf()),
                SPEAKER_NAME);

        private Quotes() {
        }
    }

    /** The columns of {@link #AGREEMENTS}. */
    public static final class Agreements {
        /** When it was signed, as a TIMEX3 value. */
        public static final Column<Agreement> DATE = optional("date", TEXT, "when it was signed",
                (f, a) -> a.date() == null ? null : a.date().value());
        static final List<Column<Agreement>> COLUMNS = List.of(articleId(),
                required("agreement_id", TEXT, "stable within the article", (f, a) -> a.id()),
                required("name", TEXT, "its name as the text gives it", (f, a) -> a.name()),
                required("kind", TEXT, "declaration, treaty, memorandum, ...", (f, a) -> a.kind()),
                required("status", TEXT, "SIGNED, PROMISED or MENTIONED", (f, a) -> a.status()),
                required("parties", TEXT_LIST, "its parties' actor ids", (f, a) -> a.parties()),
                DATE,
                optional("place", TEXT, "where it was signed", (f, a) -> a.place() == null ? null : a.place().name()),
                optional("signed_at", TEXT, "the event it was signed at", (f, a) -> a.signedAt()),
                required("events", TEXT_LIST, "the events that sign or promise it", (f, a) -> a.events()));

        private Agreements() {
        }
    }

    /** The columns of {@link #PLACES}. */
    public static final class Places {
        static final List<Column<Place>> COLUMNS = List.of(articleId(),
                required("place_id", TEXT, "the id of the entity it resolves", (f, p) -> p.id()),
                required("name", TEXT, "the name as the article writes it", (f, p) -> p.name()),
                required("kind", TEXT, "what it resolved to (PlaceKind)", (f, p) -> p.kind().name()),
                optional("geoname_id", BIGINT, "its GeoNames id", (f, p) -> p.geonameId()),
                optional("resolved_name", TEXT, "the gazetteer's name for it", (f, p) -> p.resolvedName()),
                optional("latitude", REAL, "decimal degrees, WGS 84", (f, p) -> p.latitude()),
                optional("longitude", REAL, "decimal degrees, WGS 84", (f, p) -> p.longitude()),
                optional("country", TEXT, "ISO alpha-3 of the country it lies in", (f, p) -> p.country()),
                optional("feature_class", TEXT, "GeoNames feature class", (f, p) -> p.featureClass()),
                required("confidence", REAL, "how sure the resolution is, 0 to 1", (f, p) -> p.confidence()),
                required("mentions", INTEGER, "how often the article names it", (f, p) -> p.mentions().size()));

        private Places() {
        }
    }

    /** The columns of {@link #PROBLEMS}. */
    public static final class Problems {
        static final List<Column<Problem>> COLUMNS = List.of(
                required("input", TEXT, "the input or item that could not be read or analysed", (f, p) -> p.input()),
                required("reason", TEXT, "why", (f, p) -> p.reason()));

        private Problems() {
        }
    }

    public static final FactTable<Article> ARTICLES = new FactTable<>("articles", "one article",
            f -> List.of(f.article()), Articles.COLUMNS);
    public static final FactTable<Entity> ENTITIES = new FactTable<>("entities", "one named entity of an article",
            ArticleFacts::entities, Entities.COLUMNS);
    public static final FactTable<TimeExpression> TIMES = new FactTable<>("times", "one temporal expression",
            ArticleFacts::times, Times.COLUMNS);
    public static final FactTable<Actor> ACTORS = new FactTable<>("actors", "one actor of an article",
            ArticleFacts::actors, Actors.COLUMNS);
    public static final FactTable<MentionOf> MENTIONS = new FactTable<>("mentions", "one mention of an actor",
            f -> f.actors().stream().flatMap(a -> a.mentions().stream().map(m -> new MentionOf(a, m))).toList(),
            Mentions.COLUMNS);
    public static final FactTable<Event> EVENTS = new FactTable<>("events", "one PLOVER event",
            ArticleFacts::events, Events.COLUMNS);
    public static final FactTable<Quote> QUOTES = new FactTable<>("quotes", "one quote with its speaker",
            ArticleFacts::quotes, Quotes.COLUMNS);
    public static final FactTable<Agreement> AGREEMENTS = new FactTable<>("agreements", "one agreement",
            ArticleFacts::agreements, Agreements.COLUMNS);
    public static final FactTable<Place> PLACES = new FactTable<>("places", "one place, resolved",
            ArticleFacts::places, Places.COLUMNS);
    /** Inputs that could not be read or analysed: not facts of an article, so its rows come from {@link #row}. */
    public static final FactTable<Problem> PROBLEMS = new FactTable<>("problems",
            "one input that could not be read or analysed, with its reason", f -> List.of(), Problems.COLUMNS);

    /** Every table, in the order the Spark job writes them. */
    public static List<FactTable<?>> all() {
        return List.of(ARTICLES, ENTITIES, TIMES, ACTORS, MENTIONS, EVENTS, QUOTES, AGREEMENTS, PLACES, PROBLEMS);
    }

    /** The table named {@code name}; throws naming the tables when there is none. */
    public static FactTable<?> expect(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no fact table " + name + "; expected one of "
                        + all().stream().map(FactTable::name).toList()));
    }

    /** This table's rows for one article, each a list of values in column order. */
    public List<List<Object>> rows(ArticleFacts facts) {
        return items.apply(facts).stream().map(item -> row(facts, item)).toList();
    }

    /**
     * One row: the values of {@code item}, in column order, each checked against its column.
     *
     * @param facts the article {@code item} is a fact of; {@code null} for a {@link #PROBLEMS} row
     */
    public List<Object> row(ArticleFacts facts, T item) {
        List<Object> values = new ArrayList<>(columns.size());
        for (Column<T> c : columns) {
            try {
                values.add(c.valueOf(facts, item));
            } catch (IllegalStateException e) {
                throw new IllegalStateException("table " + name + ": " + e.getMessage(), e);
            }
        }
        return values;
    }

    /** The column named {@code name}, if the table has one. */
    public Optional<Column<T>> findColumn(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The column named {@code name}; throws naming the table's columns when there is none. */
    public Column<T> expectColumn(String name) {
        return findColumn(name).orElseThrow(() -> new IllegalArgumentException("table " + this.name
                + " has no column " + name + "; expected one of " + columnNames()));
    }

    /** The same table with only the columns named, in the order given: what a face keeps of it. */
    public FactTable<T> select(List<String> names) {
        return new FactTable<>(name, description, items, names.stream().map(this::expectColumn).toList());
    }

    /** The columns' names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    @Override
    public String toString() {
        return "FactTable[" + name + " " + columnNames() + "]";
    }
}
