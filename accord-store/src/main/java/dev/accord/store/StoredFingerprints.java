package dev.accord.store;

import dev.accord.model.Fingerprint;
import dev.accord.store.FactStore.Duplicate;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;

/**
 * Near-duplicate fingerprints in the tables both stores keep them in: the exact hash and MinHash
 * signature of each stored article, and its signature's band keys for locality-sensitive lookup.
 */
final class StoredFingerprints {

    private StoredFingerprints() {
    }

    /** Stores an article's fingerprint and its band keys. */
    static void insert(Connection connection, String articleId, Fingerprint f) throws SQLException {
        int[] signature = f.minHash();
        ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
        for (int v : signature) {
            bytes.putInt(v);
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO fingerprints (article_id, exact_hash, minhash) VALUES (?, ?, ?)")) {
            s.setString(1, articleId);
            s.setString(2, f.exactHash());
            s.setBytes(3, bytes.array());
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO fingerprint_bands (band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (long key : f.bandKeys()) {
                s.setLong(1, key);
                s.setString(2, articleId);
                s.addBatch();
            }
            // One round trip for all rows: what makes storing fast on a server such as PostgreSQL.
            s.executeBatch();
        }
    }

    /**
     * The stored article most like {@code fingerprint} at {@code threshold} or above: an exact copy first,
     * else the most similar candidate that shares a band.
     */
    static Optional<Duplicate> findDuplicate(Connection connection, Fingerprint fingerprint, double threshold)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT article_id FROM fingerprints WHERE exact_hash = ? ORDER BY article_id LIMIT 1")) {
            s.setString(1, fingerprint.exactHash());
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    return Optional.of(new Duplicate(rows.getString(1), 1.0));
                }
            }
        }
        long[] keys = fingerprint.bandKeys();
        String marks = String.join(", ", Collections.nCopies(keys.length, "?"));
        Duplicate best = null;
        try (PreparedStatement s = connection.prepareStatement("SELECT f.article_id, f.exact_hash, f.minhash "
                + "FROM fingerprints f WHERE f.article_id IN (SELECT article_id FROM fingerprint_bands "
                + "WHERE band_key IN (" + marks + ")) ORDER BY f.article_id")) {
            for (int i = 0; i < keys.length; i++) {
                s.setLong(i + 1, keys[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    Fingerprint stored = new Fingerprint(rows.getString(2), signature(rows.getBytes(3)));
                    double similarity = stored.similarity(fingerprint);
                    if (similarity >= threshold && (best == null || similarity > best.similarity())) {
                        best = new Duplicate(rows.getString(1), similarity);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int[] signature(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] signature = new int[bytes.length / Integer.BYTES];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = buffer.getInt();
        }
        return signature;
    }
}
