package dev.accord.extract;

import dev.accord.model.Provenance;

import java.util.List;

/**
 * One named stage of the article → facts pipeline: it reads the values it needs (the annotation, the
 * entities, the actors ...) and provides values of its own, and says which in {@link #needs()} and
 * {@link #provides()}, so that a {@link Pipeline} can check when it is built that every need is met by
 * an earlier stage and name what is missing. Stages never change what they read and keep no state
 * between articles, so one instance serves every thread.
 */
public interface Extractor {

    /** The stage's stable name; it appears in every fact's provenance and in the pipeline's messages. */
    String stage();

    /** The slots this stage reads, each provided by the pipeline's start or by an earlier stage. */
    List<Slot<?>> needs();

    /** The slots this stage fills, each exactly once per article. */
    List<Slot<?>> provides();

    /**
     * Reads this stage's needs from {@code analysis} and puts what it provides there.
     *
     * @param provenance what to stamp on each fact
     */
    void extract(Analysis analysis, Provenance provenance);
}
