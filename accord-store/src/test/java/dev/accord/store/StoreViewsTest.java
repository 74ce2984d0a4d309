package dev.accord.store;

import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.Correction;
import dev.accord.model.Correction.Action;
import dev.accord.model.Event;
import dev.accord.model.EventType;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationDelta;
import dev.accord.model.consolidated.EventMentionRef;
import dev.accord.store.ViewStore.ArticleFilter;
import dev.accord.store.ViewStore.Count;
import dev.accord.store.ViewStore.EventFilter;
import dev.accord.store.ViewStore.EventOrder;
import dev.accord.store.ViewStore.MonthCount;
import dev.accord.store.ViewRows.ArticleRow;
import dev.accord.store.ViewRows.EventRow;
import dev.accord.store.ViewRows.QuoteRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The views' queries (migration V10) on SQLite and on a real PostgreSQL server: each is checked against what the
 * stored facts say, through articles, a correction, consolidation deltas and a cleared consolidation, and both
 * databases give the same answers to every query.
 */
class StoreViewsTest {

    private static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, null, null);
    private static final ArticleFilter EVERY = new ArticleFilter(null, null, null, null, null, null, null, null);
    /** Event filters of date ranges, whose totals come from the kept counts where their dates are months or years. */
    private static final List<EventFilter> RANGES = List.of(
            new EventFilter("2025-09", "2025-09", null, null, null, null, null, null, null, null),
            new EventFilter("2025", "2025", null, null, "COERCE", null, null, null, null, null),
            new EventFilter("2024-12", "2026", null, null, null, "KAZ", null, null, null, null),
            new EventFilter(null, "2025-08", null, null, null, "KAZ", "CHN", null, null, null),
            new EventFilter("2025-09-01", "2025-09-30", null, null, null, null, null, null, null, null),
            new EventFilter("2025-02", null, null, null, "AGREE", null, null, null, null, null));
    /** Article filters that walk one key's articles. */
    private static final List<ArticleFilter> KEYED = List.of(
            new ArticleFilter(null, null, null, null, "KAZ", null, null, null),
            new ArticleFilter(null, null, null, null, null, "AGREE", null, null),
            new ArticleFilter("2025", null, null, "en", "CHN", "AGREE", null, null),
            new ArticleFilter(null, null, null, null, null, null, "TRADE", null));

    @TempDir
    Path dir;

    @Test
    void sqliteAnswersEachViewFromItsKeptRows() {
        try (JdbcFactStore store = Backend.SQLITE.open(dir.resolve("sqlite"))) {
            checkEveryStep(store);
        }
    }

    @Test
    void postgresAnswersEachViewFromItsKeptRows() {
        try (JdbcFactStore store = Backend.POSTGRES.open(dir.resolve("postgres"))) {
            checkEveryStep(store);
        }
    }

    @Test
    void bothDatabasesGiveTheSameAnswers() {
        try (JdbcFactStore postgres = Backend.POSTGRES.open(dir.resolve("postgres"));
             JdbcFactStore sqlite = Backend.SQLITE.open(dir.resolve("sqlite"))) {
            for (JdbcFactStore store : List.of(sqlite, postgres)) {
                fill(store);
            }
            assertLinesMatch(answers(sqlite).lines(), answers(postgres).lines());
            assertEquals(sqlite.latest("a", 2, true).latest().stream().map(WordMatches.Match::articleId).toList(),
                    postgres.latest("a", 2, true).latest().stream().map(WordMatches.Match::articleId).toList(),
                    "the same latest matches where there are more than the window");
            consolidate(sqlite);
            consolidate(postgres);
            assertLinesMatch(answers(sqlite).lines(), answers(postgres).lines());
        }
    }

    @Test
    void sqliteLoadedAnswersAsStoredArticleByArticle() {
        try (JdbcFactStore stored = Backend.SQLITE.open(dir.resolve("stored"));
             JdbcFactStore loaded = Backend.SQLITE.open(dir.resolve("loaded"))) {
            checkLoadAgainstPut(stored, loaded);
        }
    }

    @Test
    void postgresLoadedAnswersAsStoredArticleByArticle() {
        try (JdbcFactStore stored = Backend.POSTGRES.open(dir.resolve("stored"));
             JdbcFactStore loaded = Backend.POSTGRES.open(dir.resolve("loaded"))) {
            checkLoadAgainstPut(stored, loaded);
            // The planner's statistics were gathered for every table of the loaded store's schema, and only there.
            List<String> notAnalysed = loaded.read("list tables never analysed", () -> {
                List<String> out = new ArrayList<>();
                try (Statement s = loaded.connection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT relname FROM pg_stat_user_tables WHERE"
                             + " schemaname = current_schema() AND last_analyze IS NULL")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertEquals(List.of(), notAnalysed);
        }
    }

    /** A store filled by {@link JdbcFactStore#load} answers every view as one filled article by article does. */
    private static void checkLoadAgainstPut(JdbcFactStore stored, JdbcFactStore loaded) {
        List<ArticleFacts> articles = List.of(Samples.astanaWithEvents(), Samples.genevaWithEvents(),
                Samples.undated());
        articles.forEach(stored::put);
        // The second batch repeats an article of the first, which the load skips.
        assertEquals(3, loaded.load(List.of(articles.subList(0, 2), articles.subList(1, 3))));
        assertEquals(3, loaded.articleCount());
        assertLinesMatch(answers(stored).lines(), answers(loaded).lines());
        assertEquals(0, loaded.load(List.of(articles)), "loading them again stores nothing");
        assertLinesMatch(answers(stored).lines(), answers(loaded).lines());
        for (JdbcFactStore store : List.of(stored, loaded)) {
            addDyad(store);
            consolidate(store);
        }
        assertLinesMatch(answers(stored).lines(), answers(loaded).lines());
    }

    @Test
    void aStoreMadeBeforeTheViewsGetsThemWhenOpened() {
        reopenedAfter(Migrations.VIEWS, OldStores::dropViews).close();
    }

    @Test
    void aStoreWithTheFirstViewsGetsTheirMonthsDatesAndSpeakerNamesWhenOpened() {
        try (JdbcFactStore store = reopenedAfter(Migrations.VIEWS_CHANGED, OldStores::undoViewOrder)) {
            assertEquals(1, store.views().quotes("KAZ", EVERY, 10, 0).total(),
                    "the speakers' names and codes are derived for the quotes stored before them");
        }
    }

    /** What turns a store back into one of an older schema. */
    @FunctionalInterface
    private interface Undo {
        void apply(Statement s) throws SQLException;
    }

    /**
     * A filled and consolidated store, turned back by {@code undo} into one from before schema version
     * {@code version} and opened again: it answers every view as it did before, which this checks.
     */
    private JdbcFactStore reopenedAfter(int version, Undo undo) {
        Path file = dir.resolve("v" + version + ".db");
        try (JdbcFactStore store = SqliteFactStore.open(file)) {
            fill(store);
            consolidate(store);
        }
        String expected;
        try (JdbcFactStore store = SqliteFactStore.open(file)) {
            expected = answers(store);
            store.inTransaction("go back to before version " + version, () -> {
                try (Statement s = store.connection.createStatement()) {
                    s.executeUpdate("DELETE FROM schema_version WHERE version >= " + version);
                    undo.apply(s);
                }
                return null;
            });
        }
        JdbcFactStore store = SqliteFactStore.open(file);
        assertEquals(expected, answers(store));
        return store;
    }

    private void checkEveryStep(JdbcFactStore store) {
        fill(store);
        ViewStore views = store.views();
        Page all = page(views.events(ALL, EventOrder.DATE, 10, 0));
        assertEquals(4, all.total, all.ids.toString());
        assertEquals(List.of("KAZ", "CHN"), keys(views.actors(null, 10)).subList(0, 2));
        assertEquals(1, views.events(filter("KAZ", "CHN"), EventOrder.DATE, 10, 0).total());
        assertEquals(List.of(new Count("CHN", 1)), views.partners("KAZ", 10));
        assertEquals(List.of(new MonthCount("2025-09", "COERCE", 1)), views.months("KAZ", "CHN"));
        assertEquals(4, views.months(null, null).stream().mapToLong(MonthCount::events).sum());
        assertEquals(1, views.quotes("kaz", EVERY, 10, 0).total(), "the official speaks for KAZ");
        assertEquals(2, views.articles(new ArticleFilter(null, null, null, null, "KAZ", null, null, null), 10, 0)
                .total());
        assertEquals(1, views.articles(new ArticleFilter("2025-07", null, null, null, null, null, null, null), 10, 0)
                .total());
        assertEquals(new Count("KAZ", 2), views.facets(EVERY, 12, 500).actors().get(0));
        for (EventFilter f : RANGES) {
            ViewStore.Page<EventRow> listed = views.events(f, EventOrder.DATE, 1000, 0);
            assertEquals(listed.items().size(), listed.total(), "the total of " + f + " is what it lists");
        }
        assertEquals(1, views.events(RANGES.get(0), EventOrder.DATE, 10, 0).total(), "September 2025's events");
        for (ArticleFilter f : KEYED) {
            ViewStore.Page<ArticleRow> listed = views.articles(f, 1000, 0);
            assertEquals(listed.items().size(), listed.total(), "the total of " + f + " is what it lists");
            assertEquals(listed.items().stream().sorted(Comparator.comparing((ArticleRow a) -> a.published() == null
                    ? "" : a.published()).reversed().thenComparing(ArticleRow::id)).toList(), listed.items(),
                    "newest first, undated last, then by id");
        }
        checkWordSearchPages(store);
        List<ViewRows.AgreementRow> ofKazakhstan = views.agreements("KAZ", null, 100, 0).items();
        assertEquals(ofKazakhstan.stream().filter(g -> g.parties().stream().anyMatch(x -> x.is("CHN"))).toList(),
                views.agreements("KAZ", "CHN", 100, 0).items(), "the agreements of both");
        ViewStore.Page<QuoteRow> spoken = views.quotes(" KAZ ", EVERY, 10, 0);
        assertEquals(1, spoken.total(), "a code asked for in any case, with spaces around it");
        assertEquals(spoken.items(), views.quotes("kaz", EVERY, 10, 0).items());
        assertEquals(List.of("KAZ"), views.suggest("kazakh", 10).stream().map(ViewStore.Suggestion::key).toList());
        // More keys than one statement asks for, and lists that are no power of two long, unknown keys among them.
        List<String> keys = new ArrayList<>(IntStream.range(0, 299).mapToObj(i -> "X" + i).toList());
        keys.addAll(List.of("KAZ", "CHN", "KAZ"));
        Map<String, String> named = Map.of("KAZ", views.actor("KAZ").orElseThrow().name(), "CHN",
                views.actor("CHN").orElseThrow().name());
        assertEquals(named, views.names(keys));
        assertEquals(named, views.names(List.of("CHN", "X1", "KAZ")));
        assertEquals(Map.of(), views.names(List.of()));

        ArticleFacts astana = Samples.astanaWithEvents();
        store.addCorrection(Correction.of(astana.article().id(), Action.REJECT, "event:expand", null, List.of(),
                List.of(), null, null, "analyst", "not an event"));
        assertEquals(3, views.events(ALL, EventOrder.DATE, 10, 0).total(), "a rejected event is counted no more");
        assertEquals(3, views.months(null, null).stream().mapToLong(MonthCount::events).sum());

        consolidate(store);
        Page merged = page(views.events(ALL, EventOrder.DATE, 10, 0));
        assertEquals(2, merged.total, merged.ids.toString());
        assertTrue(merged.ids.contains("ev:one"), merged.ids.toString());
        EventRow one = views.event("ev:one").orElseThrow();
        assertEquals("event:signed", one.eventId(), "the row of its first report by key");
        assertEquals(List.of("CHN", "KAZ"), Stream.concat(one.actors().stream(), one.recipients().stream())
                        .map(ViewRows.Participant::key).sorted().toList(),
                "a consolidated event has the participants of all its reports");
        assertEquals(1, views.events(filter("CHN", "KAZ"), EventOrder.DATE, 10, 0).total());
        assertEquals(2, views.months(null, null).stream().mapToLong(MonthCount::events).sum());

        store.consolidation().clear();
        assertEquals(3, views.events(ALL, EventOrder.DATE, 10, 0).total(), "cleared, each report counts again");
        assertEquals(3, views.months(null, null).stream().mapToLong(MonthCount::events).sum());
    }

    /** A word search's pages, totals and facets, from the latest matches it is given, over {@link #fill}'s store. */
    private static void checkWordSearchPages(JdbcFactStore store) {
        ViewStore views = store.views();
        String astana = Samples.astanaWithEvents().article().id();
        String geneva = Samples.genevaWithEvents().article().id();
        String undated = Samples.undated().article().id();
        WordMatches every = store.latest("a", FactStore.SEARCH_WINDOW, true);
        ViewStore.SearchPage byDate = views.matches(every, EVERY, true, 10, 0, 12, 500);
        assertEquals(List.of(astana, geneva, undated), ids(byDate), "newest published first, undated last");
        assertEquals(3, byDate.page().total());
        assertEquals(new Count("KAZ", 2), byDate.facets().actors().get(0));
        assertEquals(List.of(geneva), ids(views.matches(every, EVERY, true, 1, 1, 12, 500)), "the second page of one");
        ViewStore.SearchPage kazakh = views.matches(every, KEYED.get(0), true, 10, 0, 12, 500);
        assertEquals(List.of(astana, undated), ids(kazakh), "the matches the filter keeps");
        assertEquals(2, kazakh.page().total());
        assertEquals(every.latest().stream().sorted(Comparator.comparingDouble(WordMatches.Match::score).reversed()
                .thenComparing(WordMatches.Match::articleId)).map(WordMatches.Match::articleId).toList(),
                ids(views.matches(every, EVERY, false, 10, 0, 12, 500)), "best first, ties by id");

        WordMatches latest = store.latest("a", 2, true);
        ViewStore.SearchPage window = views.matches(latest, EVERY, true, 10, 0, 12, 1);
        assertEquals(List.of(geneva, undated), ids(window), "the window's matches only, by date");
        assertEquals(2, window.page().total(), "of the window's matches");
        assertEquals(List.of(new Count("KAZ", 1), new Count("UZB", 1)), window.facets().actors().stream()
                .filter(c -> c.key().equals("KAZ") || c.key().equals("UZB")).toList(),
                "the facets of the latest kept match, the undated article, only");
        assertTrue(window.facets().actors().stream().noneMatch(c -> c.key().equals("FRA")),
                "Geneva's France is past the facets' sample");
        ViewStore.SearchPage none = views.matches(store.latest("nowhere", 10, true), EVERY, true, 10, 0, 12, 500);
        assertEquals(0, none.page().total());
        assertEquals(List.of(), none.facets().actors());
    }

    private static List<String> ids(ViewStore.SearchPage page) {
        return page.page().items().stream().map(ArticleRow::id).toList();
    }

    /** Three articles, and a curator's event: Kazakhstan coerces China on the Astana article's date. */
    private static void fill(JdbcFactStore store) {
        ArticleFacts astana = Samples.astanaWithEvents();
        store.put(astana);
        store.put(Samples.genevaWithEvents());
        store.put(Samples.undated());
        addDyad(store);
    }

    /** The curator's event of {@link #fill}. */
    private static void addDyad(JdbcFactStore store) {
        ArticleFacts astana = Samples.astanaWithEvents();
        int at = astana.article().text().indexOf("memorandum");
        store.addCorrection(Correction.of(astana.article().id(), Action.ADD_EVENT, null, EventType.COERCE,
                List.of("state:KAZ"), List.of("state:CHN"), "2025-09-01", new CharSpan(at, at + "memorandum".length()),
                "analyst", "a dyad"));
    }

    /** One consolidated event of the Astana article's signing and the curator's event. */
    private static void consolidate(JdbcFactStore store) {
        ArticleFacts astana = store.findCurated(Samples.astanaWithEvents().article().id()).orElseThrow();
        Event signed = astana.events().stream().filter(e -> e.id().equals("event:signed")).findFirst().orElseThrow();
        Event added = astana.events().stream().filter(e -> e.type() == EventType.COERCE).findFirst().orElseThrow();
        ConsolidatedEvent one = new ConsolidatedEvent("ev:one", EventType.AGREE, signed.cameo(), signed.modality(),
                false, List.of("state:KAZ"), List.of("state:CHN"), null, null, null, null, null, 1, List.of(),
                astana.article().published(), astana.article().published(), List.of(ref(astana, signed),
                ref(astana, added)));
        store.consolidate(c -> {
            c.apply(new ConsolidationChanges(new ConsolidationDelta<>(List.of(one), List.of(), Map.of(), List.of()),
                    ConsolidationDelta.none(), ConsolidationDelta.none()));
            return null;
        });
    }

    private static EventMentionRef ref(ArticleFacts facts, Event e) {
        return new EventMentionRef(facts.article().id(), e.id(), facts.article().outlet(), facts.article().published(),
                e.trigger(), e.confidence());
    }

    /** Every query's answer, as text, for comparing two stores. */
    private static String answers(JdbcFactStore store) {
        ViewStore v = store.views();
        List<Object> all = new ArrayList<>();
        for (EventOrder order : EventOrder.values()) {
            all.add(v.events(ALL, order, 10, 0));
            all.add(v.events(filter("KAZ", null), order, 10, 0));
        }
        all.add(v.events(new EventFilter("2025-09", "2025-09-01", null, "en", "AGREE", null, null, "ASSERTED", false,
                "2000-01-01"), EventOrder.DATE, 10, 0));
        all.add(v.months(null, null));
        all.add(v.months("KAZ", null));
        all.add(v.months("KAZ", "CHN"));
        all.add(v.partners("KAZ", 10));
        all.add(v.actors(null, 10));
        all.add(v.actors("kaz", 10));
        all.add(v.actor("KAZ"));
        all.add(new TreeMap<>(v.names(List.of("KAZ", "CHN", "person:nobody"))));
        all.add(v.suggest("Ka", 10));
        all.add(v.partnerCount("KAZ"));
        all.add(v.places(ALL));
        all.add(v.eventsIn(new double[] {-180, -90, 180, 90}, ALL, 10, 0));
        all.add(v.eventsIn(new double[] {170, -90, -170, 90}, filter("KAZ", null), 10, 0));
        all.add(v.quotes(null, EVERY, 10, 0));
        all.add(v.quotes("kaz", EVERY, 10, 0));
        all.add(v.quotes(null, new ArticleFilter("2025", "2025-12", null, "en", "KAZ", null, null, null), 10, 0));
        all.add(v.agreements(null, null, 10, 0));
        all.add(v.agreements("KAZ", null, 10, 0));
        all.add(v.agreements("CHN", "KAZ", 10, 0));
        all.add(v.agreements("KAZ", "CHN", 10, 1));
        all.add(v.articles(EVERY, 10, 0));
        all.add(v.articles(new ArticleFilter(null, "2025-09", null, "en", "KAZ", "AGREE", null, null), 10, 0));
        all.add(v.facets(EVERY, 12, 500));
        all.add(v.facets(new ArticleFilter(null, null, null, null, "KAZ", null, null, null), 12, 500));
        for (EventFilter f : RANGES) {
            all.add(v.events(f, EventOrder.LATEST, 10, 0));
        }
        for (ArticleFilter f : KEYED) {
            all.add(v.articles(f, 10, 0));
            all.add(v.facets(f, 12, 500));
        }
        all.add(v.quotes("officials", EVERY, 10, 0));
        all.add(v.quotes("KAZ", new ArticleFilter("2025", null, null, null, null, null, null, null), 10, 0));
        // A word search's matches (a load stores a batch in id order, so in id order here), their scores, best
        // first, the same in both databases, and the pages the search page reads: by date, with a filter, and best
        // first.
        for (String words : List.of("Kazakhstan", "talks Geneva", "water forum", "signed", "a")) {
            WordMatches matches = store.latest(words, FactStore.SEARCH_WINDOW, true);
            all.add(words + ": " + matches.latest().stream().map(WordMatches.Match::articleId).sorted().toList()
                    + (matches.all() ? ", all" : ", more"));
            all.add(words + " ranked: " + matches.latest().stream().sorted(Comparator
                    .comparingDouble(WordMatches.Match::score).reversed().thenComparing(WordMatches.Match::articleId))
                    .map(m -> m.articleId() + " " + m.score()).toList());
            all.add(v.matches(matches, EVERY, true, 10, 0, 12, 500));
            all.add(v.matches(matches, KEYED.get(0), true, 1, 1, 12, 1));
            ViewStore.SearchPage best = v.matches(matches, EVERY, false, 10, 0, 12, 500);
            all.add(best.page().total() + " " + best.facets() + " "
                    + best.page().items().stream().map(ArticleRow::id).toList());
        }
        return all.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }

    private static EventFilter filter(String actor, String with) {
        return new EventFilter(null, null, null, null, null, actor, with, null, null, null);
    }

    private static List<String> keys(List<ViewStore.ActorSummary> actors) {
        return actors.stream().map(ViewStore.ActorSummary::key).toList();
    }

    private record Page(long total, List<String> ids) {
    }

    private static Page page(ViewStore.Page<EventRow> page) {
        return new Page(page.total(), page.items().stream().map(e -> e.event() != null ? e.event()
                : e.articleId() + "#" + e.eventId()).toList());
    }
}
