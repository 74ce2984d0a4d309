package dev.accord.extract.event;

import dev.accord.model.EventType;
import dev.accord.model.Hashes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The event coder's learned part, after NGEC's design: multinomial logistic regression over a sentence
 * encoder's vectors, guessing a sentence's PLOVER type where the lexicon codes none. It learns from
 * sentences with a known type; the encoder is handed in (Accord's pipeline gives it all-MiniLM-L6-v2), so
 * the extractor depends on no model.
 *
 * <p>Training is plain batch gradient descent on the cross-entropy with an L2 penalty, from zero weights,
 * so the same examples always give the same model. A guess counts only when its probability reaches
 * {@link #THRESHOLD}.
 */
public final class EventTypeClassifier {

    /** The least probability a guess needs to make an event. */
    public static final double THRESHOLD = 0.45;
    private static final int ITERATIONS = 400;
    private static final double LEARNING_RATE = 2.0;
    private static final double L2 = 1e-3;

    /** A sentence with its type. */
    public record Example(String text, EventType type) {
        public Example {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
        }
    }

    /** The most probable type of a sentence and its probability. */
    public record Guess(EventType type, double probability) {
    }

    private final Function<String, float[]> encoder;
    private final String fingerprint;
    private final List<EventType> classes;
    /** One row a class: the weights of each dimension, then the bias. */
    private final double[][] weights;

    private EventTypeClassifier(Function<String, float[]> encoder, String fingerprint, List<EventType> classes,
                                double[][] weights) {
        this.encoder = encoder;
        this.fingerprint = fingerprint;
        this.classes = classes;
        this.weights = weights;
    }

    /**
     * A classifier learned from {@code examples}, each encoded by {@code encoder} (named {@code model}, for
     * provenance). At least two types are needed; fewer is a clear error.
     */
    public static EventTypeClassifier train(List<Example> examples, Function<String, float[]> encoder, String model) {
        Objects.requireNonNull(encoder, "encoder");
        List<EventType> classes = examples.stream().map(Example::type).distinct().sorted().toList();
        if (classes.size() < 2) {
            throw new IllegalArgumentException("cannot train an event-type classifier on " + examples.size()
                    + " examples of " + classes.size() + " type(s); expected examples of at least two types");
        }
        List<float[]> x = new ArrayList<>();
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x.add(encoder.apply(examples.get(i).text()));
            y[i] = classes.indexOf(examples.get(i).type());
        }
        int dims = x.get(0).length;
        double[][] w = new double[classes.size()][dims + 1];
        double[][] gradient = new double[classes.size()][dims + 1];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (double[] row : gradient) {
                Arrays.fill(row, 0);
            }
            for (int i = 0; i < x.size(); i++) {
                double[] p = probabilities(w, x.get(i));
                for (int k = 0; k < classes.size(); k++) {
                    double error = p[k] - (y[i] == k ? 1 : 0);
                    for (int d = 0; d < dims; d++) {
                        gradient[k][d] += error * x.get(i)[d];
                    }
                    gradient[k][dims] += error;
                }
            }
            for (int k = 0; k < classes.size(); k++) {
                for (int d = 0; d <= dims; d++) {
                    double penalty = d < dims ? L2 * w[k][d] : 0;
                    w[k][d] -= LEARNING_RATE * (gradient[k][d] / x.size() + penalty);
                }
            }
        }
        String data = Hashes.sha256Hex16(examples.stream().map(e -> e.type() + "\t" + e.text()).toArray(String[]::new));
        return new EventTypeClassifier(encoder, "classifier=" + model + ":" + examples.size() + ":" + data, classes, w);
    }

    /** The encoder and the examples this was learned from, for the configuration hash. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The most probable type of {@code sentence}. */
    public Guess guess(String sentence) {
        double[] p = probabilities(weights, encoder.apply(sentence));
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Guess(classes.get(best), p[best]);
    }

    private static double[] probabilities(double[][] w, float[] x) {
        double[] scores = new double[w.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < w.length; k++) {
            double s = w[k][x.length];
            for (int d = 0; d < x.length; d++) {
                s += w[k][d] * x[d];
            }
            scores[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            sum += scores[k];
        }
        for (int k = 0; k < w.length; k++) {
            scores[k] /= sum;
        }
        return scores;
    }
}
