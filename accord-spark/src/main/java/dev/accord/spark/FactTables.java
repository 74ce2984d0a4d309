package dev.accord.spark;

import dev.accord.model.Actor;
import dev.accord.model.ActorMention;
import dev.accord.model.Agreement;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.Evidence;
import dev.accord.model.Place;
import dev.accord.model.Problem;
import dev.accord.model.Quote;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The flat tables the job writes as Parquet, one row per article, actor, mention, event, quote,
 * agreement, place or problem. Every row carries its article's id, and every span is a half-open
 * range of UTF-16 code units into that article's text, so each row can be traced to its words.
 *
 * <p>The facts JSON Lines the job also writes hold everything; these tables are what analysts query.
 */
enum FactTables {

    ARTICLES(schema("article_id", DataTypes.StringType, "source", DataTypes.StringType, "title", DataTypes.StringType,
            "published", DataTypes.StringType, "language", DataTypes.StringType, "url", DataTypes.StringType,
            "outlet", DataTypes.StringType, "author", DataTypes.StringType, "text", DataTypes.StringType),
            f -> List.of(articleRow(f.article()))),
    ACTORS(schema("article_id", DataTypes.StringType, "actor_id", DataTypes.StringType, "kind", DataTypes.StringType,
            "name", DataTypes.StringType, "code", DataTypes.StringType, "country", DataTypes.StringType,
            "sector", DataTypes.StringType, "role", DataTypes.StringType, "affiliation", DataTypes.StringType,
            "registered", DataTypes.BooleanType, "mentions", DataTypes.IntegerType),
            FactTables::actorRows),
    MENTIONS(schema("article_id", DataTypes.StringType, "actor_id", DataTypes.StringType, "begin", DataTypes.IntegerType,
            "end", DataTypes.IntegerType, "text", DataTypes.StringType, "kind", DataTypes.StringType,
            "sector", DataTypes.StringType),
            FactTables::mentionRows),
    EVENTS(schema("article_id", DataTypes.StringType, "event_id", DataTypes.StringType, "type", DataTypes.StringType,
            "mode", DataTypes.StringType, "context", DataTypes.StringType, "cameo", DataTypes.StringType,
            "actors", Types.STRINGS, "actor_codes", Types.STRINGS, "recipients", Types.STRINGS,
            "recipient_codes", Types.STRINGS,
            "trigger", DataTypes.StringType, "begin", DataTypes.IntegerType, "end", DataTypes.IntegerType,
            "place", DataTypes.StringType, "date", DataTypes.StringType, "modality", DataTypes.StringType,
            "quote", DataTypes.StringType, "speaker", DataTypes.StringType, "agreement", DataTypes.StringType,
            "name", DataTypes.StringType, "confidence", DataTypes.DoubleType),
            FactTables::eventRows),
    QUOTES(schema("article_id", DataTypes.StringType, "quote_id", DataTypes.StringType, "kind", DataTypes.StringType,
            "speaker", DataTypes.StringType, "text", DataTypes.StringType, "begin", DataTypes.IntegerType,
            "end", DataTypes.IntegerType, "official", DataTypes.BooleanType, "on_behalf_of", DataTypes.StringType),
            FactTables::quoteRows),
    AGREEMENTS(schema("article_id", DataTypes.StringType, "agreement_id", DataTypes.StringType,
            "name", DataTypes.StringType, "kind", DataTypes.StringType, "status", DataTypes.StringType,
            "parties", Types.STRINGS, "date", DataTypes.StringType, "place", DataTypes.StringType,
            "signed_at", DataTypes.StringType, "events", Types.STRINGS),
            FactTables::agreementRows),
    PLACES(schema("article_id", DataTypes.StringType, "place_id", DataTypes.StringType, "name", DataTypes.StringType,
            "kind", DataTypes.StringType, "geoname_id", DataTypes.LongType, "resolved_name", DataTypes.StringType,
            "latitude", DataTypes.DoubleType, "longitude", DataTypes.DoubleType, "country", DataTypes.StringType,
            "feature_class", DataTypes.StringType, "confidence", DataTypes.DoubleType, "mentions", DataTypes.IntegerType),
            FactTables::placeRows),
    PROBLEMS(schema("input", DataTypes.StringType, "reason", DataTypes.StringType), f -> List.of());

    /** The table's columns. */
    final StructType schema;
    private final Function<ArticleFacts, List<Row>> rows;

    FactTables(StructType schema, Function<ArticleFacts, List<Row>> rows) {
        this.schema = schema;
        this.rows = rows;
    }

    /** The table's folder name under the job's {@code parquet/} output. */
    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This table's rows for one article. */
    List<Row> rows(ArticleFacts facts) {
        return rows.apply(facts);
    }

    static Row problemRow(Problem p) {
        return RowFactory.create(p.input(), p.reason());
    }

    /**
     * Column types the constants need: an enum's own static fields are not set yet when they are built.
     * Arrays may hold nulls: an actor with no code has none in {@code actor_codes}.
     */
    private static final class Types {
        static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);
    }

    private static StructType schema(Object... nameTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < nameTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) nameTypes[i], (DataType) nameTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }

    private static Row articleRow(Article a) {
        return RowFactory.create(a.id(), a.source(), a.title(), a.published() == null ? null : a.published().toString(),
                a.language(), a.url(), a.outlet(), a.author(), a.text());
    }

    private static List<Row> actorRows(ArticleFacts f) {
        return f.actors().stream().map(a -> RowFactory.create(f.article().id(), a.id(), a.kind().name(), a.name(),
                a.code(), a.country(), a.sector(), a.role(), a.affiliation(), a.registered(), a.mentions().size()))
                .toList();
    }

    private static List<Row> mentionRows(ArticleFacts f) {
        List<Row> rows = new ArrayList<>();
        for (Actor a : f.actors()) {
            for (ActorMention m : a.mentions()) {
                rows.add(RowFactory.create(f.article().id(), a.id(), m.evidence().span().begin(),
                        m.evidence().span().end(), m.evidence().text(), m.kind().name(), m.sector()));
            }
        }
        return rows;
    }

    private static List<Row> eventRows(ArticleFacts f) {
        List<Row> rows = new ArrayList<>();
        for (Event e : f.events()) {
            rows.add(RowFactory.create(f.article().id(), e.id(), e.type().name(), e.mode(), e.context(), e.cameo(),
                    ids(e.actors(), EventArgument::actor), ids(e.actors(), EventArgument::code),
                    ids(e.recipients(), EventArgument::actor), ids(e.recipients(), EventArgument::code),
                    e.trigger().text(), e.trigger().span().begin(), e.trigger().span().end(),
                    e.place() == null ? null : e.place().name(), e.date() == null ? null : e.date().value(),
                    e.modality().name().toLowerCase(Locale.ROOT), e.attribution().quote(), e.attribution().speaker(),
                    e.agreement(), e.name(), e.confidence()));
        }
        return rows;
    }

    private static List<Row> quoteRows(ArticleFacts f) {
        List<Row> rows = new ArrayList<>();
        for (Quote q : f.quotes()) {
            List<Evidence> parts = q.parts();
            rows.add(RowFactory.create(f.article().id(), q.id(), q.kind().name(), q.speaker(),
                    parts.stream().map(Evidence::text).collect(Collectors.joining(" … ")),
                    parts.isEmpty() ? null : parts.get(0).span().begin(),
                    parts.isEmpty() ? null : parts.get(parts.size() - 1).span().end(), q.official(), q.onBehalfOf()));
        }
        return rows;
    }

    private static List<Row> agreementRows(ArticleFacts f) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : f.agreements()) {
            rows.add(RowFactory.create(f.article().id(), a.id(), a.name(), a.kind(), a.status(), array(a.parties()),
                    a.date() == null ? null : a.date().value(), a.place() == null ? null : a.place().name(),
                    a.signedAt(), array(a.events())));
        }
        return rows;
    }

    private static List<Row> placeRows(ArticleFacts f) {
        List<Row> rows = new ArrayList<>();
        for (Place p : f.places()) {
            rows.add(RowFactory.create(f.article().id(), p.id(), p.name(), p.kind().name(), p.geonameId(),
                    p.resolvedName(), p.latitude(), p.longitude(), p.country(), p.featureClass(), p.confidence(),
                    p.mentions().size()));
        }
        return rows;
    }

    private static String[] ids(List<EventArgument> args, Function<EventArgument, String> part) {
        return args.stream().map(part).toArray(String[]::new);
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
