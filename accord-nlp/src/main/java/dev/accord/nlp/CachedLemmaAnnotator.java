package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's lemma annotator, asked once per word and tag. A word's lemma depends only on the word and
 * its part of speech, and news repeats its words: after a few articles almost every (word, tag) has
 * been seen. Each thread remembers the lemmas CoreNLP gave it; the words of an article it has not
 * seen go to CoreNLP's annotator together, as one sentence of copies, so the lemmas are CoreNLP's own.
 *
 * <p>CoreNLP 4.5.10 has no setting for this, so {@link #install} swaps the annotator in the pipeline
 * it built; it fails loudly if another CoreNLP version has moved the list it reaches.
 */
final class CachedLemmaAnnotator implements Annotator {

    /** Words and tags remembered per thread before the memory starts afresh: at most about 20 MiB. */
    static final int CAPACITY = 100_000;

    private final MorphaAnnotator lemmatizer;
    /** Per thread: for each tag, each word's lemma. */
    private final ThreadLocal<Memory> memory = ThreadLocal.withInitial(Memory::new);

    private CachedLemmaAnnotator(MorphaAnnotator lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    /**
     * Replaces every lemma annotator in {@code pipeline} by one that remembers its lemmas.
     *
     * @return how many annotators were replaced
     */
    static int install(AnnotationPipeline pipeline) {
        try {
            Field f = AnnotationPipeline.class.getDeclaredField("annotators");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<Annotator> annotators = (List<Annotator>) f.get(pipeline);
            int changed = 0;
            for (int i = 0; i < annotators.size(); i++) {
                if (annotators.get(i) instanceof MorphaAnnotator morpha) {
                    annotators.set(i, new CachedLemmaAnnotator(morpha));
                    changed++;
                }
            }
            return changed;
        } catch (ReflectiveOperationException | ClassCastException | UnsupportedOperationException e) {
            throw new IllegalStateException("cannot put Accord's lemma memory in place of CoreNLP's lemma"
                    + " annotator: this CoreNLP's pipeline is not laid out as in CoreNLP 4.5.10, which Accord"
                    + " expects (" + e + ")", e);
        }
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            throw new IllegalArgumentException("cannot find lemmas: the annotation has no sentences;"
                    + " expected tokenize, ssplit and pos to run first");
        }
        Memory known = memory.get();
        List<CoreLabel> unknown = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String lemma = known.lemma(token.word(), token.tag());
                if (lemma != null) {
                    token.setLemma(lemma);
                } else {
                    unknown.add(token);
                }
            }
        }
        if (!unknown.isEmpty()) {
            lemmatize(unknown, known);
        }
    }

    /** Gives {@code tokens} CoreNLP's lemmas, asking it once for all of them, and remembers them. */
    private void lemmatize(List<CoreLabel> tokens, Memory known) {
        List<CoreLabel> copies = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            CoreLabel copy = new CoreLabel();
            copy.setWord(token.word());
            copy.setValue(token.word());
            copy.setTag(token.tag());
            copies.add(copy);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, copies);
        Annotation batch = new Annotation("");
        batch.set(CoreAnnotations.TokensAnnotation.class, copies);
        batch.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        lemmatizer.annotate(batch);
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = copies.get(i).lemma();
            tokens.get(i).setLemma(lemma);
            known.remember(tokens.get(i).word(), tokens.get(i).tag(), lemma);
        }
    }

    // CoreNLP's Annotator declares these with the raw CoreAnnotation type.
    @SuppressWarnings("rawtypes")
    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return lemmatizer.requires();
    }

    @SuppressWarnings("rawtypes")
    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return lemmatizer.requirementsSatisfied();
    }

    /** One thread's lemmas by tag and word, forgotten all at once when full. */
    private static final class Memory {
        private final Map<String, Map<String, String>> byTag = new HashMap<>();
        private int size;

        String lemma(String word, String tag) {
            if (word == null || tag == null) {
                return null;
            }
            Map<String, String> words = byTag.get(tag);
            return words == null ? null : words.get(word);
        }

        void remember(String word, String tag, String lemma) {
            if (word == null || tag == null || lemma == null) {
                return;
            }
            if (size >= CAPACITY) {
                byTag.clear();
                size = 0;
            }
            if (byTag.computeIfAbsent(tag, t -> new HashMap<>()).put(word, lemma) == null) {
                size++;
            }
        }
    }
}
