package dev.accord.store;

import java.sql.SQLException;
import java.sql.Statement;

/** Turns a new store back into one written before a schema version, to test its migration. */
final class OldStores {

    private OldStores() {
    }

    /** Undoes V12: PostgreSQL's articles without their index in the order of a word search's latest matches. */
    static void undoSearchLatest(Statement s) throws SQLException {
        s.executeUpdate("DROP INDEX IF EXISTS articles_stored");
    }

    /** Undoes V11: a store whose views had no months of events, no dates of article keys and no speaker names. */
    static void undoViewOrder(Statement s) throws SQLException {
        s.executeUpdate("DROP TABLE view_quote_names");
        s.executeUpdate("DROP TABLE view_quote_name_counts");
        s.executeUpdate("DROP INDEX view_events_month");
        s.executeUpdate("ALTER TABLE view_events DROP COLUMN month");
        s.executeUpdate("DROP INDEX view_article_keys_newest");
        s.executeUpdate("ALTER TABLE view_article_keys DROP COLUMN sort_published");
        s.executeUpdate("DROP INDEX view_articles_published");
        s.executeUpdate("CREATE INDEX view_articles_published ON view_articles (sort_published, id)");
        s.executeUpdate("DROP INDEX view_agreement_parties_listed");
        for (String column : new String[] {"name", "article_id", "agreement_id"}) {
            s.executeUpdate("ALTER TABLE view_agreement_parties DROP COLUMN " + column);
        }
    }

    /** Undoes V10 and V11: a store from before the views' tables. */
    static void dropViews(Statement s) throws SQLException {
        for (String table : new String[] {"view_reports", "view_events", "view_event_codes", "view_counts",
            "view_partners", "view_places", "view_actors", "view_actor_terms", "view_articles", "view_article_keys",
            "view_facets", "view_quotes", "view_quote_names", "view_quote_name_counts", "view_agreement_reports",
            "view_agreements", "view_agreement_parties"}) {
            s.executeUpdate("DROP TABLE " + table);
        }
    }

    /** Undoes V9: a store from before curators had tokens of their own. */
    static void dropUsers(Statement s) throws SQLException {
        s.executeUpdate("DROP TABLE users");
        s.executeUpdate("DROP INDEX corrections_curator");
        s.executeUpdate("DROP INDEX corrections_made_at");
    }

    /** Undoes V8: a store from before the record across articles. */
    static void dropConsolidation(Statement s) throws SQLException {
        for (String table : new String[] {"consolidation_mentions", "consolidation_blocks", "consolidated_events",
            "event_reports", "consolidated_agreements", "consolidated_people", "consolidation_constraints"}) {
            s.executeUpdate("DROP TABLE " + table);
        }
    }

    /** Undoes V6: the column names from before the tables followed the model's FactTable. */
    static void renameColumnsBack(Statement s) throws SQLException {
        s.executeUpdate("ALTER TABLE entities RENAME COLUMN mentions TO mention_count");
        s.executeUpdate("ALTER TABLE actors RENAME COLUMN mentions TO mention_count");
        s.executeUpdate("ALTER TABLE quotes RENAME COLUMN speaker TO speaker_id");
    }
}
