package dev.accord.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The split of a gold set into a half that rules may be tuned on (and its misses read) and a half kept
 * untuned, so that a change is also judged on items it was not fitted to. The split is a shuffle with a
 * fixed seed, written in each scorer, of the items in a fixed order.
 */
final class TunedHalf {

    private TunedHalf() {
    }

    /** For each of {@code n} items in their fixed order, whether it falls in the tuned half. */
    static boolean[] of(int n, long seed) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        boolean[] tuned = new boolean[n];
        order.subList(0, n / 2).forEach(i -> tuned[i] = true);
        return tuned;
    }
}
