package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Replays CoreNLP's own parsing loop (as {@code DependencyParser.predictInner} runs it) and hands each
 * step's feature vector and scores to a check, so Accord's tests can compare another parser's
 * arithmetic with CoreNLP's to the bit.
 *
 * <p>Test code in CoreNLP's package, to call its package-private scoring; the parser's private
 * transition system, classifier and feature extraction are reached by reflection.
 */
public final class CoreNlpSteps {

    /** Receives one step of a parse. */
    public interface Step {
        void accept(int[] features, double[] scores);
    }

    private CoreNlpSteps() {
    }

    /** Parses {@code sentence} with CoreNLP's {@code parser}, calling {@code step} before each transition. */
    public static void replay(DependencyParser parser, CoreMap sentence, Step step) {
        ParsingSystem system = (ParsingSystem) field(parser, "system");
        Classifier classifier = (Classifier) field(parser, "classifier");
        try {
            Method features = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
            features.setAccessible(true);
            Configuration c = system.initialConfiguration(sentence);
            while (!system.isTerminal(c)) {
                int[] f = (int[]) features.invoke(parser, c);
                double[] scores = classifier.computeScores(f);
                step.accept(f.clone(), scores.clone());
                double best = Double.NEGATIVE_INFINITY;
                String choice = null;
                for (int j = 0; j < scores.length; j++) {
                    if (scores[j] > best && system.canApply(c, system.transitions.get(j))) {
                        best = scores[j];
                        choice = system.transitions.get(j);
                    }
                }
                system.apply(c, choice);
            }
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("CoreNLP's DependencyParser.getFeatureArray(Configuration) could not be"
                    + " called; expected the private method of CoreNLP 4.5.10", e);
        }
    }

    private static Object field(DependencyParser parser, String name) {
        try {
            Field f = DependencyParser.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(parser);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("CoreNLP's DependencyParser has no readable field '" + name
                    + "'; expected the private field of CoreNLP 4.5.10", e);
        }
    }
}
