package dev.accord.nlp;

import edu.stanford.nlp.sequences.SequenceModel;

import java.util.Arrays;

/**
 * The exact Viterbi search of CoreNLP's {@code ExactBestSequenceFinder}, for models that look only at
 * previous tags: the same best sequence, ties included, because it adds and compares the same scores
 * in the same order. CoreNLP's search walks every combination of the window's tags to find the ones
 * that end in each position's first tag; this one asks the model for each context of previous tags
 * directly.
 *
 * <p>Positions are those of the model: {@code leftWindow} padding positions, then the sentence.
 * A tag sequence is numbered in mixed radix over the tags allowed at each position, the last position
 * the least significant digit, as CoreNLP numbers it.
 */
final class TagSequenceSearch {

    private TagSequenceSearch() {
    }

    /** The best tag at every position of {@code model}, padding included, as CoreNLP's search finds it. */
    static int[] bestSequence(SequenceModel model) {
        if (model.rightWindow() != 0) {
            throw new IllegalArgumentException("the search reads only previous tags; the model reads "
                    + model.rightWindow() + " tags to the right, expected 0");
        }
        int left = model.leftWindow();
        int length = model.length();
        int padLength = length + left;
        int[][] tags = new int[padLength][];
        int[] tagNum = new int[padLength];
        for (int pos = 0; pos < padLength; pos++) {
            tags[pos] = model.getPossibleValues(pos);
            tagNum[pos] = tags[pos].length;
        }
        // productSizes[pos]: the number of sequences of the window ending at pos (pos - left to pos).
        int[] productSizes = new int[padLength];
        for (int pos = left; pos < padLength; pos++) {
            int product = 1;
            for (int at = pos - left; at <= pos; at++) {
                product *= tagNum[at];
            }
            productSizes[pos] = product;
        }
        double[][] windowScore = windowScores(model, tags, tagNum, productSizes);

        double[][] score = new double[padLength][];
        int[][] trace = new int[padLength][];
        score[left] = windowScore[left].clone();
        trace[left] = new int[productSizes[left]];
        Arrays.fill(trace[left], -1);
        for (int pos = left + 1; pos < padLength; pos++) {
            double[] previous = score[pos - 1];
            double[] window = windowScore[pos];
            int products = productSizes[pos];
            int tagNumHere = tagNum[pos];
            int tagNumLeft = tagNum[pos - left - 1];
            int factor = products / tagNumHere;
            score[pos] = new double[products];
            trace[pos] = new int[products];
            for (int shared = 0; shared < factor; shared++) {
                extend(previous, window, shared, factor, tagNumHere, tagNumLeft, score[pos], trace[pos]);
            }
        }

        int end = padLength - 1;
        double bestFinal = Double.NEGATIVE_INFINITY;
        int bestProduct = -1;
        for (int product = 0; product < productSizes[end]; product++) {
            if (score[end][product] > bestFinal) {
                bestFinal = score[end][product];
                bestProduct = product;
            }
        }
        int[] best = new int[padLength];
        int rest = bestProduct;
        for (int last = end; last >= length - 1 && last >= 0; last--) {
            int digit = rest % tagNum[last];
            rest /= tagNum[last];
            best[last] = tags[last][digit];
        }
        for (int pos = end - 1; pos >= left; pos--) {
            int prevPos = pos - left;
            bestProduct = trace[pos + 1][bestProduct];
            best[prevPos] = tags[prevPos][bestProduct / (productSizes[pos] / tagNum[prevPos])];
        }
        return best;
    }

    /**
     * Scores the sequences of the window at one position that share the context {@code shared} (the
     * tags before the current one): for each current tag, the best previous sequence that ends in that
     * context and its score plus the window's, the first best on a tie, as CoreNLP's search scores them.
     *
     * <p>CoreNLP compares, for every current tag, each previous sequence's score plus the window's.
     * Rounding cannot reorder two sums with the same addend, only make them equal; so when one previous
     * score leads the others by more than rounding could close, it wins for every current tag, and the
     * comparisons are made only when some come that close (or when there are too few to be worth it).
     */
    private static void extend(double[] previous, double[] window, int shared, int factor, int tagNumHere,
                               int tagNumLeft, double[] scoreHere, int[] traceHere) {
        boolean close = tagNumLeft < 3;
        double lead = Double.NEGATIVE_INFINITY;
        int leader = -1;
        for (int first = 0; first < tagNumLeft && !close; first++) {
            double s = previous[first * factor + shared];
            if (s > lead) {
                lead = s;
                leader = first * factor + shared;
            }
        }
        double windowSize = 0;
        close |= !Double.isFinite(lead);
        for (int t = 0; t < tagNumHere && !close; t++) {
            double w = window[shared * tagNumHere + t];
            close = !Double.isFinite(w);
            windowSize = Math.max(windowSize, Math.abs(w));
        }
        // Two sums that round to one value differ by at most twice the spacing of doubles near them.
        double margin = lead - 8 * Math.ulp(Math.abs(lead) + windowSize);
        for (int first = 0; first < tagNumLeft && !close; first++) {
            int p = first * factor + shared;
            close = p != leader && previous[p] >= margin;
        }
        for (int t = 0; t < tagNumHere; t++) {
            int product = shared * tagNumHere + t;
            double windowProduct = window[product];
            if (!close) {
                scoreHere[product] = lead + windowProduct;
                traceHere[product] = leader;
                continue;
            }
            double best = Double.NEGATIVE_INFINITY;
            int bestPrevious = -1;
            for (int first = 0; first < tagNumLeft; first++) {
                int previousProduct = first * factor + shared;
                double s = previous[previousProduct] + windowProduct;
                if (s > best) {
                    best = s;
                    bestPrevious = previousProduct;
                }
            }
            scoreHere[product] = best;
            traceHere[product] = bestPrevious;
        }
    }

    /**
     * The model's score of each tag at each position after each context of previous tags, at the
     * number of the window's sequence: the context's number times the position's tag count, plus the tag.
     */
    private static double[][] windowScores(SequenceModel model, int[][] tags, int[] tagNum, int[] productSizes) {
        int left = model.leftWindow();
        double[][] windowScore = new double[tags.length][];
        int[] sequence = new int[tags.length];
        for (int pos = left; pos < tags.length; pos++) {
            int tagNumHere = tagNum[pos];
            int contexts = productSizes[pos] / tagNumHere;
            double[] here = windowScore[pos] = new double[productSizes[pos]];
            for (int context = 0; context < contexts; context++) {
                int rest = context;
                for (int at = pos - 1; at >= pos - left; at--) {
                    sequence[at] = tags[at][rest % tagNum[at]];
                    rest /= tagNum[at];
                }
                sequence[pos] = tags[pos][0];
                double[] scores = model.scoresOf(sequence, pos);
                System.arraycopy(scores, 0, here, context * tagNumHere, tagNumHere);
            }
        }
        return windowScore;
    }
}
