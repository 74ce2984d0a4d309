package dev.accord.model.consolidated;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one step of consolidation changed for one kind of fact, so a store can persist only the difference.
 *
 * @param created  consolidated facts with ids that did not exist before, sorted by id
 * @param changed  consolidated facts whose id existed before and whose content changed (a mention joined or
 *                 left, a best date moved, a signing event was renamed), sorted by id
 * @param replaced ids that no longer exist, each with the id that now holds its first mention: a merge of two
 *                 facts into one, a rename when a mention that sorts first joined, or a split by an analyst's
 *                 cannot-link; sorted by old id
 * @param removed  ids that no longer exist and whose mentions are all gone (their articles were removed),
 *                 sorted
 * @param <T> {@link ConsolidatedEvent}, {@link ConsolidatedAgreement} or {@link ConsolidatedPerson}
 */
public record ConsolidationDelta<T>(List<T> created, List<T> changed, Map<String, String> replaced,
                                    List<String> removed) {

    public ConsolidationDelta {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        replaced = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(replaced, "replaced")));
        removed = removed.stream().sorted().toList();
    }

    /** A delta that changes nothing. */
    public static <T> ConsolidationDelta<T> none() {
        return new ConsolidationDelta<>(List.of(), List.of(), Map.of(), List.of());
    }

    /** Whether this delta changes nothing. */
    public boolean isEmpty() {
        return created.isEmpty() && changed.isEmpty() && replaced.isEmpty() && removed.isEmpty();
    }
}
