package dev.accord.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Sentences prepared for the CRF as CoreNLP's recogniser prepares them, for the fast CRF's test and benchmark. */
final class CrfSentences {

    /** The annotators the recogniser runs after in Accord's pipeline. */
    static final String BEFORE_NER = "tokenize,ssplit,pos,lemma";

    private CrfSentences() {
    }

    /** CoreNLP's CRF with the model of Accord's pipeline. */
    static CRFClassifier<CoreLabel> accordModel() {
        try {
            return CRFClassifier.getClassifier(CoreNlpAnnotator.SETTINGS.get("ner.model"));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the CRF model " + CoreNlpAnnotator.SETTINGS.get("ner.model"), e);
        }
    }

    /**
     * The sentences' tokens as the CRF's {@code classify} receives them from {@code classifySentence}:
     * copies with CoreNLP's word shapes, and without the distributional classes and answers classifying adds.
     */
    static List<List<CoreLabel>> prepare(CRFClassifier<CoreLabel> crf, List<CoreMap> sentences) {
        List<List<CoreLabel>> prepared = new ArrayList<>();
        for (CoreMap s : sentences) {
            prepared.add(fresh(crf, crf.classifySentence(s.get(CoreAnnotations.TokensAnnotation.class))));
        }
        return prepared;
    }

    /** Copies of prepared tokens, as they were before a classifier saw them. */
    static List<CoreLabel> fresh(CRFClassifier<CoreLabel> crf, List<CoreLabel> prepared) {
        List<CoreLabel> copy = new ArrayList<>(prepared.size());
        for (CoreLabel t : prepared) {
            CoreLabel c = new CoreLabel(t);
            c.remove(CoreAnnotations.DistSimAnnotation.class);
            c.remove(CoreAnnotations.AnswerProbAnnotation.class);
            c.set(CoreAnnotations.AnswerAnnotation.class, crf.flags.backgroundSymbol);
            copy.add(c);
        }
        return copy;
    }
}
