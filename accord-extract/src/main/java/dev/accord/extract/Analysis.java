package dev.accord.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values a {@link Pipeline} has made so far of one article, by {@link Slot}. While a stage runs it
 * may read only what it declares it needs and write only what it declares it provides, so the
 * declarations the pipeline checks are the ones the code keeps; once the pipeline has run, every value
 * may be read.
 */
public final class Analysis {

    private final Map<Slot<?>, Object> values = new HashMap<>();
    private Extractor running;

    Analysis() {
    }

    /** The value of {@code slot}; fails naming the slot when it has none or the running stage did not ask for it. */
    public <T> T get(Slot<T> slot) {
        if (running != null && !running.needs().contains(slot)) {
            throw new IllegalStateException("stage '" + running.stage() + "' reads " + slot
                    + ", which is not among its needs " + running.needs()
                    + "; expected it to declare every slot it reads");
        }
        if (!values.containsKey(slot)) {
            throw new IllegalStateException("no stage has provided " + slot + "; expected a stage that provides it"
                    + " to have run, present: " + values.keySet());
        }
        @SuppressWarnings("unchecked")
        T value = (T) values.get(slot);
        return value;
    }

    /** Fills {@code slot}; fails when the running stage does not declare it or it is filled already. */
    public <T> void put(Slot<T> slot, T value) {
        Objects.requireNonNull(value, () -> "value of " + slot);
        if (running != null && !running.provides().contains(slot)) {
            throw new IllegalStateException("stage '" + running.stage() + "' writes " + slot
                    + ", which is not among what it provides " + running.provides()
                    + "; expected it to declare every slot it fills");
        }
        if (values.putIfAbsent(slot, value) != null) {
            throw new IllegalStateException(slot + " is provided twice; expected one value for each slot");
        }
    }

    /** Runs {@code stage} with reads and writes held to its declarations; checks it filled what it provides. */
    void run(Extractor stage, Runnable body) {
        running = stage;
        try {
            body.run();
        } finally {
            running = null;
        }
        List<Slot<?>> missing = stage.provides().stream().filter(s -> !values.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("stage '" + stage.stage() + "' did not provide " + missing
                    + "; expected it to fill every slot it declares");
        }
    }
}
