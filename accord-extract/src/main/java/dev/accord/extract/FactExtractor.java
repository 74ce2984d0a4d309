package dev.accord.extract;

import dev.accord.extract.event.EventExtractor;
import dev.accord.extract.event.EventTypeClassifier;
import dev.accord.geo.Gazetteer;
import dev.accord.model.AccordVersion;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Hashes;
import dev.accord.model.Provenance;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Annotator;
import dev.accord.model.text.ParseSelection;

import java.util.Objects;
import java.util.Optional;

/**
 * The article → facts function: annotates an article once and runs every extractor over it, as the
 * stages of one {@link Pipeline} (entities, times, places, themes, actors, quotes, parses, events) that
 * is checked when this is built. It holds no per-article state, so one instance serves every thread
 * and every Spark partition.
 */
public final class FactExtractor {

    private final Annotator annotator;
    private final Pipeline pipeline;
    private final String configHash;

    public FactExtractor(Annotator annotator) {
        this(annotator, true, Optional.empty());
    }

    /**
     * The extractor whose event coder uses the triggers mined from PETRARCH2's dictionary when
     * {@code minedTriggers}, and asks {@code classifier} of the sentences no trigger makes an event of.
     */
    public FactExtractor(Annotator annotator, boolean minedTriggers, Optional<EventTypeClassifier> classifier) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        EventExtractor events = new EventExtractor(ActorRegistry.standard(), minedTriggers, classifier);
        this.pipeline = Pipeline.builder()
                .then(new EntityExtractor())
                .then(new TimeExtractor())
                .then(new PlaceExtractor(Gazetteer.shared()))
                .then(new ThemeExtractor())
                .then(new ActorExtractor(ActorRegistry.standard()))
                .then(new QuoteExtractor())
                .then(new ParseStage(annotator, events))
                .then(events)
                .build();
        // The gazetteer (fetched when Accord is built), the mined dictionary and the classifier's examples
        // are data, not part of Accord's code or version.
        this.configHash = Hashes.sha256Hex16(annotator.configuration(),
                "gazetteer=" + Gazetteer.shared().fingerprint(), events.fingerprint());
    }

    /** The hash of the effective configuration that every fact's provenance carries. */
    public String configHash() {
        return configHash;
    }

    /** Every fact of {@code article}; each fact's evidence is checked against the article's text. */
    public ArticleFacts analyze(Article article) {
        // Only the events read dependency parses: the sentences they need are chosen once the actors
        // are known, and parsed then.
        return analyze(article, annotator.annotate(article.text(), article.published(), ParseSelection.NONE));
    }

    /**
     * The facts of {@code article} from an annotation already made of its text, so that a scorer can
     * compare Accord with the plain annotator's output of the same run. Sentences the events need
     * that have no parse yet are parsed here.
     */
    public ArticleFacts analyze(Article article, AnnotatedText annotated) {
        if (!annotated.text().equals(article.text())) {
            throw new IllegalArgumentException("annotation of article " + article.id()
                    + " is of a different text; expected the annotation of the article's own text");
        }
        Analysis a = pipeline.run(article, annotated, this::provenance);
        return new ArticleFacts(article, a.get(Slot.ENTITIES), a.get(Slot.TIMES), a.get(Slot.PLACES),
                a.get(Slot.THEMES), a.get(Slot.ACTORS), a.get(Slot.QUOTES), a.get(Slot.EVENTS),
                a.get(Slot.AGREEMENTS)).verify();
    }

    private Provenance provenance(String stage) {
        return new Provenance(stage, AccordVersion.get(), configHash);
    }
}
