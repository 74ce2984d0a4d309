package dev.accord.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@code accord watch} keeps of one URL between polls and across restarts: the validators to ask
 * with whether it changed, when to poll it next, and how many polls in a row failed (for the back-off).
 *
 * @param url          the URL as the watch list gives it
 * @param etag         the {@code ETag} of the last response read, or {@code null}
 * @param lastModified the {@code Last-Modified} of the last response read, as the server wrote it, or
 *                     {@code null}
 * @param nextPoll     the earliest time to poll it again
 * @param failures     failed polls in a row; 0 after a success
 */
public record WatchState(String url, String etag, String lastModified, Instant nextPoll, int failures) {

    public WatchState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(nextPoll, "nextPoll");
        if (failures < 0) {
            throw new IllegalArgumentException("watch state of " + url + " with " + failures
                    + " failures; expected 0 or more");
        }
    }
}
