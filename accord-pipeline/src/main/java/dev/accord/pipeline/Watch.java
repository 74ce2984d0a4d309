package dev.accord.pipeline;

import dev.accord.ingest.Fetcher;
import dev.accord.ingest.Sources;
import dev.accord.ingest.WatchList;
import dev.accord.model.Problem;
import dev.accord.store.FactStore;
import dev.accord.store.WatchState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keeps a list of feeds and pages current ({@code accord watch}): each URL is polled at its own interval
 * with a conditional request, what changed is read into the store through {@link Ingestion} (which skips
 * what the store already holds), and a URL that fails is polled less and less often, never sooner than
 * its server's {@code Retry-After}.
 *
 * <p>What the watch knows of each URL is kept in the store ({@link FactStore#putWatchState}) and written
 * only after the articles of a poll are stored. A watch stopped at any moment, by {@code kill -9}
 * included, therefore resumes with nothing lost (a poll cut short is made again, without its validators
 * having advanced) and nothing stored twice (the articles it had stored are found in the store).
 *
 * <p>After a failed poll the validators are dropped, so the first successful poll reads the URL in full
 * and its problems are recorded afresh; a {@code 304} could otherwise leave a stale failure in the
 * problems list.
 */
public final class Watch {

    /**
     * How often URLs are polled.
     *
     * @param interval   for URLs whose entry gives none
     * @param maxBackoff the longest wait the back-off grows to (a URL's own interval, if longer, stands)
     */
    public record Settings(Duration interval, Duration maxBackoff) {
        public Settings {
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            if (interval.isNegative() || interval.isZero() || maxBackoff.isNegative()) {
                throw new IllegalArgumentException("watch interval " + interval + " and back-off limit " + maxBackoff
                        + "; expected a positive interval and a limit of zero or more");
            }
        }
    }

    /**
     * What one round did.
     *
     * @param number    the round's number in this run, from 1
     * @param polled    URLs polled
     * @param unchanged of them, those that answered {@code 304 Not Modified}
     * @param failed    of them, those whose fetch failed
     * @param stored    new articles stored
     * @param copies    near-duplicates recorded as sources of stored articles
     * @param problems  what went wrong, failed fetches and unreadable items alike
     * @param next      when the next URL is due
     */
    public record Round(int number, int polled, int unchanged, int failed, int stored, int copies,
                        List<Problem> problems, Instant next) {
        public Round {
            problems = List.copyOf(problems);
        }
    }

    /** How the watch waits for the next due URL; tests advance a clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final List<WatchList.Entry> entries;
    private final FactStore store;
    private final Analyzer analyzer;
    private final Ingestion.Listener listener;
    private final Fetcher fetcher;
    private final Sources sources;
    private final Settings settings;
    private final Clock clock;
    private int rounds;

    /**
     * @param entries  the URLs to keep current
     * @param store    where articles and the watch's state are kept
     * @param analyzer what analyses new articles, as for {@link Ingestion}
     * @param listener what the face shows of each article
     * @param fetcher  fetches within its policy; feeds' teaser pages are fetched by it too
     * @param settings the default interval and the back-off limit
     * @param clock    the time polls are scheduled by
     */
    public Watch(List<WatchList.Entry> entries, FactStore store, Analyzer analyzer, Ingestion.Listener listener,
                 Fetcher fetcher, Settings settings, Clock clock) {
        this.entries = List.copyOf(entries);
        this.store = Objects.requireNonNull(store, "store");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.sources = new Sources(fetcher);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.entries.isEmpty()) {
            throw new IllegalArgumentException("a watch with no URLs; expected at least one feed or page");
        }
    }

    /**
     * Runs {@code count} rounds (without end when it is 0): each waits until a URL is due, polls every due
     * URL and gives what it did to {@code each}.
     */
    public void run(int count, Sleeper sleeper, Consumer<Round> each) throws InterruptedException {
        for (int n = 0; count == 0 || n < count; n++) {
            Instant due = nextDue(store.watchStates());
            // Waited again while not yet due: a sleep measured in milliseconds may end just short of the time.
            for (Duration wait = Duration.between(clock.instant(), due); wait.compareTo(Duration.ZERO) > 0;
                 wait = Duration.between(clock.instant(), due)) {
                sleeper.sleep(wait);
            }
            each.accept(round());
        }
    }

    /** Polls every URL that is due now; the others wait for their time. */
    public Round round() {
        Map<String, WatchState> states = store.watchStates();
        Ingestion batch = new Ingestion(store, analyzer, listener);
        int polled = 0;
        int unchanged = 0;
        int failed = 0;
        for (WatchList.Entry entry : entries) {
            WatchState state = states.get(key(entry));
            if (state != null && state.nextPoll().isAfter(clock.instant())) {
                continue;
            }
            polled++;
            Fetcher.Polled answer = poll(entry, state, batch);
            unchanged += answer instanceof Fetcher.Unchanged ? 1 : 0;
            failed += answer instanceof Fetcher.Failed ? 1 : 0;
        }
        return new Round(++rounds, polled, unchanged, failed, batch.stored(), batch.copies(), batch.problems(),
                nextDue(store.watchStates()));
    }

    private Fetcher.Polled poll(WatchList.Entry entry, WatchState state, Ingestion batch) {
        String url = key(entry);
        Fetcher.Validators known = state == null ? Fetcher.Validators.NONE
                : new Fetcher.Validators(state.etag(), state.lastModified());
        Instant polledAt = clock.instant();
        Fetcher.Polled answer = fetcher.poll(url, entry.url(), known);
        Duration interval = interval(entry);
        WatchState next;
        if (answer instanceof Fetcher.Changed changed) {
            // Problems of its last reading go; those that remain are recorded again as it is read.
            store.removeProblems(url);
            sources.read(url, changed.fetched(), Sources.Options.NONE, batch.sink());
            next = new WatchState(url, changed.validators().etag(), changed.validators().lastModified(),
                    polledAt.plus(interval), 0);
        } else if (answer instanceof Fetcher.Failed f) {
            batch.problem(f.problem());
            int failures = state == null ? 1 : state.failures() + 1;
            Duration wait = backoff(interval, failures);
            if (f.retryAfter() != null && f.retryAfter().compareTo(wait) > 0) {
                wait = f.retryAfter();
            }
            next = new WatchState(url, null, null, polledAt.plus(wait), failures);
        } else {
            next = new WatchState(url, known.etag(), known.lastModified(), polledAt.plus(interval), 0);
        }
        store.putWatchState(next);
        return answer;
    }

    /**
     * The wait after {@code failures} failed polls in a row: the interval, doubled for each failure after
     * the first, up to the larger of the interval and the back-off limit.
     */
    Duration backoff(Duration interval, int failures) {
        Duration cap = interval.compareTo(settings.maxBackoff()) > 0 ? interval : settings.maxBackoff();
        Duration wait = interval;
        for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** The earliest time a URL is due: now for one never polled. */
    private Instant nextDue(Map<String, WatchState> states) {
        Instant now = clock.instant();
        Instant due = null;
        for (WatchList.Entry entry : entries) {
            WatchState state = states.get(key(entry));
            Instant at = state == null || state.nextPoll().isBefore(now) ? now : state.nextPoll();
            due = due == null || at.isBefore(due) ? at : due;
        }
        return due;
    }

    private Duration interval(WatchList.Entry entry) {
        return entry.interval() != null ? entry.interval() : settings.interval();
    }

    private static String key(WatchList.Entry entry) {
        return entry.url().toString();
    }
}
