package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP's part-of-speech annotator with its tagging done by {@link FastTagger}, over the model the
 * annotator it replaces loaded: the same tags on the same tokens, and the same requirements.
 *
 * <p>CoreNLP 4.5.10 has no setting to give its pipeline another tagger that shares the loaded model,
 * so {@link #install} swaps the annotator in the pipeline it built; it fails loudly if another CoreNLP
 * version has moved the fields it reaches.
 */
final class FastTaggerAnnotator implements Annotator {

    private final POSTaggerAnnotator replaced;
    private final FastTagger tagger;
    private final int maxSentenceLength;

    private FastTaggerAnnotator(POSTaggerAnnotator replaced, FastTagger tagger, int maxSentenceLength) {
        this.replaced = replaced;
        this.tagger = tagger;
        this.maxSentenceLength = maxSentenceLength;
    }

    /**
     * Replaces every part-of-speech annotator in {@code pipeline} by one that tags with
     * {@link FastTagger} over the same model.
     *
     * @return how many annotators were replaced
     */
    static int install(AnnotationPipeline pipeline) {
        try {
            @SuppressWarnings("unchecked")
            List<Annotator> annotators = (List<Annotator>) read(AnnotationPipeline.class, pipeline, "annotators");
            int changed = 0;
            for (int i = 0; i < annotators.size(); i++) {
                if (annotators.get(i) instanceof POSTaggerAnnotator pos) {
                    if ((boolean) read(POSTaggerAnnotator.class, pos, "reuseTags")) {
                        throw new IllegalArgumentException("pos.reuseTags=true keeps tags given with the tokens;"
                                + " Accord's tagger expects false, CoreNLP's default");
                    }
                    MaxentTagger model = (MaxentTagger) read(POSTaggerAnnotator.class, pos, "pos");
                    int maxLength = (int) read(POSTaggerAnnotator.class, pos, "maxSentenceLength");
                    annotators.set(i, new FastTaggerAnnotator(pos, FastTagger.of(model), maxLength));
                    changed++;
                }
            }
            return changed;
        } catch (ReflectiveOperationException | ClassCastException | UnsupportedOperationException e) {
            throw new IllegalStateException("cannot put Accord's tagger in place of CoreNLP's: this CoreNLP's"
                    + " pipeline is not laid out as in CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
        }
    }

    /** Tags each sentence's tokens as CoreNLP's annotator does, sentences over the length limit with "X". */
    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            throw new IllegalArgumentException("cannot tag parts of speech: the annotation has no sentences;"
                    + " expected tokenize and ssplit to run first");
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= maxSentenceLength) {
                String[] tags = tagger.tags(tokens);
                for (int i = 0; i < tags.length; i++) {
                    tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tags[i]);
                }
            } else {
                for (CoreLabel token : tokens) {
                    token.set(CoreAnnotations.PartOfSpeechAnnotation.class, "X");
                }
            }
        }
    }

    // CoreNLP's Annotator declares these with the raw CoreAnnotation type.
    @SuppressWarnings("rawtypes")
    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return replaced.requires();
    }

    @SuppressWarnings("rawtypes")
    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return replaced.requirementsSatisfied();
    }

    private static Object read(Class<?> owner, Object target, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
