package dev.accord.pipeline;

import dev.accord.extract.FactExtractor;
import dev.accord.extract.event.EventExtractor;
import dev.accord.nlp.CoreNlpAnnotator;

import java.util.function.Consumer;

/**
 * The one wiring of Accord's extractor to the CoreNLP annotator, built on first need and then shared by
 * every thread of the JVM: commands that fail on their inputs, or only read the store, never pay the
 * 10-30 seconds of loading the language models. A Spark executor builds it on the first partition it
 * analyses; nothing of it is serialised.
 */
public final class Extraction {

    private static FactExtractor standard;

    private Extraction() {
    }

    /** The extractor every face runs; {@code notice} is told once, before the models load. */
    public static synchronized FactExtractor standard(Consumer<String> notice) {
        if (standard == null) {
            notice.accept("loading language models (10-30 s, once per run)...");
            standard = new FactExtractor(CoreNlpAnnotator.shared());
            EventExtractor.lexiconNote().ifPresent(notice);
        }
        return standard;
    }

    /** The extractor every face runs, loaded without a notice. */
    public static FactExtractor standard() {
        return standard(message -> { });
    }
}
