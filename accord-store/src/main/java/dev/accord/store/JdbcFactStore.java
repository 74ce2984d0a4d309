package dev.accord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Correction;
import dev.accord.model.Curation;
import dev.accord.model.Fingerprint;
import dev.accord.model.Problem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@link FactStore} behaviour both databases share, in SQL that SQLite and PostgreSQL both accept;
 * a subclass supplies the connection and what differs: full-text search, id-prefix matching, and how an
 * article's text is indexed for search.
 *
 * <p>Writes are synchronized: one writer connection serves them one at a time, whichever thread asks. Reads
 * (the web server's requests) each borrow one of a few read-only connections instead and go on side by side,
 * without the writer's lock: {@link #read}.
 */
public abstract class JdbcFactStore implements FactStore {

    private static final Pattern HEX_PREFIX = Pattern.compile("[0-9a-f]{" + MIN_PREFIX + ",}");
    private static final Pattern SHORT_PREFIX = Pattern.compile("[0-9a-f]{1," + (MIN_PREFIX - 1) + "}");
    private static final int PREFIX_CANDIDATES = 10;
    private static final int FETCH_SIZE = 200;
    private static final String INSERT_ARTICLE = "INSERT INTO articles (id, source, title, published, language, "
            + "text, facts, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
    private static final String INSERT_APPEARANCE = "INSERT INTO article_sources (article_id, copy_id, source, url, "
            + "outlet, title, published, similarity, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (article_id, copy_id) DO NOTHING";

    /** Where the store is, for messages: a file path or a JDBC URL without credentials. */
    final String where;
    final Connection connection;
    private final Statements writer;
    private final Readers readers;
    /** The reader lent to this thread while it is inside {@link #read}. */
    private final ThreadLocal<Statements> reading = new ThreadLocal<>();
    private final StoredViews views;
    private final StoredConsolidation consolidation;
    private final Users users;
    private final TextSearch text;

    /** A database's word search and the snippets of its pages: {@link #latest} and {@link #snippets}. */
    record TextSearch(Latest latest, Snippets snippets) {

        /** Asked for a window from 1 to {@link FactStore#SEARCH_WINDOW}. */
        @FunctionalInterface
        interface Latest {
            WordMatches of(Connection connection, String text, int window, boolean ranked) throws SQLException;
        }

        /** Asked for at least one article. */
        @FunctionalInterface
        interface Snippets {
            Map<String, String> of(Connection connection, String text, Collection<String> articleIds)
                    throws SQLException;
        }
    }

    /**
     * A store writing through {@code connection} and reading through {@code readers}, read-only connections to the
     * same database; it closes them all when closed.
     */
    JdbcFactStore(String where, Connection connection, List<Connection> readers, TextSearch text) {
        this.where = where;
        this.connection = connection;
        this.writer = new Statements(connection, where);
        this.readers = new Readers(readers, where);
        this.text = text;
        this.views = new StoredViews(this);
        this.consolidation = new StoredConsolidation(this, connection, views);
        this.users = new Users(this);
    }

    /** Derives the views' tables of a store that had articles before it had those tables as they are now. */
    void migratedFrom(int version) {
        if (version > 0 && version < Migrations.VIEWS_CHANGED) {
            inTransaction("derive the views of " + articleCount() + " articles", () -> {
                views.rebuild(true);
                return null;
            });
        }
    }

    /** Articles matching {@code query}, best first: each database's full-text search. */
    abstract List<SearchHit> search(Connection connection, SearchQuery query) throws SQLException;

    /** Makes newly stored articles' titles and texts findable by {@link #search}. */
    abstract void indexForSearch(Connection connection, List<Article> articles) throws SQLException;

    /** Sets the database up for {@link #load} ({@code on}) and back for everyday use; nothing to do by default. */
    void loading(boolean on) throws SQLException {
    }

    /**
     * Brings what the database's query planner knows of the tables up to date after a {@link #load}; nothing to
     * do by default.
     */
    void loaded() throws SQLException {
    }

    /** A condition on {@code id} with one parameter, {@link #prefixPattern}, matching ids by prefix. */
    abstract String prefixMatch();

    /** The parameter of {@link #prefixMatch} for a prefix of hex digits. */
    abstract String prefixPattern(String prefix);

    @Override
    public boolean contains(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return read("look up article " + articleId, () -> factsJson(connection(), articleId).isPresent());
    }

    @Override
    public synchronized boolean put(ArticleFacts facts) {
        return put(facts, null);
    }

    @Override
    public synchronized boolean put(ArticleFacts facts, Fingerprint fingerprint) {
        return inTransaction("store article " + facts.article().id(), () -> insert(facts, fingerprint));
    }

    /**
     * Fills the store with many articles, leaving it as storing each with {@link #put(ArticleFacts)} would, with
     * far fewer statements: each batch's articles go into each table with one batched statement, a transaction a
     * batch, and the views are derived from all the facts at the end, as for a store made before the views,
     * instead of being brought up to date article by article. Articles already stored are skipped. Until the load
     * ends the views do not show what it stored; a load cut short is finished by loading again (the rest, or none).
     *
     * @return how many articles were new
     */
    public synchronized long load(Iterable<List<ArticleFacts>> batches) {
        Objects.requireNonNull(batches, "batches");
        run("prepare " + where + " for loading", () -> {
            loading(true);
            return null;
        });
        try {
            long stored = 0;
            for (List<ArticleFacts> batch : batches) {
                stored += inTransaction("load " + batch.size() + " articles", () -> insertNew(batch));
            }
            long loaded = stored;
            inTransaction("derive the views of " + articleCount() + " articles", () -> {
                views.rebuild(true);
                return null;
            });
            run("gather the planner's statistics of " + where + " after loading", () -> {
                loaded();
                return null;
            });
            return loaded;
        } finally {
            run("set " + where + " back after loading", () -> {
                loading(false);
                return null;
            });
        }
    }

    /** Stores the articles of a batch that are not stored yet, each table's rows in one batched statement. */
    private int insertNew(List<ArticleFacts> batch) throws SQLException {
        Map<String, ArticleFacts> fresh = new LinkedHashMap<>();
        for (ArticleFacts facts : batch) {
            if (factsJson(connection, facts.article().id()).isEmpty()) {
                fresh.putIfAbsent(facts.article().id(), facts);
            }
        }
        // In id order: the batch shares one stored_at, and a word search's latest matches are the latest stored,
        // ties by id, which SQLite's full-text index gives in the order its rows were added.
        List<ArticleFacts> articles = fresh.values().stream()
                .sorted(Comparator.comparing((ArticleFacts f) -> f.article().id())).toList();
        String now = Instant.now().toString();
        try (PreparedStatement s = connection.prepareStatement(INSERT_ARTICLE)) {
            for (ArticleFacts facts : articles) {
                bindArticle(s, facts, now);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT_APPEARANCE)) {
            for (ArticleFacts facts : articles) {
                bindAppearance(s, facts.article().id(), Appearance.of(facts.article(), 1.0), now);
                s.addBatch();
            }
            s.executeBatch();
        }
        FactRows.insert(connection, FactRows.MACHINE, articles);
        FactRows.insert(connection, FactRows.CURATED, articles);
        indexForSearch(connection, articles.stream().map(ArticleFacts::article).toList());
        return articles.size();
    }

    private boolean insert(ArticleFacts facts, Fingerprint fingerprint) throws SQLException {
        Article article = facts.article();
        if (!insertArticle(facts)) {
            return false;
        }
        insertAppearance(article.id(), Appearance.of(article, 1.0));
        if (fingerprint != null) {
            StoredFingerprints.insert(connection, article.id(), fingerprint);
        }
        FactRows.insert(connection, FactRows.MACHINE, facts);
        FactRows.insert(connection, FactRows.CURATED, facts);
        indexForSearch(connection, List.of(article));
        views.article(facts, 1);
        return true;
    }

    @Override
    public synchronized Optional<Duplicate> findDuplicate(Fingerprint fingerprint, double threshold) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("near-duplicate threshold " + threshold + "; expected (0, 1]");
        }
        return run("look for a duplicate of " + fingerprint,
                () -> StoredFingerprints.findDuplicate(connection, fingerprint, threshold));
    }

    @Override
    public synchronized boolean addAppearance(String articleId, Appearance appearance) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(appearance, "appearance");
        return run("record an appearance of article " + articleId, () -> {
            if (factsJson(connection, articleId).isEmpty()) {
                throw new NoSuchElementException("no article with id " + articleId + " in " + where
                        + " to record appearance " + appearance.copyId() + " of");
            }
            return insertAppearance(articleId, appearance);
        });
    }

    @Override
    public List<Appearance> appearances(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return read("list the appearances of article " + articleId, () -> {
            List<Appearance> found = new ArrayList<>();
            try (PreparedStatement s = connection().prepareStatement("SELECT copy_id, source, url, outlet, title, "
                    + "published, similarity FROM article_sources WHERE article_id = ? "
                    + "ORDER BY copy_id <> article_id, source, copy_id")) {
                s.setString(1, articleId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        String published = rows.getString(6);
                        found.add(new Appearance(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5),
                                published == null ? null : LocalDate.parse(published), rows.getDouble(7)));
                    }
                }
            }
            return List.copyOf(found);
        });
    }

    @Override
    public Optional<String> findStoredAs(String copyId) {
        Objects.requireNonNull(copyId, "copyId");
        return read("look up copy " + copyId, () -> {
            if (factsJson(connection(), copyId).isPresent()) {
                return Optional.of(copyId);
            }
            try (PreparedStatement s = connection().prepareStatement(
                    "SELECT article_id FROM article_sources WHERE copy_id = ? ORDER BY article_id LIMIT 1")) {
                s.setString(1, copyId);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<ArticleFacts> find(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return read("find article " + articleId, () -> {
            Optional<String> json = factsJson(connection(), articleId);
            if (json.isEmpty() && SHORT_PREFIX.matcher(articleId).matches()) {
                throw new IllegalArgumentException("article id prefix " + articleId + " has " + articleId.length()
                        + (articleId.length() == 1 ? " digit" : " digits") + "; expected the full id or a prefix of at "
                        + "least " + MIN_PREFIX + " hex digits");
            }
            if (json.isEmpty() && HEX_PREFIX.matcher(articleId).matches()) {
                Optional<String> full = expandPrefix(articleId);
                json = full.isPresent() ? factsJson(connection(), full.get()) : Optional.empty();
            }
            return json.map(j -> readFacts(articleId, j));
        });
    }

    @Override
    public ArticleFacts expect(String articleId) {
        return find(articleId).orElseThrow(() -> new NoSuchElementException(
                "no article with id " + articleId + " in " + where + "; `accord search` lists stored articles"));
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return read("search for " + query, () -> search(connection(), query));
    }

    @Override
    public WordMatches latest(String text, int window, boolean ranked) {
        Objects.requireNonNull(text, "text");
        if (window < 1 || window > SEARCH_WINDOW) {
            throw new IllegalArgumentException("a word search's window is " + window + " matches; expected 1 to "
                    + SEARCH_WINDOW);
        }
        return read("find the latest articles with '" + text + "'",
                () -> this.text.latest().of(connection(), text, window, ranked));
    }

    @Override
    public Map<String, String> snippets(String text, Collection<String> articleIds) {
        Objects.requireNonNull(text, "text");
        return read("show where " + articleIds.size() + " articles have '" + text + "'",
                () -> articleIds.isEmpty() ? Map.of() : this.text.snippets().of(connection(), text, articleIds));
    }

    @Override
    public synchronized void forEach(Consumer<ArticleFacts> action) {
        Objects.requireNonNull(action, "action");
        run("read every article", () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT id, facts FROM articles ORDER BY published NULLS FIRST, id")) {
                // Rows arrive a few at a time instead of all at once, so a large store fits in memory.
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        action.accept(readFacts(rows.getString(1), rows.getString(2)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public int articleCount() {
        return read("count articles", () -> {
            try (Statement s = connection().createStatement();
                 ResultSet rows = s.executeQuery("SELECT count(*) FROM articles")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public synchronized void recordProblem(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        run("record the problem with " + problem.input(), () -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO problems (input, reason, "
                    + "recorded_at) VALUES (?, ?, ?) ON CONFLICT (input, reason) DO NOTHING")) {
                s.setString(1, problem.input());
                s.setString(2, problem.reason());
                s.setString(3, Instant.now().toString());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public synchronized List<Problem> problems() {
        return run("list problems", () -> {
            List<Problem> problems = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rows = s.executeQuery("SELECT input, reason FROM problems ORDER BY input, reason")) {
                while (rows.next()) {
                    problems.add(new Problem(rows.getString(1), rows.getString(2)));
                }
            }
            return List.copyOf(problems);
        });
    }

    @Override
    public synchronized boolean removeProblems(String input) {
        Objects.requireNonNull(input, "input");
        return run("remove the problems of " + input, () -> {
            // Items of the input are named input#item3, input:17 or "input (url)"; compared without LIKE,
            // whose wildcards could be in the name.
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM problems WHERE input = ? OR "
                    + "(substr(input, 1, length(?)) = ? AND substr(input, length(?) + 1, 1) IN ('#', ':', ' '))")) {
                for (int i = 1; i <= 4; i++) {
                    s.setString(i, input);
                }
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public synchronized Correction addCorrection(Correction correction) {
        Objects.requireNonNull(correction, "correction");
        ArticleFacts facts = expect(correction.articleId());
        List<Correction> earlier = corrections(facts.article().id());
        // Checked against the curated facts, so that an event a curator added can be corrected in turn.
        Curation.check(Curation.apply(facts, earlier), correction);
        return inTransaction("store a correction of article " + correction.articleId(), () -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO corrections (article_id, action, "
                    + "fact_id, curator, made_at, correction) VALUES (?, ?, ?, ?, ?, '')",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, facts.article().id());
                s.setString(2, correction.action().name());
                s.setString(3, correction.factId());
                s.setString(4, correction.curator());
                s.setString(5, correction.at().toString());
                s.executeUpdate();
                long id;
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                // The JSON holds the number too, so a correction reads back equal to the one returned.
                Correction stored = correction.withId(id);
                try (PreparedStatement u = connection.prepareStatement(
                        "UPDATE corrections SET correction = ? WHERE id = ?")) {
                    u.setString(1, AccordJson.compact(stored));
                    u.setLong(2, id);
                    u.executeUpdate();
                }
                // Search's filters read the actors, quotes and events as the curators left them, as every
                // view does.
                List<Correction> all = new ArrayList<>(earlier);
                all.add(stored);
                FactRows.delete(connection, FactRows.CURATED, facts.article().id());
                ArticleFacts curated = Curation.apply(facts, all);
                FactRows.insert(connection, FactRows.CURATED, curated);
                views.article(Curation.apply(facts, earlier), -1);
                views.article(curated, 1);
                return stored;
            }
        });
    }

    @Override
    public List<Correction> corrections(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return read("list the corrections of article " + articleId, () -> StoredCorrections.read(connection(),
                "SELECT correction FROM corrections WHERE article_id = ? ORDER BY id", articleId));
    }

    @Override
    public List<Correction> corrections() {
        return read("list every correction", () -> StoredCorrections.read(connection(),
                "SELECT correction FROM corrections ORDER BY id", null));
    }

    @Override
    public synchronized void close() {
        run("close the store", () -> {
            try {
                readers.close();
            } finally {
                connection.close();
            }
            return null;
        });
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + where + "]";
    }

    private boolean insertArticle(ArticleFacts facts) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT_ARTICLE)) {
            bindArticle(s, facts, Instant.now().toString());
            return s.executeUpdate() == 1;
        }
    }

    private static void bindArticle(PreparedStatement s, ArticleFacts facts, String storedAt) throws SQLException {
        Article article = facts.article();
        s.setString(1, article.id());
        s.setString(2, article.source());
        s.setString(3, article.title());
        s.setString(4, article.published() == null ? null : article.published().toString());
        s.setString(5, article.language());
        s.setString(6, article.text());
        s.setString(7, AccordJson.compact(facts));
        s.setString(8, storedAt);
    }

    private boolean insertAppearance(String articleId, Appearance a) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT_APPEARANCE)) {
            bindAppearance(s, articleId, a, Instant.now().toString());
            return s.executeUpdate() == 1;
        }
    }

    private static void bindAppearance(PreparedStatement s, String articleId, Appearance a, String seenAt)
            throws SQLException {
        s.setString(1, articleId);
        s.setString(2, a.copyId());
        s.setString(3, a.source());
        s.setString(4, a.url());
        s.setString(5, a.outlet());
        s.setString(6, a.title());
        s.setString(7, a.published() == null ? null : a.published().toString());
        s.setDouble(8, a.similarity());
        s.setString(9, seenAt);
    }

    private static Optional<String> factsJson(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT facts FROM articles WHERE id = ?")) {
            s.setString(1, articleId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The one full id that starts with {@code prefix}; throws naming the candidates when there are several. */
    private Optional<String> expandPrefix(String prefix) throws SQLException {
        List<String> ids = new ArrayList<>();
        // The prefix is hex digits only, so it holds no wildcard of either pattern language.
        try (PreparedStatement s = connection().prepareStatement(
                "SELECT id FROM articles WHERE " + prefixMatch() + " ORDER BY id LIMIT ?")) {
            s.setString(1, prefixPattern(prefix));
            s.setInt(2, PREFIX_CANDIDATES + 1);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        if (ids.size() > 1) {
            String listed = ids.size() > PREFIX_CANDIDATES
                    ? "more than " + PREFIX_CANDIDATES + " articles, among them "
                    + String.join(", ", ids.subList(0, PREFIX_CANDIDATES))
                    : ids.size() + " articles: " + String.join(", ", ids);
            throw new IllegalArgumentException("article id prefix " + prefix + " matches " + listed
                    + "; expected a prefix of exactly one, so give more digits");
        }
        return ids.stream().findFirst();
    }

    private ArticleFacts readFacts(String articleId, String json) {
        try {
            return AccordJson.readFacts(json);
        } catch (IllegalArgumentException e) {
            throw new StoreException("article " + articleId + " in " + where + " holds facts this Accord cannot read: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public ViewStore views() {
        return views;
    }

    @Override
    public ConsolidationStore consolidation() {
        return consolidation;
    }

    @Override
    public synchronized <T> T consolidate(Function<ConsolidationStore, T> work) {
        Objects.requireNonNull(work, "work");
        return inTransaction("consolidate", () -> work.apply(consolidation));
    }

    @Override
    public CorrectionAudit audit(String curator, LocalDate from, LocalDate to, int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("audit page limit " + limit + ", offset " + offset
                    + "; expected a limit of 1 or more and an offset of 0 or more");
        }
        return read("list the corrections for the audit",
                () -> StoredCorrections.audit(connection(), curator, from, to, limit, offset));
    }

    @Override
    public String location() {
        return where;
    }

    @Override
    public Users users() {
        return users;
    }

    @Override
    public synchronized Map<String, WatchState> watchStates() {
        return run("read the watch state", () -> WatchStateTable.read(connection));
    }

    @Override
    public synchronized void putWatchState(WatchState state) {
        Objects.requireNonNull(state, "state");
        run("keep the watch state of " + state.url(), () -> {
            WatchStateTable.put(connection, state);
            return null;
        });
    }

    /** Runs the work in a transaction of its own, or in the caller's where one is open already. */
    <T> T inTransaction(String what, SqlWork<T> work) {
        return run(what, () -> {
            if (!connection.getAutoCommit()) {
                return work.run();
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /**
     * Runs read-only work on a reader of its own, without the store's lock, so that reads go on side by side and
     * beside a write; the work reads through {@link #connection()} or {@link #statements()}. A thread inside a
     * write (holding the lock) reads on the writer, which sees its own transaction, and a read inside a read keeps
     * its reader.
     */
    <T> T read(String what, SqlWork<T> work) {
        if (reading.get() != null || Thread.holdsLock(this)) {
            return run(what, work);
        }
        Statements reader = readers.take(what);
        reading.set(reader);
        try {
            return run(what, work);
        } finally {
            reading.remove();
            readers.give(reader);
        }
    }

    /** The statements of the connection this thread works on: the writer's inside a write, its reader's in a read. */
    Statements statements() {
        Statements reader = reading.get();
        return reader == null || Thread.holdsLock(this) ? writer : reader;
    }

    /** The connection this thread works on, as {@link #statements()}. */
    Connection connection() {
        return statements().connection;
    }

    <T> T run(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
        }
    }

    static void closeAfterFailure(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Work against the connection; its SQLException becomes a {@link StoreException} naming the work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** A record kept as Accord's JSON of {@code type}, read back; {@code what} names it when it cannot be. */
    <T> T readJson(String json, Class<T> type, String what) {
        try {
            return AccordJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException(what + " in " + where + " cannot be read: " + e.getOriginalMessage()
                    + "; expected Accord's JSON of a " + type.getSimpleName(), e);
        }
    }
}
