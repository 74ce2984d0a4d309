/**
 * Consolidation across articles: attaches every event, agreement and person mention of an article to one
 * consolidated fact, incrementally and independently of the order articles arrive in.
 *
 * <p>{@link dev.accord.consolidate.Consolidator} is the entry point: {@code add(ArticleFacts)} returns what
 * changed. It keeps its state in three {@link dev.accord.consolidate.MentionIndex}es, which a store can
 * implement over its tables; {@link dev.accord.consolidate.InMemoryMentionIndex} serves evaluation,
 * benchmarks and batch jobs. Candidates come from blocking keys (type family × actor × date window for
 * events), never from all pairs.
 */
package dev.accord.consolidate;
