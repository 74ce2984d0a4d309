package dev.accord.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The curators of a store ({@code V9__users.sql}), each with a token of their own. A token is 256 random
 * bits, shown once when its user is added and kept only as its SHA-256; {@link #authenticate} compares
 * hashes in constant time. Revoking a user stops their token and keeps their name, which their
 * corrections still carry, so a name is never given to a second user.
 */
public final class Users {

    /** What a user's name may be: it signs corrections, so it is kept plain. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcFactStore store;

    Users(JdbcFactStore store) {
        this.store = store;
    }

    /**
     * A curator of the store.
     *
     * @param name     the name their corrections are signed with
     * @param created  when they were added
     * @param revoked  when their token stopped working, or {@code null} while it works
     * @param lastUsed the last write their token signed, or {@code null} if none
     */
    public record User(String name, Instant created, Instant revoked, Instant lastUsed) {

        /** Whether the user's token still works. */
        public boolean live() {
            return revoked == null;
        }
    }

    /** A user just added, with the token that is shown this once and never again. */
    public record Added(User user, String token) {
    }

    /**
     * Adds a user with a new random token.
     *
     * @throws IllegalArgumentException when the name is not a plain name or is taken, revoked users included
     */
    public Added add(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name '" + name + "' is not allowed; expected 1 to 64 letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit");
        }
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        User user = new User(name, Instant.now(), null, null);
        synchronized (store) {
            store.run("add user " + name, () -> {
                if (find(name).isPresent()) {
                    throw new IllegalArgumentException("user " + name + " already exists in " + store.where
                            + "; expected a new name (a revoked user's name stays theirs, since their "
                            + "corrections carry it)");
                }
                try (PreparedStatement s = store.connection.prepareStatement(
                        "INSERT INTO users (name, token_hash, created_at) VALUES (?, ?, ?)")) {
                    s.setString(1, name);
                    s.setString(2, HexFormat.of().formatHex(hash(token)));
                    s.setString(3, user.created().toString());
                    s.executeUpdate();
                }
                return null;
            });
        }
        return new Added(user, token);
    }

    /**
     * Stops a user's token from working; their corrections stay theirs.
     *
     * @return the user as now revoked
     * @throws NoSuchElementException   when there is no such user
     * @throws IllegalArgumentException when the user was revoked already
     */
    public User revoke(String name) {
        synchronized (store) {
            return store.run("revoke user " + name, () -> {
                User user = find(name).orElseThrow(() -> new NoSuchElementException("no user " + name + " in "
                        + store.where + "; `accord users list` names them"));
                if (!user.live()) {
                    throw new IllegalArgumentException("user " + name + " was revoked already, at " + user.revoked()
                            + "; expected a user whose token works");
                }
                User revoked = new User(name, user.created(), Instant.now(), user.lastUsed());
                try (PreparedStatement s = store.connection.prepareStatement(
                        "UPDATE users SET revoked_at = ? WHERE name = ?")) {
                    s.setString(1, revoked.revoked().toString());
                    s.setString(2, name);
                    s.executeUpdate();
                }
                return revoked;
            });
        }
    }

    /** Every user, revoked ones included, by name. */
    public List<User> list() {
        synchronized (store) {
            return store.run("list the users", () -> {
                List<User> users = new ArrayList<>();
                try (PreparedStatement s = store.connection.prepareStatement(
                        "SELECT name, created_at, revoked_at, last_used FROM users ORDER BY name");
                     ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        users.add(user(rows));
                    }
                }
                return List.copyOf(users);
            });
        }
    }

    /**
     * The user whose token this is, revoked or not (the caller decides what a revoked token may do), with
     * this use recorded as their last when their token works. Every user's hash is compared, each in
     * constant time, so the time taken does not tell how close a guess came.
     */
    public Optional<User> authenticate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        byte[] given = hash(token);
        synchronized (store) {
            return store.run("check a user's token", () -> {
                User found = null;
                try (PreparedStatement s = store.connection.prepareStatement(
                        "SELECT name, created_at, revoked_at, last_used, token_hash FROM users");
                     ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        User user = user(rows);
                        if (MessageDigest.isEqual(given, HexFormat.of().parseHex(rows.getString(5)))) {
                            found = user;
                        }
                    }
                }
                if (found == null || !found.live()) {
                    return Optional.ofNullable(found);
                }
                User used = new User(found.name(), found.created(), null, Instant.now());
                try (PreparedStatement s = store.connection.prepareStatement(
                        "UPDATE users SET last_used = ? WHERE name = ?")) {
                    s.setString(1, used.lastUsed().toString());
                    s.setString(2, used.name());
                    s.executeUpdate();
                }
                return Optional.of(used);
            });
        }
    }

    private Optional<User> find(String name) throws SQLException {
        try (PreparedStatement s = store.connection.prepareStatement(
                "SELECT name, created_at, revoked_at, last_used FROM users WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(user(rows)) : Optional.empty();
            }
        }
    }

    private static User user(ResultSet rows) throws SQLException {
        return new User(rows.getString(1), Instant.parse(rows.getString(2)), instant(rows.getString(3)),
                instant(rows.getString(4)));
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256, which every Java must have", e);
        }
    }
}
