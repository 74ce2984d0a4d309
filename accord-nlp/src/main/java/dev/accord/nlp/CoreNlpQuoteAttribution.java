package dev.accord.nlp;

import dev.accord.model.CharSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own quotations with its own attribution ({@code quote} with {@code quote.attributeQuotes}), for
 * scoring Accord's speakers beside it. The pipeline reads with the shared pipeline's settings (the same
 * tokens, sentences, tags and entities) and adds what the attribution needs: CoreNLP's statistical
 * coreference (the one that reads dependency parses) and the quote annotator. It loads its own models,
 * coreference's among them: build one per JVM.
 */
public final class CoreNlpQuoteAttribution {

    /**
     * One quotation CoreNLP found.
     *
     * @param span    the quotation, its marks included
     * @param mention the words CoreNLP took as the speaker's mention, or {@code null}
     * @param speaker the canonical speaker's words, or {@code null}
     * @param speakerSpan where the canonical speaker's mention stands, or {@code null}
     */
    public record Attributed(CharSpan span, CharSpan mention, String speaker, CharSpan speakerSpan) {
    }

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteAttribution() {
        RedwoodConfiguration.current().clear().apply();
        Properties props = new Properties();
        props.putAll(CoreNlpAnnotator.SETTINGS);
        props.setProperty("annotators", CoreNlpAnnotator.SETTINGS.get("annotators") + ",coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The quotations of {@code text}, in order, each with CoreNLP's speaker where it found one. */
    public List<Attributed> quotes(String text, LocalDate documentDate) {
        Annotation doc = new Annotation(text);
        if (documentDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Attributed> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
            CharSpan span = new CharSpan(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            CharSpan mention = tokenSpan(tokens, q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
                    q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
            CharSpan canonical = tokenSpan(tokens,
                    q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
                    q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
            out.add(new Attributed(span, mention, q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
                    canonical));
        }
        return out;
    }

    /** The characters of document tokens {@code first} to {@code last}, both included; null when not given. */
    private static CharSpan tokenSpan(List<CoreLabel> tokens, Integer first, Integer last) {
        if (first == null || last == null || first < 0 || last >= tokens.size() || first > last) {
            return null;
        }
        return new CharSpan(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
    }
}
