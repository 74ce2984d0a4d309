package dev.accord.pipeline;

import dev.accord.consolidate.SentenceEncoder;
import dev.accord.extract.FactExtractor;
import dev.accord.extract.event.EventExtractor;
import dev.accord.extract.event.EventTypeClassifier;
import dev.accord.extract.event.PloverRecords;
import dev.accord.nlp.CoreNlpAnnotator;

import java.util.List;
import java.util.Optional;
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
            standard = new FactExtractor(CoreNlpAnnotator.shared(), true, standardClassifier(notice));
            EventExtractor.lexiconNote().ifPresent(notice);
        }
        return standard;
    }

    /**
     * The event classifier every face runs: learned, when the extractor is built, from the PLOVER GSR
     * dev file ({@link PloverRecords#defaultTraining}) over the shared sentence encoder; absent, with a
     * note, when that file is not there.
     */
    private static Optional<EventTypeClassifier> standardClassifier(Consumer<String> notice) {
        Optional<List<EventTypeClassifier.Example>> examples = PloverRecords.defaultExamples();
        if (examples.isEmpty()) {
            notice.accept("no event-classifier training file at " + PloverRecords.defaultTraining()
                    + "; events are coded without the learned classifier. Set -Daccord.events.training=FILE "
                    + "(PLOVER gold-standard JSON) to use it.");
            return Optional.empty();
        }
        return Optional.of(classifier(examples.get()));
    }

    /** A classifier learned from {@code examples} over the shared sentence encoder. */
    public static EventTypeClassifier classifier(List<EventTypeClassifier.Example> examples) {
        SentenceEncoder encoder = Consolidation.encoder();
        return EventTypeClassifier.train(examples, encoder::encode, encoder.model());
    }

    /**
     * An extractor over the shared annotator whose event coder uses the mined triggers when
     * {@code minedTriggers} and {@code classifier}: a scorer's, learned on part of its gold, or none.
     */
    public static FactExtractor extractor(boolean minedTriggers, Optional<EventTypeClassifier> classifier) {
        return new FactExtractor(CoreNlpAnnotator.shared(), minedTriggers, classifier);
    }

    /** The extractor every face runs, loaded without a notice. */
    public static FactExtractor standard() {
        return standard(message -> { });
    }
}
