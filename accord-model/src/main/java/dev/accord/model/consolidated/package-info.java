/**
 * The record across articles: consolidated events, agreements and people, each with a stable id and
 * every mention that supports it (GDELT's events and mentions tables are the familiar shape).
 *
 * <p>An article's facts are <em>mentions</em>; {@code accord-consolidate} attaches each mention to one
 * consolidated fact and reports what changed as a {@link dev.accord.model.consolidated.ConsolidationDelta},
 * so a store can persist only the difference. The mention types ({@link
 * dev.accord.model.consolidated.EventMention}, {@link dev.accord.model.consolidated.AgreementMention},
 * {@link dev.accord.model.consolidated.PersonMention}) carry what the engine compares, so a store can keep
 * them and answer the engine's candidate queries without re-reading articles. A mention's key is
 * {@code articleId#factId}, the article's id and the fact's id within it.
 */
package dev.accord.model.consolidated;
