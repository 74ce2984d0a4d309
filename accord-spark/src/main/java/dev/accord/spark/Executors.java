package dev.accord.spark;

import dev.accord.extract.FactExtractor;
import dev.accord.nlp.CoreNlpAnnotator;

/**
 * The fact extractor of this JVM: built on the first partition an executor analyses, then shared by
 * every task that executor runs. Nothing of it is serialised; only the job's static functions travel.
 */
final class Executors {

    private Executors() {
    }

    private static final class Holder {
        static final FactExtractor EXTRACTOR = new FactExtractor(CoreNlpAnnotator.shared());
    }

    /** The same function {@code accord analyze} and {@code accord ingest} run. */
    static FactExtractor extractor() {
        return Holder.EXTRACTOR;
    }
}
