package dev.accord.consolidate;

import dev.accord.model.consolidated.ConsolidationMention;

import java.util.Set;

/**
 * The pairwise decision for one kind of mention: under which blocking keys a mention is filed, and whether
 * two mentions report the same fact. Both answers depend only on the mentions given, never on what else is
 * held, which is what makes consolidation independent of arrival order.
 *
 * @param <M> the kind of mention
 */
interface Linker<M extends ConsolidationMention> {

    /** The keys a mention is filed and looked up under; two mentions that can link share one. */
    Set<String> blockingKeys(M mention);

    /** How alike two mentions are, above 0 when they link (at most 1), 0 when they do not. */
    double link(M a, M b);

    /** Whether two mentions can never be one fact (different days, different places, different roles). */
    boolean conflict(M a, M b);
}
