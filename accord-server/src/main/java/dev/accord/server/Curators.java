package dev.accord.server;

import dev.accord.store.Users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may write, and under what name: a user's own token ({@code accord users add}) signs as that user;
 * the server's shared token ({@code --token}) is for one person working alone, who names themselves in
 * each correction's {@code curator}. Tokens are compared in constant time, users' by their hashes.
 */
final class Curators {

    private static final String BEARER = "Bearer ";

    private final Users users;
    private final byte[] shared;

    /**
     * @param users  the store's users
     * @param shared the shared token, or {@code null}: then the server is read-only and no token writes
     */
    Curators(Users users, String shared) {
        this.users = users;
        this.shared = shared == null || shared.isBlank() ? null : shared.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Who sent a write, from its {@code Authorization} header.
     *
     * @return the user's name, or empty for the shared token (whose curator the request names)
     * @throws ApiException 403 on a read-only server, 401 for a missing, unknown or revoked token
     */
    Optional<String> signer(String authorization) {
        if (shared == null) {
            throw new ApiException(403, "forbidden", "this server is read-only; start it without --read-only to "
                    + "allow ingest and curation");
        }
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw unauthorized("none was given");
        }
        String token = authorization.substring(BEARER.length()).strip();
        Optional<Users.User> user = users.authenticate(token);
        if (user.isPresent()) {
            if (!user.get().live()) {
                throw unauthorized("it is user " + user.get().name() + "'s, revoked at " + user.get().revoked()
                        + "; `accord users add` gives a new user a new token");
            }
            return Optional.of(user.get().name());
        }
        if (MessageDigest.isEqual(shared, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        throw unauthorized("the one given is neither a user's nor the server's");
    }

    private static ApiException unauthorized(String why) {
        return new ApiException(401, "unauthorized", "writing needs a user's token (`accord users add NAME`) or "
                + "the server's token as 'Authorization: Bearer <token>'; " + why);
    }
}
