package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Real sentences for SUTime and what it finds in them, shared by the tests and benchmark of its shortcuts. */
final class SutimeSamples {

    /** The date the articles' relative dates are resolved against. */
    static final String DOCUMENT_DATE = "2010-06-01";

    private static final Properties SETTINGS = new Properties();

    static {
        SETTINGS.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        SETTINGS.setProperty("ssplit.newlineIsSentenceBreak", "two");
        SETTINGS.setProperty("sutime.includeRange", "true");
        SETTINGS.setProperty("sutime.markTimeRanges", "true");
    }

    private static StanfordCoreNLP tagger;

    private SutimeSamples() {
    }

    /** A new SUTime with Accord's settings. */
    static TimeExpressionExtractorImpl sutime() {
        return new TimeExpressionExtractorImpl("sutime", SETTINGS);
    }

    /** The sentences of {@code text}, split, tokenized, tagged and lemmatised as Accord's pipeline does. */
    static synchronized List<CoreMap> sentences(String text) {
        if (tagger == null) {
            tagger = new StanfordCoreNLP(SETTINGS);
        }
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** What {@code sutime} finds in a sentence, each expression's words, type, value and range. */
    static List<String> found(TimeExpressionExtractor sutime, CoreMap sentence) {
        List<CoreMap> expressions = sutime.extractTimeExpressionCoreMaps(sentence, DOCUMENT_DATE);
        List<String> out = new ArrayList<>();
        for (CoreMap e : expressions == null ? List.<CoreMap>of() : expressions) {
            Timex t = e.get(TimeAnnotations.TimexAnnotation.class);
            out.add(e.get(CoreAnnotations.TokenBeginAnnotation.class) + "-" + e.get(CoreAnnotations.TokenEndAnnotation.class)
                    + " " + e.get(CoreAnnotations.TextAnnotation.class) + " " + t.timexType() + " " + t.value()
                    + " " + (t.range() == null ? "" : t.range().begin + "/" + t.range().end));
        }
        return out;
    }
}
