package dev.accord.model.consolidated;

/**
 * What every kind of mention that consolidation attaches shares: a key across the store and its article.
 */
public interface ConsolidationMention {

    /** The mention's key across the store, {@code articleId#factId} ({@link MentionKeys}). */
    String key();

    /** The article the mention comes from. */
    String articleId();
}
