package dev.accord.store;

import dev.accord.model.AccordJson;
import dev.accord.model.consolidated.ConsolidatedAgreement;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidatedPerson;
import dev.accord.model.consolidated.ConsolidationChanges;
import dev.accord.model.consolidated.ConsolidationConstraint;
import dev.accord.model.consolidated.ConsolidationConstraint.FactKind;
import dev.accord.model.consolidated.ConsolidationDelta;
import dev.accord.model.consolidated.EventMentionRef;
import dev.accord.model.consolidated.MentionKeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * {@link ConsolidationStore} over the tables of migration V8, in SQL both databases accept. Every method
 * holds the store's lock and works on its writer connection, as {@link JdbcFactStore}'s writes do: the engine
 * reads what it is about to change in the same transaction.
 */
final class StoredConsolidation implements ConsolidationStore {

    private static final String[] CLEARED = {"consolidation_mentions", "consolidation_blocks", "consolidated_events",
        "event_reports", "consolidated_agreements", "consolidated_people"};

    private final JdbcFactStore store;
    private final Connection connection;
    private final StoredViews views;

    StoredConsolidation(JdbcFactStore store, Connection connection, StoredViews views) {
        this.store = store;
        this.connection = connection;
        this.views = views;
    }

    @Override
    public List<String> mentionsUnder(FactKind kind, Collection<String> blockKeys) {
        synchronized (store) {
            return store.run("find the " + kind + " mentions under " + blockKeys.size() + " blocking keys", () -> {
                TreeSet<String> found = new TreeSet<>();
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT mention_key FROM consolidation_blocks WHERE kind = ? AND block_key = ?")) {
                    s.setString(1, kind.name());
                    for (String key : new TreeSet<>(blockKeys)) {
                        s.setString(2, key);
                        try (ResultSet rows = s.executeQuery()) {
                            while (rows.next()) {
                                found.add(rows.getString(1));
                            }
                        }
                    }
                }
                return List.copyOf(found);
            });
        }
    }

    @Override
    public <M> Map<String, M> mentions(FactKind kind, Collection<String> keys, Class<M> type) {
        synchronized (store) {
            return store.run("read " + keys.size() + " " + kind + " mentions", () -> {
                Map<String, M> found = new TreeMap<>();
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT mention FROM consolidation_mentions WHERE kind = ? AND mention_key = ?")) {
                    s.setString(1, kind.name());
                    for (String key : new TreeSet<>(keys)) {
                        s.setString(2, key);
                        try (ResultSet rows = s.executeQuery()) {
                            if (rows.next()) {
                                found.put(key, store.readJson(rows.getString(1), type, "mention " + key));
                            }
                        }
                    }
                }
                return found;
            });
        }
    }

    @Override
    public List<String> mentionsOf(FactKind kind, String articleId) {
        synchronized (store) {
            return store.run("list the " + kind + " mentions of article " + articleId, () -> strings(
                    "SELECT mention_key FROM consolidation_mentions WHERE kind = ? AND article_id = ? "
                            + "ORDER BY mention_key", kind.name(), articleId));
        }
    }

    @Override
    public void removeMention(FactKind kind, String key) {
        synchronized (store) {
            store.run("forget " + kind + " mention " + key, () -> {
                for (String table : new String[] {"consolidation_mentions", "consolidation_blocks"}) {
                    try (PreparedStatement s = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE kind = ? AND mention_key = ?")) {
                        s.setString(1, kind.name());
                        s.setString(2, key);
                        s.executeUpdate();
                    }
                }
                return null;
            });
        }
    }

    @Override
    public void putMention(FactKind kind, String key, Object mention, Collection<String> blockKeys) {
        synchronized (store) {
            store.run("keep " + kind + " mention " + key, () -> {
                try (PreparedStatement s = connection.prepareStatement("INSERT INTO consolidation_mentions (kind, "
                        + "mention_key, article_id, mention) VALUES (?, ?, ?, ?) ON CONFLICT (kind, mention_key) "
                        + "DO UPDATE SET mention = excluded.mention")) {
                    s.setString(1, kind.name());
                    s.setString(2, key);
                    s.setString(3, MentionKeys.articleId(key));
                    s.setString(4, AccordJson.compact(mention));
                    s.executeUpdate();
                }
                try (PreparedStatement s = connection.prepareStatement(
                        "DELETE FROM consolidation_blocks WHERE kind = ? AND mention_key = ?")) {
                    s.setString(1, kind.name());
                    s.setString(2, key);
                    s.executeUpdate();
                }
                try (PreparedStatement s = connection.prepareStatement("INSERT INTO consolidation_blocks (kind, "
                        + "block_key, mention_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                    s.setString(1, kind.name());
                    s.setString(3, key);
                    for (String block : new TreeSet<>(blockKeys)) {
                        s.setString(2, block);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            });
        }
    }

    @Override
    public Map<String, String> assignments(FactKind kind, Collection<String> keys) {
        synchronized (store) {
            return store.run("read the assignments of " + keys.size() + " " + kind + " mentions", () -> {
                Map<String, String> found = new TreeMap<>();
                try (PreparedStatement s = connection.prepareStatement("SELECT consolidated_id FROM "
                        + "consolidation_mentions WHERE kind = ? AND mention_key = ? AND consolidated_id IS NOT NULL")) {
                    s.setString(1, kind.name());
                    for (String key : new TreeSet<>(keys)) {
                        s.setString(2, key);
                        try (ResultSet rows = s.executeQuery()) {
                            if (rows.next()) {
                                found.put(key, rows.getString(1));
                            }
                        }
                    }
                }
                return found;
            });
        }
    }

    @Override
    public List<String> assignedTo(FactKind kind, String consolidatedId) {
        synchronized (store) {
            return store.run("list the mentions of " + consolidatedId, () -> strings("SELECT mention_key FROM "
                    + "consolidation_mentions WHERE kind = ? AND consolidated_id = ? ORDER BY mention_key", kind.name(),
                    consolidatedId));
        }
    }

    @Override
    public List<String> assignedIds(FactKind kind) {
        synchronized (store) {
            return store.run("list the consolidated " + kind + " ids", () -> strings("SELECT DISTINCT consolidated_id "
                    + "FROM consolidation_mentions WHERE kind = ? AND consolidated_id IS NOT NULL "
                    + "ORDER BY consolidated_id", kind.name()));
        }
    }

    @Override
    public void assign(FactKind kind, Map<String, String> assignments) {
        synchronized (store) {
            store.run("assign " + assignments.size() + " " + kind + " mentions", () -> {
                try (PreparedStatement s = connection.prepareStatement("UPDATE consolidation_mentions "
                        + "SET consolidated_id = ? WHERE kind = ? AND mention_key = ?")) {
                    for (Map.Entry<String, String> a : new TreeMap<>(assignments).entrySet()) {
                        s.setString(1, a.getValue());
                        s.setString(2, kind.name());
                        s.setString(3, a.getKey());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            });
        }
    }

    @Override
    public void apply(ConsolidationChanges changes) {
        synchronized (store) {
            store.run("keep what consolidation changed", () -> {
                applyEvents(changes.events());
                applyNamed("consolidated_agreements", changes.agreements(), ConsolidatedAgreement::id,
                        ConsolidatedAgreement::name, ConsolidatedAgreement::reports);
                applyNamed("consolidated_people", changes.people(), ConsolidatedPerson::id, ConsolidatedPerson::name,
                        ConsolidatedPerson::reports);
                views.consolidated(changes);
                return null;
            });
        }
    }

    private void applyEvents(ConsolidationDelta<ConsolidatedEvent> delta) throws SQLException {
        List<String> gone = new ArrayList<>(delta.replaced().keySet());
        gone.addAll(delta.removed());
        delta.changed().forEach(e -> gone.add(e.id()));
        delta.created().forEach(e -> gone.add(e.id()));
        deleteById("consolidated_events", "id", gone);
        deleteById("event_reports", "consolidated_id", gone);
        List<ConsolidatedEvent> kept = new ArrayList<>(delta.created());
        kept.addAll(delta.changed());
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO consolidated_events (id, type, modality, "
                + "date, reports, first_report, last_report, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement r = connection.prepareStatement("INSERT INTO event_reports (article_id, event_id, "
                     + "consolidated_id, span_begin, span_end, confidence) VALUES (?, ?, ?, ?, ?, ?) "
                     + "ON CONFLICT (article_id, event_id) DO UPDATE SET consolidated_id = excluded.consolidated_id, "
                     + "span_begin = excluded.span_begin, span_end = excluded.span_end, "
                     + "confidence = excluded.confidence")) {
            for (ConsolidatedEvent e : kept) {
                s.setString(1, e.id());
                s.setString(2, e.type().name());
                s.setString(3, e.modality().name());
                s.setString(4, e.date() == null ? null : e.date().value());
                s.setInt(5, e.reports());
                s.setString(6, e.firstReport() == null ? null : e.firstReport().toString());
                s.setString(7, e.lastReport() == null ? null : e.lastReport().toString());
                s.setString(8, AccordJson.compact(e));
                s.addBatch();
                for (EventMentionRef m : e.mentions()) {
                    r.setString(1, m.articleId());
                    r.setString(2, m.eventId());
                    r.setString(3, e.id());
                    r.setInt(4, m.trigger().span().begin());
                    r.setInt(5, m.trigger().span().end());
                    r.setDouble(6, m.confidence());
                    r.addBatch();
                }
            }
            s.executeBatch();
            r.executeBatch();
        }
    }

    private <T> void applyNamed(String table, ConsolidationDelta<T> delta, Function<T, String> id,
                                Function<T, String> name,
                                ToIntFunction<T> reports) throws SQLException {
        List<String> gone = new ArrayList<>(delta.replaced().keySet());
        gone.addAll(delta.removed());
        delta.changed().forEach(x -> gone.add(id.apply(x)));
        delta.created().forEach(x -> gone.add(id.apply(x)));
        deleteById(table, "id", gone);
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO " + table + " (id, name, reports, record) VALUES (?, ?, ?, ?)")) {
            List<T> kept = new ArrayList<>(delta.created());
            kept.addAll(delta.changed());
            for (T x : kept) {
                s.setString(1, id.apply(x));
                s.setString(2, name.apply(x));
                s.setInt(3, reports.applyAsInt(x));
                s.setString(4, AccordJson.compact(x));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void deleteById(String table, String column, List<String> ids) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
            for (String id : ids) {
                s.setString(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public Optional<ConsolidatedEvent> findEvent(String id) {
        synchronized (store) {
            return store.run("find consolidated event " + id, () -> first(
                    "SELECT record FROM consolidated_events WHERE id = ?", ConsolidatedEvent.class, id));
        }
    }

    @Override
    public Optional<ConsolidatedEvent> findEventOf(String articleId, String eventId) {
        synchronized (store) {
            return store.run("find the consolidated event of " + articleId + "#" + eventId, () -> first(
                    "SELECT e.record FROM event_reports r JOIN consolidated_events e ON e.id = r.consolidated_id "
                            + "WHERE r.article_id = ? AND r.event_id = ?", ConsolidatedEvent.class, articleId, eventId));
        }
    }

    @Override
    public void forEachEvent(Consumer<ConsolidatedEvent> action) {
        synchronized (store) {
            store.run("read every consolidated event", () -> {
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT id, record FROM consolidated_events ORDER BY id")) {
                    s.setFetchSize(200);
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            action.accept(store.readJson(rows.getString(2), ConsolidatedEvent.class,
                                    "consolidated event " + rows.getString(1)));
                        }
                    }
                }
                return null;
            });
        }
    }

    @Override
    public List<ConsolidatedAgreement> agreements() {
        synchronized (store) {
            return store.run("read every consolidated agreement", () -> all(
                    "SELECT record FROM consolidated_agreements ORDER BY id", ConsolidatedAgreement.class));
        }
    }

    @Override
    public List<ConsolidatedPerson> people() {
        synchronized (store) {
            return store.run("read every consolidated person", () -> all(
                    "SELECT record FROM consolidated_people ORDER BY id", ConsolidatedPerson.class));
        }
    }

    @Override
    public int eventCount() {
        synchronized (store) {
            return store.run("count consolidated events", () -> {
                try (Statement s = connection.createStatement();
                     ResultSet rows = s.executeQuery("SELECT count(*) FROM consolidated_events")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
        }
    }

    @Override
    public void addConstraint(ConsolidationConstraint c) {
        synchronized (store) {
            store.run("keep a constraint on " + c.first() + " and " + c.second(), () -> {
                try (PreparedStatement d = connection.prepareStatement("DELETE FROM consolidation_constraints "
                        + "WHERE kind = ? AND first_key = ? AND second_key = ?")) {
                    d.setString(1, c.kind().name());
                    d.setString(2, c.first());
                    d.setString(3, c.second());
                    d.executeUpdate();
                }
                try (PreparedStatement s = connection.prepareStatement("INSERT INTO consolidation_constraints (kind, "
                        + "relation, first_key, second_key, analyst, made_at, record) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, c.kind().name());
                    s.setString(2, c.relation().name());
                    s.setString(3, c.first());
                    s.setString(4, c.second());
                    s.setString(5, c.analyst());
                    s.setString(6, c.at().toString());
                    s.setString(7, AccordJson.compact(c));
                    s.executeUpdate();
                }
                return null;
            });
        }
    }

    @Override
    public List<ConsolidationConstraint> constraintsOn(FactKind kind, String mentionKey) {
        synchronized (store) {
            return store.run("read the constraints on " + mentionKey, () -> {
                List<ConsolidationConstraint> found = new ArrayList<>();
                for (String json : strings("SELECT record FROM consolidation_constraints WHERE kind = ? AND "
                        + "(first_key = ? OR second_key = ?) ORDER BY id", kind.name(), mentionKey, mentionKey)) {
                    found.add(store.readJson(json, ConsolidationConstraint.class, "a constraint on " + mentionKey));
                }
                return List.copyOf(found);
            });
        }
    }

    @Override
    public List<ConsolidationConstraint> constraints() {
        synchronized (store) {
            return store.run("read the consolidation constraints", () -> all(
                    "SELECT record FROM consolidation_constraints ORDER BY id", ConsolidationConstraint.class));
        }
    }

    @Override
    public void clear() {
        synchronized (store) {
            store.run("clear the consolidation", () -> {
                try (Statement s = connection.createStatement()) {
                    for (String table : CLEARED) {
                        s.executeUpdate("DELETE FROM " + table);
                    }
                }
                views.rebuild(false);
                return null;
            });
        }
    }

    private <T> Optional<T> first(String sql, Class<T> type, String... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(store.readJson(rows.getString(1), type, String.join("#", parameters)))
                        : Optional.empty();
            }
        }
    }

    private List<String> strings(String sql, String... parameters) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return List.copyOf(found);
    }

    private <T> List<T> all(String sql, Class<T> type) throws SQLException {
        List<T> found = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                found.add(store.readJson(rows.getString(1), type, type.getSimpleName()));
            }
        }
        return List.copyOf(found);
    }
}
