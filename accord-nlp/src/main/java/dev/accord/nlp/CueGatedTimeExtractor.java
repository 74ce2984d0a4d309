package dev.accord.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SUTime, run only over sentences with a {@link DateCues date word}. Other sentences get what SUTime
 * would have given them: their numbers found and merged (the recogniser tags them NUMBER) and no time
 * expression. The recogniser's tags are therefore the same as with SUTime on every sentence.
 *
 * <p>CoreNLP 4.5.10 builds its SUTime inside the recogniser with no setting to replace it, so
 * {@link #install} puts this one in its place; it fails loudly if another CoreNLP version has moved
 * the fields it reaches.
 */
final class CueGatedTimeExtractor extends TimeExpressionExtractorImpl {

    /** The name under which the recogniser builds SUTime, so the same "sutime.*" settings apply. */
    private static final String NAME = "sutime";

    CueGatedTimeExtractor(Properties props) {
        super(NAME, props);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || DateCues.anyCue(tokens.stream().map(CoreLabel::word).toList())) {
            return super.extractTimeExpressionCoreMaps(sentence, document);
        }
        try {
            sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, NumberNormalizer.findAndMergeNumbers(sentence));
        } catch (NumberFormatException e) {
            // SUTime's own reaction to a number it cannot read: no numbers for the sentence.
            sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, new ArrayList<>());
        }
        return new ArrayList<>();
    }

    /**
     * Replaces the SUTime of every recogniser in {@code pipeline} with a cue-gated one built from
     * {@code props}, the pipeline's settings.
     *
     * @return how many recognisers were changed
     */
    static int install(AnnotationPipeline pipeline, Properties props) {
        try {
            int changed = 0;
            for (Object a : read(AnnotationPipeline.class, pipeline, "annotators", List.class)) {
                if (a instanceof NERCombinerAnnotator ner) {
                    NERClassifierCombiner combiner = read(NERCombinerAnnotator.class, ner, "ner", NERClassifierCombiner.class);
                    Object numbers = read(NERClassifierCombiner.class, combiner, "nsc", Object.class);
                    if (numbers instanceof NumberSequenceClassifier nsc
                            && read(NumberSequenceClassifier.class, nsc, "timexExtractor", Object.class) != null) {
                        Field f = NumberSequenceClassifier.class.getDeclaredField("timexExtractor");
                        f.setAccessible(true);
                        f.set(nsc, (TimeExpressionExtractor) new CueGatedTimeExtractor(props));
                        changed++;
                    }
                }
            }
            return changed;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot limit SUTime to sentences with date words: this CoreNLP's"
                    + " recogniser is not laid out as in CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
        }
    }

    private static <T> T read(Class<?> owner, Object target, String field, Class<T> type)
            throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        return type.cast(f.get(target));
    }
}
