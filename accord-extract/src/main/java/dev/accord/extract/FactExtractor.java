package dev.accord.extract;

import dev.accord.geo.Gazetteer;
import dev.accord.model.AccordVersion;
import dev.accord.model.Actor;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Entity;
import dev.accord.model.Hashes;
import dev.accord.model.Place;
import dev.accord.model.Provenance;
import dev.accord.model.Quote;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;
import dev.accord.extract.event.EventExtractor;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Annotator;
import dev.accord.model.text.ParseSelection;

import java.util.List;
import java.util.Objects;

/**
 * The article → facts function: annotates an article once and runs every extractor over it. It
 * holds no per-article state, so one instance serves every thread and every Spark partition.
 */
public final class FactExtractor {

    private final Annotator annotator;
    private final EntityExtractor entities = new EntityExtractor();
    private final TimeExtractor times = new TimeExtractor();
    private final ActorExtractor actors = new ActorExtractor(ActorRegistry.standard());
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final EventExtractor events = new EventExtractor(ActorRegistry.standard());
    private final PlaceExtractor places = new PlaceExtractor(Gazetteer.shared());
    private final ThemeExtractor themes = new ThemeExtractor();
    private final String configHash;

    public FactExtractor(Annotator annotator) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        // The gazetteer is data fetched when Accord is built, not part of its code or version.
        this.configHash = Hashes.sha256Hex16(annotator.configuration(),
                "gazetteer=" + Gazetteer.shared().fingerprint());
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
        List<Entity> e = entities.extract(article, annotated, provenance(entities.stage()));
        List<TimeExpression> t = times.extract(article, annotated, provenance(times.stage()));
        List<Place> p = places.extract(article, annotated, e, provenance(places.stage()));
        List<Theme> th = themes.extract(article, annotated, provenance(themes.stage()));
        List<Actor> a = actors.extract(article, annotated, e, provenance(actors.stage()));
        List<Quote> q = quotes.extract(article, annotated, a, provenance(quotes.stage()));
        AnnotatedText parsed = annotator.parse(annotated, events.parseSelection(a));
        EventExtractor.Result ev = events.extract(article, parsed, e, t, th, a, q, provenance(events.stage()));
        return new ArticleFacts(article, e, t, p, th, a, q, ev.events(), ev.agreements()).verify();
    }

    private Provenance provenance(String stage) {
        return new Provenance(stage, AccordVersion.get(), configHash);
    }
}
