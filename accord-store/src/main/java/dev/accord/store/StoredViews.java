package dev.accord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.model.consolidated.AgreementMention;
import dev.accord.model.consolidated.ConsolidatedAgreement;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationDelta;
import dev.accord.model.consolidated.EventMentionRef;
import dev.accord.model.consolidated.MentionKeys;
import dev.accord.store.ViewRows.ActorRow;
import dev.accord.store.ViewRows.AgreementRow;
import dev.accord.store.ViewRows.ArticleRow;
import dev.accord.store.ViewRows.EventRow;
import dev.accord.store.ViewRows.QuoteRow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@link ViewStore} over the tables of migrations V10 and V11, in SQL both databases accept, and the upkeep of
 * those tables: {@link JdbcFactStore} calls {@link #article} for each article stored or corrected and
 * {@link StoredConsolidation} calls {@link #consolidated} for each delta it keeps, inside their transactions, so
 * the views change with the facts or not at all. Every method holds the store's lock, as the store's own do.
 */
final class StoredViews implements ViewStore {

    /** What sorts after every date and name: undated events and unnamed speakers come last. */
    static final String LAST = "~";
    private static final String[] ARTICLE_TABLES = {"view_articles", "view_article_keys", "view_quotes",
        "view_quote_names", "view_reports", "view_agreement_reports"};
    private static final String[] COUNTED_TABLES = {"view_events", "view_event_codes", "view_counts",
        "view_partners", "view_places", "view_agreements", "view_agreement_parties"};
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
    };
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WHOLE_MONTHS = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    /** How many reports the derivation of every counted row ({@link #rebuild}) reads and writes at a time. */
    private static final int DERIVED = 2000;
    /** The most keys {@link #names} asks for in one statement, a power of two, well under either database's limit. */
    private static final int NAMES_AT_ONCE = 256;
    /** The facets of an article list, as view_article_keys names them. */
    private static final List<String> FACETS = List.of("ACTOR", "TYPE", "THEME", "OUTLET");

    private final JdbcFactStore store;
    StoredViews(JdbcFactStore store) {
        this.store = store;
    }

    // ---- Upkeep, inside the caller's transaction ----

    /**
     * Adds ({@code sign} 1) or takes away ({@code sign} −1) what the views know of one article's curated facts,
     * and brings the counted events and agreements of its reports up to date.
     */
    void article(ArticleFacts curated, int sign) throws SQLException {
        ArticleSums sums = new ArticleSums();
        Reports reports = articleRows(curated, sign, sums);
        sums.flush();
        refreshEvents(reports.events(), List.of());
        refreshAgreements(reports.agreements(), List.of());
    }

    /** The mention keys of an article's reported events and agreements. */
    private record Reports(List<String> events, List<String> agreements) {
    }

    /**
     * What {@link #article} keeps of the article itself, without the counted events and agreements; its share of
     * the facet and actor counts goes into {@code sums}, for the caller to write.
     */
    private Reports articleRows(ArticleFacts curated, int sign, ArticleSums sums) throws SQLException {
        String id = curated.article().id();
        ArticleRow row = ViewFacts.article(curated);
        List<String[]> keys = new ArrayList<>();
        row.actorKeys().forEach(k -> keys.add(new String[] {"ACTOR", k}));
        curated.actors().stream().map(a -> a.country()).filter(c -> c != null && !row.actorKeys().contains(c))
                .distinct().forEach(c -> keys.add(new String[] {"COUNTRY", c}));
        row.eventTypes().forEach(k -> keys.add(new String[] {"TYPE", k}));
        row.themes().stream().distinct().forEach(k -> keys.add(new String[] {"THEME", k}));
        if (row.outlet() != null) {
            keys.add(new String[] {"OUTLET", row.outlet()});
        }
        keys.forEach(k -> sums.facets.merge(List.of(k[0], k[1]), (long) sign, Long::sum));
        sums.actors(ViewFacts.actorRows(curated), sign);
        List<QuoteRow> quotes = ViewFacts.quotes(curated);
        quotes.forEach(q -> speakerTerms(q).forEach(t -> sums.speakers.merge(List.of(t), (long) sign, Long::sum)));
        if (sign > 0) {
            batch("INSERT INTO view_actor_terms (term, key) VALUES (?, ?) ON CONFLICT (term, key) DO NOTHING",
                    ViewFacts.terms(curated).stream().map(t -> new Object[] {t[0], t[1]}).toList());
        }
        List<EventRow> events = ViewFacts.events(curated);
        List<AgreementRow> agreements = ViewFacts.agreements(curated);
        if (sign < 0) {
            for (String table : ARTICLE_TABLES) {
                update("DELETE FROM " + table + " WHERE " + (table.equals("view_articles") ? "id" : "article_id")
                        + " = ?", id);
            }
        } else {
            String storedAt = storedAt(id);
            String published = row.published() == null ? "" : row.published();
            update("INSERT INTO view_articles (id, sort_published, published, outlet, language, stored_at, shown) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, published, row.published(), row.outlet(), row.language(),
                    storedAt, AccordJson.compact(row));
            batch("INSERT INTO view_article_keys (article_id, facet, key, sort_published) VALUES (?, ?, ?, ?)",
                    keys.stream().map(k -> new Object[] {id, k[0], k[1], published}).toList());
            batch("INSERT INTO view_quotes (article_id, quote_id, speaker_key, speaker_name, sort_name, on_behalf_of, "
                    + "shown) VALUES (?, ?, ?, ?, ?, ?, ?)", quotes.stream().map(q -> new Object[] {
                        id, q.quoteId(), q.speakerKey(), q.speakerName(), sortName(q), q.onBehalfOf(),
                        AccordJson.compact(q)}).toList());
            List<Object[]> names = new ArrayList<>();
            quotes.forEach(q -> speakerTerms(q).forEach(t -> names.add(new Object[] {t, sortName(q), id,
                q.quoteId()})));
            batch("INSERT INTO view_quote_names (term, sort_name, article_id, quote_id) VALUES (?, ?, ?, ?)", names);
            batch("INSERT INTO view_reports (article_id, event_id, shown) VALUES (?, ?, ?)", events.stream()
                    .map(e -> new Object[] {id, e.eventId(), AccordJson.compact(e)}).toList());
            batch("INSERT INTO view_agreement_reports (article_id, agreement_id, shown) VALUES (?, ?, ?)",
                    agreements.stream().map(g -> new Object[] {id, g.agreementId(), AccordJson.compact(g)}).toList());
        }
        return new Reports(events.stream().map(e -> MentionKeys.of(id, e.eventId())).toList(),
                agreements.stream().map(g -> MentionKeys.of(id, g.agreementId())).toList());
    }

    private static String sortName(QuoteRow q) {
        return q.speakerName() == null ? LAST : q.speakerName();
    }

    /**
     * What a quote is found by when asked for by speaker ({@link #speakerTerm}): the speaker's whole name and each
     * word of it, the speaker's key and the state it speaks for, each lower case.
     */
    static Set<String> speakerTerms(QuoteRow q) {
        Set<String> terms = new TreeSet<>();
        if (q.speakerName() != null) {
            String name = speakerTerm(q.speakerName());
            if (!name.isEmpty()) {
                terms.add(name);
            }
            NOT_WORD.splitAsStream(name).filter(w -> !w.isEmpty()).forEach(terms::add);
        }
        for (String code : new String[] {q.speakerKey(), q.onBehalfOf()}) {
            if (code != null && !code.isBlank()) {
                terms.add(code.strip().toLowerCase(Locale.ROOT));
            }
        }
        return terms;
    }

    /** A speaker asked for as {@link #speakerTerms} keeps it: lower case, its spaces one each. */
    static String speakerTerm(String asked) {
        return WHITESPACE.matcher(asked.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Brings the counted events and agreements up to date with what one consolidation step kept. */
    void consolidated(ConsolidationChanges changes) throws SQLException {
        refreshEvents(List.of(), touched(changes.events(), ConsolidatedEvent::id));
        refreshAgreements(List.of(), touched(changes.agreements(), ConsolidatedAgreement::id));
    }

    /**
     * Derives every view table anew: from the articles' curated facts and the consolidated records when
     * {@code articles} is set (a store made before the views), else only the counted events and agreements, as
     * after the consolidation was cleared.
     */
    void rebuild(boolean articles) throws SQLException {
        if (articles) {
            for (String table : ARTICLE_TABLES) {
                update("DELETE FROM " + table);
            }
            update("DELETE FROM view_facets");
            update("DELETE FROM view_quote_name_counts");
            update("DELETE FROM view_actors");
            update("DELETE FROM view_actor_terms");
        }
        for (String table : COUNTED_TABLES) {
            update("DELETE FROM " + table);
        }
        if (articles) {
            List<SQLException> failed = new ArrayList<>();
            // Each article's own rows only, its counts summed with the others' and written once: the counted events
            // and agreements of all of them are derived once below. A kept count written again for every article
            // of one transaction costs PostgreSQL more each time (each update leaves a row version behind).
            ArticleSums sums = new ArticleSums();
            store.forEachCurated(facts -> {
                try {
                    articleRows(facts, 1, sums);
                } catch (SQLException e) {
                    failed.add(e);
                }
            });
            if (!failed.isEmpty()) {
                throw failed.get(0);
            }
            sums.flush();
        }
        deriveEvents();
        deriveAgreements();
    }

    private static <T> List<String> touched(ConsolidationDelta<T> delta, Function<T, String> id) {
        List<String> ids = new ArrayList<>(delta.replaced().keySet());
        ids.addAll(delta.removed());
        delta.created().forEach(x -> ids.add(id.apply(x)));
        delta.changed().forEach(x -> ids.add(id.apply(x)));
        return ids;
    }

    /**
     * Rewrites the counted rows of these reports and consolidated events: each consolidated event that has a
     * stored report gets one row, and each report no consolidated event holds gets one of its own.
     */
    private void refreshEvents(Collection<String> reports, Collection<String> consolidated) throws SQLException {
        Counts counts = new Counts();
        Set<String> keys = new TreeSet<>(reports);
        Set<String> ids = new TreeSet<>(consolidated);
        Set<String> removed = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            ids.addAll(holders("SELECT consolidated_id FROM event_reports WHERE article_id = ? AND event_id = ?",
                    keys));
            for (String id : ids) {
                Optional<ConsolidatedEvent> now = record("SELECT record FROM consolidated_events WHERE id = ?", id,
                        ConsolidatedEvent.class);
                if (now.isPresent()) {
                    now.get().mentions().forEach(m -> keys.add(m.key()));
                }
            }
            List<String> gone = new ArrayList<>(ids);
            gone.addAll(keys);
            for (String id : gone) {
                if (removed.add(id)) {
                    for (String key : removeEvent(id, counts)) {
                        grew |= keys.add(key);
                    }
                }
            }
        }
        Set<String> covered = new HashSet<>();
        for (String id : ids) {
            insertConsolidated(id, covered, counts);
        }
        for (String key : keys) {
            if (!covered.contains(key)) {
                Optional<EventRow> own = report("view_reports", "event_id", MentionKeys.articleId(key),
                        MentionKeys.factId(key), EventRow.class);
                if (own.isPresent()) {
                    insertEvent(key, own.get(), List.of(key), counts);
                }
            }
        }
        counts.flush();
    }

    /** The counted row of one consolidated event, made of its stored reports; their keys go into {@code covered}. */
    private void insertConsolidated(String id, Set<String> covered, Counts counts) throws SQLException {
        Optional<ConsolidatedEvent> found = record("SELECT record FROM consolidated_events WHERE id = ?", id,
                ConsolidatedEvent.class);
        if (found.isEmpty()) {
            return;
        }
        ConsolidatedEvent c = found.get();
        List<EventRow> rows = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (EventMentionRef m : c.mentions()) {
            covered.add(m.key());
            report("view_reports", "event_id", m.articleId(), m.eventId(), EventRow.class).ifPresent(r -> {
                rows.add(r);
                held.add(m.key());
            });
        }
        if (!rows.isEmpty()) {
            insertEvent(c.id(), ViewFacts.consolidated(c, rows), held, counts);
        }
    }

    /**
     * Every counted event anew into the emptied tables, as {@link #refreshEvents} of every report and consolidated
     * event would leave them, without a query for each report: the consolidated events one by one, then the
     * reports none of them holds, read {@value #DERIVED} at a time in key order with their articles' columns and
     * written with one batched statement a table, the counts summed over all and written once.
     */
    private void deriveEvents() throws SQLException {
        Counts counts = new Counts();
        Set<String> covered = new HashSet<>();
        for (String id : strings("SELECT id FROM consolidated_events ORDER BY id")) {
            insertConsolidated(id, covered, counts);
        }
        List<Object[]> events = new ArrayList<>();
        List<Object[]> codes = new ArrayList<>();
        inKeyOrder("r.shown, a.stored_at, a.language", "view_reports r JOIN view_articles a ON a.id = r.article_id",
                "event_id", r -> {
                    String key = MentionKeys.of(r.getString(1), r.getString(2));
                    if (!covered.contains(key)) {
                        EventRow e = store.readJson(r.getString(3), EventRow.class, key);
                        events.add(eventRow(key, e, List.of(key), r.getString(4), r.getString(5)));
                        codes.addAll(codeRows(key, e));
                        counts.event(e, 1);
                    }
                }, () -> {
                    batch(INSERT_EVENT, events);
                    batch(INSERT_CODES, codes);
                    events.clear();
                    codes.clear();
                });
        counts.flush();
    }

    /** A step of SQL work. */
    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }

    /**
     * Reads {@code columns} of {@code from} (whose table of reports is {@code r}), each row after its article id
     * and {@code fact} id, {@value #DERIVED} rows at a time in the order of those keys, and runs {@code written}
     * after each page: a table of any size read with pages of one size, by its primary key.
     */
    private void inKeyOrder(String columns, String from, String fact, RowReader reader, SqlStep written)
            throws SQLException {
        String[] last = {"", ""};
        int[] read = new int[1];
        do {
            read[0] = 0;
            query("SELECT r.article_id, r." + fact + ", " + columns + " FROM " + from + " WHERE r.article_id > ? "
                    + "OR (r.article_id = ? AND r." + fact + " > ?) ORDER BY r.article_id, r." + fact + " LIMIT ?",
                    List.of(last[0], last[0], last[1], DERIVED), r -> {
                        read[0]++;
                        last[0] = r.getString(1);
                        last[1] = r.getString(2);
                        reader.read(r);
                    });
            written.run();
        } while (read[0] == DERIVED);
    }

    private List<String> removeEvent(String id, Counts counts) throws SQLException {
        List<String> mentions = new ArrayList<>();
        PreparedStatement s = prepare("SELECT shown, mentions FROM view_events WHERE id = ?");
        s.setString(1, id);
        try (ResultSet rows = s.executeQuery()) {
            if (!rows.next()) {
                return mentions;
            }
            counts.event(store.readJson(rows.getString(1), EventRow.class, "event " + id), -1);
            mentions.addAll(keys(rows.getString(2)));
        }
        update("DELETE FROM view_events WHERE id = ?", id);
        update("DELETE FROM view_event_codes WHERE id = ?", id);
        return mentions;
    }

    private void insertEvent(String id, EventRow e, List<String> mentions, Counts counts) throws SQLException {
        String[] article = articleOf(e.articleId());
        update(INSERT_EVENT, eventRow(id, e, mentions, article[0], article[1]));
        batch(INSERT_CODES, codeRows(id, e));
        counts.event(e, 1);
    }

    private static final String INSERT_EVENT = "INSERT INTO view_events (id, article_id, event_id, type, score, date, "
            + "sort_date, latest, month, modality, quoted, outlet, language, stored_at, latitude, longitude, "
            + "mentions, shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CODES = "INSERT INTO view_event_codes (code, id, sort_date, latest, "
            + "article_id, event_id) VALUES (?, ?, ?, ?, ?, ?)";

    /** The parameters of {@link #INSERT_EVENT}; {@code storedAt} and {@code language} are its article's. */
    private static Object[] eventRow(String id, EventRow e, List<String> mentions, String storedAt, String language) {
        return new Object[] {id, e.articleId(), e.eventId(), e.type().name(), e.score(), e.date(), sortDate(e),
            latest(e), e.month() == null ? "" : e.month(), e.modality(), e.quoted() ? 1 : 0, e.outlet(), language,
            storedAt, e.latitude(), e.longitude(), AccordJson.compact(mentions), AccordJson.compact(e)};
    }

    /** The parameters of {@link #INSERT_CODES}: a row for each participant's key and state. */
    private static List<Object[]> codeRows(String id, EventRow e) {
        return ViewFacts.codes(e).stream()
                .map(c -> new Object[] {c, id, sortDate(e), latest(e), e.articleId(), e.eventId()}).toList();
    }

    private static String sortDate(EventRow e) {
        return e.date() == null ? LAST : e.date();
    }

    private static String latest(EventRow e) {
        return e.date() == null ? "" : e.date();
    }

    /** The same upkeep for agreements: each consolidated agreement once, with its parties. */
    private void refreshAgreements(Collection<String> mentions, Collection<String> consolidated)
            throws SQLException {
        Set<String> keys = new TreeSet<>(mentions);
        Set<String> ids = new TreeSet<>(consolidated);
        Set<String> removed = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            ids.addAll(holders("SELECT consolidated_id FROM consolidation_mentions WHERE kind = 'AGREEMENT' AND "
                    + "mention_key = ? AND consolidated_id IS NOT NULL", keys));
            for (String id : ids) {
                Optional<ConsolidatedAgreement> now = record("SELECT record FROM consolidated_agreements WHERE id = ?",
                        id, ConsolidatedAgreement.class);
                if (now.isPresent()) {
                    now.get().mentions().forEach(m -> keys.add(m.key()));
                }
            }
            List<String> gone = new ArrayList<>(ids);
            gone.addAll(keys);
            for (String id : gone) {
                if (removed.add(id)) {
                    List<String> held = strings("SELECT mentions FROM view_agreements WHERE id = ?", id);
                    for (String json : held) {
                        for (String key : keys(json)) {
                            grew |= keys.add(key);
                        }
                    }
                    update("DELETE FROM view_agreements WHERE id = ?", id);
                    update("DELETE FROM view_agreement_parties WHERE id = ?", id);
                }
            }
        }
        Set<String> covered = new HashSet<>();
        for (String id : ids) {
            insertConsolidatedAgreement(id, covered);
        }
        for (String key : keys) {
            if (!covered.contains(key)) {
                Optional<AgreementRow> own = report("view_agreement_reports", "agreement_id",
                        MentionKeys.articleId(key), MentionKeys.factId(key), AgreementRow.class);
                if (own.isPresent()) {
                    insertAgreement(key, own.get(), List.of(key));
                }
            }
        }
    }

    /** The listed row of one consolidated agreement, made of its stored reports; their keys go into {@code covered}. */
    private void insertConsolidatedAgreement(String id, Set<String> covered) throws SQLException {
        Optional<ConsolidatedAgreement> found = record("SELECT record FROM consolidated_agreements WHERE id = ?",
                id, ConsolidatedAgreement.class);
        if (found.isPresent()) {
            List<AgreementRow> rows = new ArrayList<>();
            List<String> held = new ArrayList<>();
            for (AgreementMention m : found.get().mentions()) {
                covered.add(m.key());
                report("view_agreement_reports", "agreement_id", m.articleId(), m.agreementId(),
                        AgreementRow.class).ifPresent(r -> {
                            rows.add(r);
                            held.add(m.key());
                        });
            }
            if (!rows.isEmpty()) {
                insertAgreement(id, ViewFacts.consolidated(found.get(), rows), held);
            }
        }
    }

    /** {@link #deriveEvents} for agreements: the consolidated ones one by one, then the rest in batches. */
    private void deriveAgreements() throws SQLException {
        Set<String> covered = new HashSet<>();
        for (String id : strings("SELECT id FROM consolidated_agreements ORDER BY id")) {
            insertConsolidatedAgreement(id, covered);
        }
        List<Object[]> agreements = new ArrayList<>();
        List<Object[]> parties = new ArrayList<>();
        inKeyOrder("r.shown", "view_agreement_reports r", "agreement_id", r -> {
            String key = MentionKeys.of(r.getString(1), r.getString(2));
            if (!covered.contains(key)) {
                AgreementRow g = store.readJson(r.getString(3), AgreementRow.class, key);
                agreements.add(agreementRow(key, g, List.of(key)));
                parties.addAll(partyRows(key, g));
            }
        }, () -> {
            batch(INSERT_AGREEMENT, agreements);
            batch(INSERT_PARTIES, parties);
            agreements.clear();
            parties.clear();
        });
    }

    private void insertAgreement(String id, AgreementRow g, List<String> mentions) throws SQLException {
        update(INSERT_AGREEMENT, agreementRow(id, g, mentions));
        batch(INSERT_PARTIES, partyRows(id, g));
    }

    private static final String INSERT_AGREEMENT = "INSERT INTO view_agreements (id, name, article_id, agreement_id, "
            + "mentions, shown) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PARTIES = "INSERT INTO view_agreement_parties (code, id, name, article_id, "
            + "agreement_id) VALUES (?, ?, ?, ?, ?)";

    private static Object[] agreementRow(String id, AgreementRow g, List<String> mentions) {
        return new Object[] {id, g.name(), g.articleId(), g.agreementId(), AccordJson.compact(mentions),
            AccordJson.compact(g)};
    }

    /** The parameters of {@link #INSERT_PARTIES}: each party's key and state once. */
    private static List<Object[]> partyRows(String id, AgreementRow g) {
        Set<String> codes = new TreeSet<>();
        g.parties().forEach(p -> {
            codes.add(p.key());
            if (p.state() != null) {
                codes.add(p.state());
            }
        });
        return codes.stream().map(c -> new Object[] {c, id, g.name(), g.articleId(), g.agreementId()}).toList();
    }

    /** What articles change of the facet and actor counts, summed in memory and written once. */
    private final class ArticleSums {
        private final Map<List<String>, Long> facets = new LinkedHashMap<>();
        private final Map<List<String>, Long> speakers = new LinkedHashMap<>();
        private final Map<String, long[]> byKey = new LinkedHashMap<>();
        private final Map<String, ActorRow> first = new LinkedHashMap<>();
        private boolean taken;

        void actors(List<ActorRow> rows, int sign) {
            for (ActorRow r : rows) {
                first.putIfAbsent(r.key(), r);
                long[] n = byKey.computeIfAbsent(r.key(), k -> new long[2]);
                n[0] += sign;
                n[1] += (long) sign * r.mentions();
            }
            taken |= sign < 0;
        }

        void flush() throws SQLException {
            add("view_facets", List.of("facet", "key"), "articles", facets);
            add("view_quote_name_counts", List.of("term"), "quotes", speakers);
            List<Object[]> upserts = new ArrayList<>();
            List<Object[]> empty = new ArrayList<>();
            byKey.forEach((key, n) -> {
                ActorRow r = first.get(key);
                upserts.add(new Object[] {key, r.id(), r.name(), r.kind().name(), r.country(), n[0], n[1]});
                empty.add(new Object[] {key});
            });
            batch("INSERT INTO view_actors (key, actor_id, name, kind, country, articles, mentions) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                    + "articles = view_actors.articles + excluded.articles, "
                    + "mentions = view_actors.mentions + excluded.mentions", upserts);
            if (taken) {
                batch("DELETE FROM view_actor_terms WHERE key IN (SELECT key FROM view_actors WHERE key = ? "
                        + "AND articles <= 0)", empty);
                batch("DELETE FROM view_actors WHERE key = ? AND articles <= 0", empty);
            }
        }
    }

    /** Changes of the kept counts, summed in memory and written once per step. */
    private final class Counts {
        private final Map<List<String>, Long> counts = new HashMap<>();
        private final Map<List<String>, Long> partners = new HashMap<>();
        private final Map<List<Object>, Long> places = new HashMap<>();

        void event(EventRow e, int sign) {
            String month = e.month() == null ? "" : e.month();
            String type = e.type().name();
            counts.merge(List.of("", "", month, type), (long) sign, Long::sum);
            Set<String> codes = ViewFacts.codes(e);
            for (String code : codes) {
                counts.merge(List.of(code, "", month, type), (long) sign, Long::sum);
                for (String other : codes) {
                    if (!other.equals(code)) {
                        counts.merge(List.of(code, other, month, type), (long) sign, Long::sum);
                    }
                }
                for (String partner : ViewFacts.partners(e, code)) {
                    partners.merge(List.of(code, partner), (long) sign, Long::sum);
                }
            }
            if (e.latitude() != null && e.longitude() != null) {
                places.merge(List.of(e.place() == null ? "" : e.place(), e.latitude(), e.longitude(), type),
                        (long) sign, Long::sum);
            }
        }

        void flush() throws SQLException {
            add("view_counts", List.of("code", "partner", "month", "type"), "events", counts);
            add("view_partners", List.of("code", "partner"), "events", partners);
            add("view_places", List.of("place", "latitude", "longitude", "type"), "events", places);
        }
    }

    /** Adds each change to its row of {@code table}, and drops the rows it brings to nothing. */
    private <K extends List<?>> void add(String table, List<String> key, String count, Map<K, Long> changes)
            throws SQLException {
        String names = String.join(", ", key);
        String marks = "?, ".repeat(key.size());
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> drops = new ArrayList<>();
        changes.forEach((k, n) -> {
            if (n != 0) {
                Object[] row = k.toArray(new Object[key.size() + 1]);
                row[key.size()] = n;
                upserts.add(row);
                if (n < 0) {
                    drops.add(k.toArray());
                }
            }
        });
        batch("INSERT INTO " + table + " (" + names + ", " + count + ") VALUES (" + marks + "?) ON CONFLICT (" + names
                + ") DO UPDATE SET " + count + " = " + table + "." + count + " + excluded." + count, upserts);
        batch("DELETE FROM " + table + " WHERE " + String.join(" = ? AND ", key) + " = ? AND " + count + " <= 0",
                drops);
    }

    // ---- Queries ----

    @Override
    public Page<EventRow> events(EventFilter asked, EventOrder order, int limit, int offset) {
        return store.read("list events", () -> {
            EventFilter filter = rarerFirst(asked);
            Where where = eventWhere(filter);
            String from = filter.actor() != null
                    ? "view_event_codes c JOIN view_events e ON e.id = c.id" : "view_events e";
            String by = filter.actor() != null ? "c." : "e.";
            String orderBy = switch (order) {
                case DATE -> by + "sort_date, " + by + "article_id, " + by + "event_id";
                case LATEST -> by + "latest DESC, " + by + "article_id DESC, " + by + "event_id DESC";
                case SCORE -> "e.score DESC, e.sort_date, e.article_id, e.event_id";
                case CONFLICT -> "e.score, e.sort_date, e.article_id, e.event_id";
            };
            List<Object> parameters = new ArrayList<>(where.parameters);
            parameters.add(limit);
            parameters.add(offset);
            List<EventRow> items = new ArrayList<>();
            query("SELECT e.shown FROM " + from + " WHERE " + where.sql + " ORDER BY " + orderBy
                    + " LIMIT ? OFFSET ?", parameters,
                    r -> items.add(store.readJson(r.getString(1), EventRow.class, "an event")));
            long total = countable(filter) ? countedEvents(filter, from, where) : single("SELECT count(*) FROM "
                    + from + " WHERE " + where.sql, where.parameters);
            return new Page<>(items, total, limit, offset);
        });
    }

    @Override
    public Page<EventRow> eventsIn(double[] box, EventFilter filter, int limit, int offset) {
        return store.read("list the events of a box", () -> {
            Where where = eventWhere(filter);
            String from = filter.actor() != null
                    ? "view_event_codes c JOIN view_events e ON e.id = c.id" : "view_events e";
            String inside = " AND e.latitude BETWEEN ? AND ? AND " + (box[0] <= box[2]
                    ? "e.longitude BETWEEN ? AND ?" : "(e.longitude >= ? OR e.longitude <= ?)");
            List<Object> p = new ArrayList<>(where.parameters);
            p.addAll(List.of(box[1], box[3], box[0], box[2]));
            long total = single("SELECT count(*) FROM " + from + " WHERE " + where.sql + inside, p);
            p.add(limit);
            p.add(offset);
            List<EventRow> items = new ArrayList<>();
            query("SELECT e.shown FROM " + from + " WHERE " + where.sql + inside
                    + " ORDER BY e.sort_date, e.article_id, e.event_id LIMIT ? OFFSET ?", p,
                    r -> items.add(store.readJson(r.getString(1), EventRow.class, "an event")));
            return new Page<>(items, total, limit, offset);
        });
    }

    /**
     * A dyad's filter with the actor of fewer events first: the list walks that actor's events in order and looks
     * the other one up, so it reads few rows whichever of the two is common.
     */
    private EventFilter rarerFirst(EventFilter f) throws SQLException {
        if (f.actor() == null || f.with() == null) {
            return f;
        }
        String sql = "SELECT coalesce(sum(events), 0) FROM view_counts WHERE code = ? AND partner = ''";
        return single(sql, List.of(f.with())) >= single(sql, List.of(f.actor())) ? f
                : new EventFilter(f.from(), f.to(), f.outlet(), f.language(), f.type(), f.with(), f.actor(),
                f.modality(), f.voice(), f.addedSince());
    }

    /**
     * Whether the kept counts give the filter's total: only actors, the type and a range of whole months or years
     * narrow it.
     */
    private static boolean countable(EventFilter f) {
        return f.outlet() == null && f.language() == null && f.modality() == null && f.voice() == null
                && f.addedSince() == null && (f.from() == null || WHOLE_MONTHS.matcher(f.from()).matches())
                && (f.to() == null || WHOLE_MONTHS.matcher(f.to()).matches());
    }

    /**
     * A {@link #countable} filter's total: the kept counts of its months, and, for a range, the events in it dated
     * more coarsely than a month (a year, a season, a week), which the counts keep as undated; {@code from} and
     * {@code where} are the list's own.
     */
    private long countedEvents(EventFilter f, String from, Where where) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(f.actor() == null ? "" : f.actor());
        parameters.add(f.actor() == null || f.with() == null ? "" : f.with());
        StringBuilder sql = new StringBuilder("SELECT coalesce(sum(events), 0) FROM view_counts WHERE code = ? "
                + "AND partner = ?");
        equal(sql, parameters, "type", f.type());
        if (f.from() != null) {
            sql.append(" AND month >= ?");
            parameters.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND month <> '' AND substr(month, 1, ?) <= ?");
            parameters.add(f.to().length());
            parameters.add(f.to());
        }
        if (f.with() != null && f.actor() == null) {
            parameters.set(0, f.with());
        }
        long counted = single(sql.toString(), parameters);
        if (f.from() == null && f.to() == null) {
            return counted;
        }
        return counted + single("SELECT count(*) FROM " + from + " WHERE " + where.sql + " AND e.month = ''",
                where.parameters);
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private static Where eventWhere(EventFilter f) {
        StringBuilder sql = new StringBuilder(f.actor() != null ? "c.code = ?" : "1 = 1");
        List<Object> p = new ArrayList<>();
        if (f.actor() != null) {
            p.add(f.actor());
        }
        if (f.with() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM view_event_codes w WHERE w.code = ? AND w.id = e.id)");
            p.add(f.with());
        }
        dates(sql, p, "e.date", f.from(), f.to());
        // The same range on the date columns the indexes order by, so that a list reads only the range's rows.
        String by = f.actor() != null ? "c." : "e.";
        for (String column : List.of("sort_date", "latest")) {
            if (f.from() != null) {
                sql.append(" AND ").append(by).append(column).append(" >= ?");
                p.add(f.from());
            }
            String after = f.to() == null ? null : after(f.to());
            if (after != null) {
                sql.append(" AND ").append(by).append(column).append(" < ?");
                p.add(after);
            }
        }
        equal(sql, p, "e.type", f.type());
        equal(sql, p, "e.outlet", f.outlet());
        equal(sql, p, "e.language", f.language());
        equal(sql, p, "e.modality", f.modality());
        if (f.voice() != null) {
            sql.append(" AND e.quoted = ?");
            p.add(f.voice() ? 1 : 0);
        }
        if (f.addedSince() != null) {
            sql.append(" AND e.stored_at >= ?");
            p.add(f.addedSince());
        }
        return new Where(sql.toString(), p);
    }

    /**
     * The first date of the year, month or day after {@code to}, at its precision: every date that {@link #dates}
     * keeps up to {@code to} sorts before it. {@code null} when {@code to} is no such date.
     */
    private static String after(String to) {
        if (!DAY_MONTH_YEAR.matcher(to).matches() || to.startsWith("9999")) {
            return null;
        }
        try {
            return switch (to.length()) {
                case 4 -> String.valueOf(Integer.parseInt(to) + 1);
                case 7 -> YearMonth.parse(to).plusMonths(1).toString();
                default -> LocalDate.parse(to).plusDays(1).toString();
            };
        } catch (DateTimeParseException e) {
            // A day the calendar lacks (2025-02-30): the list keeps what the exact condition keeps, unbounded.
            return null;
        }
    }

    /** A date from {@code from} and up to {@code to} at {@code to}'s own precision; undated rows are out. */
    private static void dates(StringBuilder sql, List<Object> p, String column, String from, String to) {
        if (from != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            p.add(from);
        }
        if (to != null) {
            sql.append(" AND ").append(column).append(" IS NOT NULL AND substr(").append(column)
                    .append(", 1, ?) <= ?");
            p.add(to.length());
            p.add(to);
        }
    }

    private static void equal(StringBuilder sql, List<Object> p, String column, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            p.add(value);
        }
    }

    @Override
    public Optional<EventRow> event(String id) {
        return store.read("find event " + id, () -> {
            List<EventRow> found = new ArrayList<>();
            query("SELECT shown FROM view_events WHERE id = ?", List.of(id),
                    r -> found.add(store.readJson(r.getString(1), EventRow.class, "event " + id)));
            return found.stream().findFirst();
        });
    }

    @Override
    public List<MonthCount> months(String code, String partner) {
        return store.read("count events by month", () -> {
            List<MonthCount> found = new ArrayList<>();
            query("SELECT month, type, events FROM view_counts WHERE code = ? AND partner = ? ORDER BY month, type",
                    List.of(code == null ? "" : code, code == null || partner == null ? "" : partner),
                    r -> found.add(new MonthCount(r.getString(1).isEmpty() ? null : r.getString(1),
                            r.getString(2), r.getLong(3))));
            return List.copyOf(found);
        });
    }

    @Override
    public List<Count> partners(String code, int limit) {
        return store.read("list the partners of " + code, () -> counts("SELECT partner, events FROM view_partners "
                + "WHERE code = ? ORDER BY events DESC, partner LIMIT ?", List.of(code, limit)));
    }

    @Override
    public long partnerCount(String code) {
        return store.read("count the partners of " + code, () -> single("SELECT count(*) FROM view_partners "
                + "WHERE code = ?", List.of(code)));
    }

    @Override
    public Optional<ActorSummary> actor(String key) {
        return store.read("find actor " + key, () -> actorsWhere("key = ?", List.of(key), 1).stream().findFirst());
    }

    @Override
    public Map<String, String> names(Collection<String> keys) {
        List<String> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return store.read("name " + distinct.size() + " actors", () -> {
            Map<String, String> found = new HashMap<>();
            for (int from = 0; from < distinct.size(); from += NAMES_AT_ONCE) {
                List<Object> part = new ArrayList<>(distinct.subList(from,
                        Math.min(distinct.size(), from + NAMES_AT_ONCE)));
                // Markers for the next power of two, the last key repeated: a few statements stay prepared, not
                // one for every length of list.
                int markers = Integer.highestOneBit(part.size() * 2 - 1);
                while (part.size() < markers) {
                    part.add(part.get(part.size() - 1));
                }
                query("SELECT key, name FROM view_actors WHERE key IN (" + marks(markers) + ")", part,
                        r -> found.put(r.getString(1), r.getString(2)));
            }
            return Map.copyOf(found);
        });
    }

    @Override
    public List<ActorSummary> actors(String query, int limit) {
        return store.read("list actors", () -> query == null ? actorsWhere("1 = 1", List.of(), limit)
                : actorsWhere("(lower(name) LIKE ? ESCAPE '!' OR lower(key) LIKE ? ESCAPE '!')",
                List.of(like(query), like(query)), limit));
    }

    private List<ActorSummary> actorsWhere(String where, List<Object> parameters, int limit) throws SQLException {
        List<Object> p = new ArrayList<>(parameters);
        p.add(limit);
        List<ActorSummary> found = new ArrayList<>();
        query("SELECT key, actor_id, name, kind, country, articles, mentions FROM view_actors WHERE " + where
                + " ORDER BY articles DESC, key LIMIT ?", p, r -> found.add(new ActorSummary(r.getString(1),
                r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6), r.getLong(7))));
        return List.copyOf(found);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return store.read("suggest actors for " + prefix, () -> {
            String term = prefix.strip().toLowerCase(Locale.ROOT);
            List<Suggestion> found = new ArrayList<>();
            query("SELECT a.key, a.name, a.kind, a.country, a.articles, min(t.term), "
                    + "min(CASE WHEN t.term = ? THEN 0 ELSE 1 END) AS exact FROM view_actor_terms t "
                    + "JOIN view_actors a ON a.key = t.key WHERE t.term >= ? AND t.term < ? "
                    + "GROUP BY a.key, a.name, a.kind, a.country, a.articles "
                    + "ORDER BY exact, a.articles DESC, a.key LIMIT ?", List.of(term, term, term + "\uffff", limit),
                    r -> found.add(new Suggestion(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getLong(5), r.getString(6))));
            return List.copyOf(found);
        });
    }

    /** A LIKE pattern for text that holds {@code part}, lower case, with LIKE's wildcards escaped. */
    private static String like(String part) {
        return "%" + part.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
    }

    @Override
    public List<PlaceCount> places(EventFilter filter) {
        return store.read("count events by place", () -> {
            List<PlaceCount> found = new ArrayList<>();
            boolean unfiltered = filter.counted() && filter.actor() == null && filter.with() == null;
            if (unfiltered) {
                List<Object> p = new ArrayList<>();
                StringBuilder sql = new StringBuilder("1 = 1");
                equal(sql, p, "type", filter.type());
                query("SELECT place, latitude, longitude, type, events FROM view_places WHERE " + sql
                        + " ORDER BY place, latitude, longitude, type", p, r -> found.add(place(r)));
            } else {
                Where where = eventWhere(filter);
                String from = filter.actor() != null
                        ? "view_event_codes c JOIN view_events e ON e.id = c.id" : "view_events e";
                List<EventRow> rows = new ArrayList<>();
                query("SELECT e.shown FROM " + from + " WHERE " + where.sql + " AND e.latitude IS NOT NULL",
                        where.parameters, r -> rows.add(store.readJson(r.getString(1), EventRow.class, "an event")));
                Map<List<Object>, Long> byPlace = new TreeMap<>(Comparator
                        .comparing((List<Object> k) -> (String) k.get(0)).thenComparing(k -> (Double) k.get(1))
                        .thenComparing(k -> (Double) k.get(2)).thenComparing(k -> (String) k.get(3)));
                rows.forEach(e -> byPlace.merge(List.of(e.place() == null ? "" : e.place(), e.latitude(),
                        e.longitude(), e.type().name()), 1L, Long::sum));
                byPlace.forEach((k, n) -> found.add(new PlaceCount((String) k.get(0), (Double) k.get(1),
                        (Double) k.get(2), (String) k.get(3), n)));
            }
            return List.copyOf(found);
        });
    }

    private static PlaceCount place(ResultSet r) throws SQLException {
        return new PlaceCount(r.getString(1), r.getDouble(2), r.getDouble(3), r.getString(4), r.getLong(5));
    }

    @Override
    public Page<QuoteRow> quotes(String speaker, ArticleFilter filter, int limit, int offset) {
        return store.read("list quotes", () -> {
            ArticleFilter f = filter;
            Where articles = articleWhere(new ArticleFilter(f.from(), f.to(), f.outlet(), f.language(), null,
                    f.type(), f.theme(), f.addedSince()), true);
            boolean everyArticle = articles.parameters.isEmpty();
            StringBuilder from = new StringBuilder(" FROM ");
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<Object> p = new ArrayList<>();
            String term = speaker == null ? null : speakerTerm(speaker);
            String orderBy = " ORDER BY q.sort_name, q.article_id, q.quote_id";
            if (term != null) {
                // The speaker's names in list order, so that a page reads a page of them.
                from.append("view_quote_names n JOIN view_quotes q ON q.article_id = n.article_id "
                        + "AND q.quote_id = n.quote_id");
                where.append(" AND n.term = ?");
                p.add(term);
                orderBy = " ORDER BY n.sort_name, n.article_id, n.quote_id";
            } else {
                from.append("view_quotes q");
            }
            if (!everyArticle) {
                from.append(" JOIN view_articles a ON a.id = q.article_id");
                where.append(" AND ").append(articles.sql);
                p.addAll(articles.parameters);
            }
            if (f.actor() != null) {
                where.append(" AND (q.speaker_key = ? OR q.on_behalf_of = ?)");
                p.addAll(List.of(f.actor(), f.actor()));
            }
            long total = term != null && everyArticle && f.actor() == null
                    ? single("SELECT coalesce(sum(quotes), 0) FROM view_quote_name_counts WHERE term = ?",
                    List.of(term))
                    : single("SELECT count(*)" + from + where, p);
            p.add(limit);
            p.add(offset);
            List<QuoteRow> found = new ArrayList<>();
            query("SELECT q.shown" + from + where + orderBy + " LIMIT ? OFFSET ?", p,
                    r -> found.add(store.readJson(r.getString(1), QuoteRow.class, "a quote")));
            return new Page<>(found, total, limit, offset);
        });
    }

    @Override
    public Page<AgreementRow> agreements(String party, String with, int limit, int offset) {
        return store.read("list agreements", () -> {
            List<AgreementRow> found = new ArrayList<>();
            if (party == null) {
                long total = single("SELECT count(*) FROM view_agreements", List.of());
                query("SELECT shown FROM view_agreements ORDER BY name, article_id, agreement_id LIMIT ? OFFSET ?",
                        List.of(limit, offset), r -> found.add(store.readJson(r.getString(1), AgreementRow.class,
                        "an agreement")));
                return new Page<>(found, total, limit, offset);
            }
            // The list walks the party of fewer agreements in list order and looks the other one up.
            String sql = "SELECT count(*) FROM view_agreement_parties WHERE code = ?";
            boolean swap = with != null && single(sql, List.of(with)) < single(sql, List.of(party));
            List<Object> p = new ArrayList<>(List.of(swap ? with : party));
            String where = " WHERE p.code = ?";
            if (with != null) {
                where += " AND EXISTS (SELECT 1 FROM view_agreement_parties w WHERE w.code = ? AND w.id = p.id)";
                p.add(swap ? party : with);
            }
            long total = single("SELECT count(*) FROM view_agreement_parties p" + where, p);
            p.add(limit);
            p.add(offset);
            // CROSS JOIN keeps SQLite from starting at the agreements, which would sort all of them.
            query("SELECT g.shown FROM view_agreement_parties p CROSS JOIN view_agreements g" + where
                    + " AND g.id = p.id ORDER BY p.name, p.article_id, p.agreement_id LIMIT ? OFFSET ?", p,
                    r -> found.add(store.readJson(r.getString(1), AgreementRow.class, "an agreement")));
            return new Page<>(found, total, limit, offset);
        });
    }

    @Override
    public Page<ArticleRow> articles(ArticleFilter filter, int limit, int offset) {
        return store.read("list articles", () -> {
            Where newest = newest(filter, true);
            List<Object> p = new ArrayList<>(newest.parameters);
            p.add(limit);
            p.add(offset);
            List<ArticleRow> found = new ArrayList<>();
            query("SELECT a.shown FROM (" + newest.sql + " LIMIT ? OFFSET ?) d JOIN view_articles a "
                    + "ON a.id = d.article_id ORDER BY d.sort_published DESC, d.article_id", p,
                    r -> found.add(store.readJson(r.getString(1), ArticleRow.class, "an article")));
            return new Page<>(found, articleTotal(filter), limit, offset);
        });
    }

    @Override
    public List<ArticleRow> articles(List<String> ids, ArticleFilter filter) {
        return store.read("read " + ids.size() + " articles", () -> {
            Where where = articleWhere(filter, true);
            List<ArticleRow> found = new ArrayList<>();
            for (String id : ids) {
                List<Object> p = new ArrayList<>(where.parameters);
                p.add(id);
                query("SELECT a.shown FROM view_articles a WHERE " + where.sql + " AND a.id = ?", p,
                        r -> found.add(store.readJson(r.getString(1), ArticleRow.class, "article " + id)));
            }
            return List.copyOf(found);
        });
    }

    @Override
    public SearchPage matches(WordMatches matches, ArticleFilter filter, boolean byDate, int limit, int offset,
                              int size, int sample) {
        return store.read("page " + matches.latest().size() + " matches of a word search", () -> {
            // The kept matches' dates, for their order by date: one indexed look-up each, no row read whole.
            Map<String, String> published = new HashMap<>();
            List<String> ids = matches.latest().stream().map(WordMatches.Match::articleId).toList();
            if (!ids.isEmpty()) {
                Where where = articleWhere(filter, true);
                List<Object> p = new ArrayList<>(ids);
                p.addAll(where.parameters);
                query("SELECT a.id, a.sort_published FROM view_articles a WHERE a.id IN (" + marks(ids.size())
                        + ") AND " + where.sql, p, r -> published.put(r.getString(1), r.getString(2)));
            }
            List<WordMatches.Match> kept = matches.latest().stream()
                    .filter(m -> published.containsKey(m.articleId())).toList();
            Comparator<WordMatches.Match> newest = Comparator.comparing(
                    (WordMatches.Match m) -> published.get(m.articleId()), Comparator.reverseOrder());
            // Matches that fit the words as well as each other go newest first.
            Comparator<WordMatches.Match> order = byDate ? newest
                    : Comparator.comparingDouble(WordMatches.Match::score).reversed().thenComparing(newest);
            List<String> shown = kept.stream().sorted(order.thenComparing(WordMatches.Match::articleId))
                    .skip(offset).limit(limit).map(WordMatches.Match::articleId).toList();
            Map<String, ArticleRow> rows = new HashMap<>();
            if (!shown.isEmpty()) {
                query("SELECT id, shown FROM view_articles WHERE id IN (" + marks(shown.size()) + ")",
                        new ArrayList<>(shown), r -> rows.put(r.getString(1),
                                store.readJson(r.getString(2), ArticleRow.class, "article " + r.getString(1))));
            }
            List<Object> sampled = new ArrayList<>(kept.stream().limit(sample).map(WordMatches.Match::articleId)
                    .toList());
            ArticleFacets facets = sampled.isEmpty() ? new ArticleFacets(List.of(), List.of(), List.of(), List.of())
                    : keyCounts("(SELECT id AS article_id FROM view_articles WHERE id IN (" + marks(sampled.size())
                    + ")) d CROSS JOIN view_article_keys k WHERE k.article_id = d.article_id", sampled, size);
            return new SearchPage(new Page<>(shown.stream().map(rows::get).toList(), kept.size(), limit, offset),
                    facets);
        });
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    @Override
    public ArticleFacets facets(ArticleFilter filter, int size, int sample) {
        return store.read("count the facets of articles", () -> {
            if (filter.none()) {
                Map<String, List<Count>> facets = new HashMap<>();
                for (String facet : FACETS) {
                    facets.put(facet, counts("SELECT key, articles FROM view_facets WHERE facet = ? "
                            + "ORDER BY articles DESC, key LIMIT ?", List.of(facet, size)));
                }
                return facetsOf(facets);
            }
            // Each article's keys looked up by its id (CROSS JOIN keeps SQLite from walking a whole facet instead).
            Where newest = newest(filter, true);
            List<Object> p = new ArrayList<>(newest.parameters);
            p.add(sample);
            return keyCounts("(" + newest.sql + " LIMIT ?) d CROSS JOIN view_article_keys k "
                    + "WHERE k.article_id = d.article_id", p, size);
        });
    }

    /**
     * Every facet of some articles in one pass over their keys, the largest {@code size} of each: {@code from} the
     * FROM and WHERE that give those articles' keys as {@code k}, with its parameters.
     */
    private ArticleFacets keyCounts(String from, List<Object> parameters, int size) throws SQLException {
        Map<String, List<Count>> facets = new HashMap<>();
        FACETS.forEach(f -> facets.put(f, new ArrayList<>()));
        query("SELECT k.facet, k.key, count(*) AS n FROM " + from + " AND k.facet IN ('ACTOR', 'TYPE', 'THEME', "
                + "'OUTLET') GROUP BY k.facet, k.key ORDER BY k.facet, n DESC, k.key", parameters, r -> {
                    List<Count> kept = facets.get(r.getString(1));
                    if (kept.size() < size) {
                        kept.add(new Count(r.getString(2), r.getLong(3)));
                    }
                });
        return facetsOf(facets);
    }

    private static ArticleFacets facetsOf(Map<String, List<Count>> facets) {
        return new ArticleFacets(List.copyOf(facets.get("ACTOR")), List.copyOf(facets.get("TYPE")),
                List.copyOf(facets.get("THEME")), List.copyOf(facets.get("OUTLET")));
    }

    /**
     * How many articles the filter keeps: the kept facet counts when one actor, type or theme alone narrows it,
     * else a count of its articles.
     */
    private long articleTotal(ArticleFilter f) throws SQLException {
        Optional<Driving> by = Driving.of(f);
        if (by.isPresent() && by.get().rest().none()) {
            List<Object> p = new ArrayList<>(by.get().facets());
            p.add(by.get().key());
            return single("SELECT coalesce(sum(articles), 0) FROM view_facets WHERE facet IN ("
                    + String.join(", ", by.get().facets().stream().map(x -> "?").toList()) + ") AND key = ?", p);
        }
        Where all = newest(f, false);
        return single("SELECT count(*) FROM (" + all.sql + ") d", all.parameters);
    }

    /**
     * The key a filtered article list walks: its actor (as the actor itself or its state), else its type, else its
     * theme; {@code rest} is the filter without it, looked up for each article the walk meets.
     */
    private record Driving(List<String> facets, String key, ArticleFilter rest) {

        static Optional<Driving> of(ArticleFilter f) {
            if (f.actor() != null) {
                return Optional.of(new Driving(List.of("ACTOR", "COUNTRY"), f.actor(), new ArticleFilter(f.from(),
                        f.to(), f.outlet(), f.language(), null, f.type(), f.theme(), f.addedSince())));
            }
            if (f.type() != null) {
                return Optional.of(new Driving(List.of("TYPE"), f.type(), new ArticleFilter(f.from(), f.to(),
                        f.outlet(), f.language(), null, null, f.theme(), f.addedSince())));
            }
            if (f.theme() != null) {
                return Optional.of(new Driving(List.of("THEME"), f.theme(), new ArticleFilter(f.from(), f.to(),
                        f.outlet(), f.language(), null, null, null, f.addedSince())));
            }
            return Optional.empty();
        }
    }

    /**
     * The ids ({@code article_id}) and dates ({@code sort_published}) of the articles the filter keeps, newest
     * first when {@code ordered}. With an actor, a type or a theme it reads that key's articles from
     * view_article_keys' index in date order, one part for each facet the key is under, merged: a page of the
     * list reads about a page of rows however many articles the key has.
     */
    private static Where newest(ArticleFilter f, boolean ordered) {
        String order = ordered ? " ORDER BY sort_published DESC, article_id" : "";
        Optional<Driving> by = Driving.of(f);
        if (by.isEmpty()) {
            Where where = articleWhere(f, false);
            return new Where("SELECT a.id AS article_id, a.sort_published AS sort_published FROM view_articles a WHERE "
                    + where.sql
                    + order, where.parameters);
        }
        Where rest = articleWhere(by.get().rest(), true);
        List<String> parts = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        for (String facet : by.get().facets()) {
            parts.add("SELECT k.article_id AS article_id, k.sort_published AS sort_published FROM view_article_keys k"
                    + (rest.parameters.isEmpty() ? "" : " JOIN view_articles a ON a.id = k.article_id")
                    + " WHERE k.facet = ? AND k.key = ?" + (rest.parameters.isEmpty() ? "" : " AND " + rest.sql));
            p.add(facet);
            p.add(by.get().key());
            p.addAll(rest.parameters);
        }
        return new Where(String.join(" UNION ALL ", parts) + order, p);
    }

    /**
     * The filter as SQL over {@code view_articles a}. A list or a count lets the database start from the articles
     * of a key ({@code IN}); a {@code probe} of given articles looks each one's keys up instead ({@code EXISTS}),
     * which costs the same however many articles a key has.
     */
    private static Where articleWhere(ArticleFilter f, boolean probe) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> p = new ArrayList<>();
        dates(sql, p, "a.published", f.from(), f.to());
        if (f.outlet() != null) {
            sql.append(" AND lower(a.outlet) = ?");
            p.add(f.outlet().toLowerCase(Locale.ROOT));
        }
        equal(sql, p, "a.language", f.language());
        if (f.addedSince() != null) {
            sql.append(" AND a.stored_at >= ?");
            p.add(f.addedSince());
        }
        keyed(sql, p, "'ACTOR', 'COUNTRY'", f.actor(), probe);
        keyed(sql, p, "'TYPE'", f.type(), probe);
        keyed(sql, p, "'THEME'", f.theme(), probe);
        return new Where(sql.toString(), p);
    }

    private static void keyed(StringBuilder sql, List<Object> p, String facets, String key, boolean probe) {
        if (key != null) {
            sql.append(probe ? " AND EXISTS (SELECT 1 FROM view_article_keys k WHERE k.article_id = a.id AND "
                    : " AND a.id IN (SELECT k.article_id FROM view_article_keys k WHERE ")
                    .append("k.facet IN (").append(facets).append(") AND k.key = ?)");
            p.add(key);
        }
    }

    // ---- JDBC helpers ----

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** The statement of {@code sql} on the connection this thread works on, the writer's or its reader's. */
    private PreparedStatement prepare(String sql) throws SQLException {
        return store.statements().prepare(sql);
    }

    private void query(String sql, List<Object> parameters, RowReader reader) throws SQLException {
        PreparedStatement s = prepare(sql);
        bind(s, parameters.toArray());
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    private long single(String sql, List<Object> parameters) throws SQLException {
        long[] n = new long[1];
        query(sql, parameters, r -> n[0] = r.getLong(1));
        return n[0];
    }

    private List<Count> counts(String sql, List<Object> parameters) throws SQLException {
        List<Count> found = new ArrayList<>();
        query(sql, parameters, r -> found.add(new Count(r.getString(1), r.getLong(2))));
        return List.copyOf(found);
    }

    private List<String> strings(String sql, Object... parameters) throws SQLException {
        List<String> found = new ArrayList<>();
        query(sql, List.of(parameters), r -> found.add(r.getString(1)));
        return found;
    }

    /** The consolidated facts that hold any of these mention keys, by a query of one key's two parts or whole. */
    private Set<String> holders(String sql, Collection<String> keys) throws SQLException {
        Set<String> found = new TreeSet<>();
        boolean split = sql.contains("article_id = ?");
        for (String key : keys) {
            Object[] p = split ? new Object[] {MentionKeys.articleId(key), MentionKeys.factId(key)}
                    : new Object[] {key};
            query(sql, List.of(p), r -> found.add(r.getString(1)));
        }
        return found;
    }

    private <T> Optional<T> record(String sql, String id, Class<T> type) throws SQLException {
        List<T> found = new ArrayList<>();
        query(sql, List.of(id), r -> found.add(store.readJson(r.getString(1), type, id)));
        return found.stream().findFirst();
    }

    private <T> Optional<T> report(String table, String column, String articleId, String factId, Class<T> type)
            throws SQLException {
        List<T> found = new ArrayList<>();
        query("SELECT shown FROM " + table + " WHERE article_id = ? AND " + column + " = ?", List.of(articleId, factId),
                r -> found.add(store.readJson(r.getString(1), type, MentionKeys.of(articleId, factId))));
        return found.stream().findFirst();
    }

    /** When an article was stored and its language. */
    private String[] articleOf(String articleId) throws SQLException {
        String[] found = {"", null};
        query("SELECT stored_at, language FROM view_articles WHERE id = ?", List.of(articleId), r -> {
            found[0] = r.getString(1);
            found[1] = r.getString(2);
        });
        return found;
    }

    private String storedAt(String articleId) throws SQLException {
        List<String> found = strings("SELECT stored_at FROM articles WHERE id = ?", articleId);
        return found.isEmpty() ? "" : found.get(0);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        PreparedStatement s = prepare(sql);
        bind(s, parameters);
        s.executeUpdate();
    }

    private void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement s = prepare(sql);
        try {
            for (Object[] row : rows) {
                bind(s, row);
                s.addBatch();
            }
            s.executeBatch();
        } finally {
            // A batch that failed halfway must not run with the statement's next use.
            s.clearBatch();
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object v = parameters[i];
            if (v == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (v instanceof String t) {
                s.setString(i + 1, t);
            } else if (v instanceof Integer n) {
                s.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                s.setLong(i + 1, n);
            } else if (v instanceof Double d) {
                s.setDouble(i + 1, d);
            } else {
                throw new IllegalArgumentException("cannot bind " + v.getClass().getSimpleName() + " " + v
                        + "; expected text or a number");
            }
        }
    }

    private static List<String> keys(String json) {
        try {
            return AccordJson.mapper().readValue(json, KEYS);
        } catch (JsonProcessingException e) {
            throw new StoreException("mention keys " + json + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
