package dev.accord.nlp;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.sequences.SequenceModel;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.tagger.maxent.History;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.PairsHolder;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's part-of-speech tagger ({@link MaxentTagger}) with its inference done by Accord, over the
 * model CoreNLP loaded: the same tags, word for word, in less time.
 *
 * <p>CoreNLP's tagger scores every combination of the previous two tags at every word, and for each
 * one builds the features' values as strings, looks them up in hash maps, and works out again which
 * tags the word may take. Here everything that depends on the words alone is worked out once per
 * sentence, with CoreNLP's own extractors (once per distinct word for the features of the word
 * itself), and the features over previous tags are read from tables indexed by tag number. The weights
 * are summed in CoreNLP's order, so every score, and so the best sequence with its ties, is the same
 * to the bit, and {@link TagSequenceSearch} picks it as CoreNLP's Viterbi search does.
 *
 * <p>Thread-safe: each sentence gets its own scratch state, and the model is only read.
 */
public final class FastTagger {

    private final TaggerModel model;

    private FastTagger(TaggerModel model) {
        this.model = model;
    }

    /**
     * A tagger over {@code tagger}'s model, which it shares.
     *
     * @throws IllegalStateException if the model is not laid out as in CoreNLP 4.5.10 or has features
     *                               this tagger cannot compute exactly
     */
    public static FastTagger of(MaxentTagger tagger) {
        return new FastTagger(new TaggerModel(tagger));
    }

    /** The tag of each word of a sentence, as {@link MaxentTagger#tagSentence(List)} gives them. */
    public String[] tags(List<? extends HasWord> sentence) {
        int n = sentence.size();
        String[] words = new String[n + 1];
        for (int i = 0; i < n; i++) {
            words[i] = model.normalise(sentence.get(i).word());
        }
        // CoreNLP tags an end-of-sentence word after the last, which the last word's features read.
        words[n] = Tagger.EOS_WORD;
        Sentence scored = new Sentence(model, words);
        int[] best = TagSequenceSearch.bestSequence(scored);
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = model.tagNames[best[i + model.leftContext]];
        }
        return tags;
    }

    /**
     * One sentence as CoreNLP's Viterbi search sees it (its {@code TestSentence}): positions are padded
     * on the left with {@code leftContext} positions of "no tag".
     */
    private static final class Sentence implements SequenceModel {

        private static final int[] NO_TAG = {TaggerModel.NO_TAG};

        private final TaggerModel model;
        private final int size;
        private final int left;
        /** Per word: the sum of the weights of the features of the words alone, per tag. */
        private final double[][] wordScores;
        /** Per rare word, the weights of each rare-word feature that asks whether the word comes first. */
        private final int[][][] startWeights;
        private final int[][] allowed;
        /** The scores last made from each context row, and the position they were made for. */
        private final double[][] scored;
        private final int[] scoredAt;

        Sentence(TaggerModel model, String[] words) {
            this.model = model;
            this.size = words.length;
            this.left = model.leftContext;
            this.wordScores = new double[size][];
            this.startWeights = new int[size][][];
            this.allowed = new int[size + left][];
            this.scored = new double[model.contextRows.length][];
            this.scoredAt = new int[model.contextRows.length];
            Arrays.fill(scoredAt, -1);
            PairsHolder pairs = model.pairs(words);
            Map<String, double[]> ofWord = new HashMap<>();
            for (int i = 0; i < size; i++) {
                History h = model.history(pairs, i);
                int count = model.count(words[i]);
                boolean rare = model.isRare(count);
                // CoreNLP's sums: the word's own features, then its context's, then the two added up.
                double[] own = ofWord.get(words[i]);
                if (own == null) {
                    own = new double[model.ySize];
                    add(own, model.local, h, pairs);
                    if (rare) {
                        add(own, model.localRare, h, pairs);
                    }
                    ofWord.put(words[i], own);
                }
                double[] context = new double[model.ySize];
                add(context, model.localContext, h, pairs);
                if (rare) {
                    add(context, model.localContextRare, h, pairs);
                }
                for (int t = 0; t < context.length; t++) {
                    context[t] += own[t];
                }
                wordScores[i] = context;
                if (rare) {
                    startWeights[i] = new int[model.sentenceStart.size()][];
                    for (int k = 0; k < startWeights[i].length; k++) {
                        TaggerModel.WordFeature f = model.sentenceStart.get(k);
                        startWeights[i][k] = model.weights(f.number(), f.extractor(), h, pairs);
                    }
                }
                allowed[i + left] = model.allowedTags(words[i], count);
            }
            for (int p = 0; p < left; p++) {
                allowed[p] = NO_TAG;
            }
        }

        private void add(double[] scores, List<TaggerModel.WordFeature> features, History h, PairsHolder pairs) {
            for (TaggerModel.WordFeature f : features) {
                model.addWeights(scores, model.weights(f.number(), f.extractor(), h, pairs));
            }
        }

        @Override
        public int length() {
            return size;
        }

        @Override
        public int leftWindow() {
            return left;
        }

        @Override
        public int rightWindow() {
            return 0;
        }

        @Override
        public int[] getPossibleValues(int position) {
            return allowed[position];
        }

        /**
         * The log-probability of each allowed tag at {@code position} (padded), given the previous tags
         * in {@code tags}: CoreNLP's {@code TestSentence.getExactScores}, with its additions in its order.
         * The search reads the returned array and keeps none, so contexts with one row share it.
         */
        @Override
        public double[] scoresOf(int[] tags, int position) {
            int base = model.ySize + 1;
            int context = 0;
            for (int at = position - left; at < position; at++) {
                // Positions before the sentence hold "no tag", CoreNLP's "NA".
                context = context * base + (at < left || tags[at] < 0 ? model.ySize : tags[at]);
            }
            int row = model.contextRow[context];
            if (scoredAt[row] == position) {
                return scored[row];
            }
            int word = position - left;
            double[] all = model.contextRows[row].clone();
            int[][] start = startWeights[word];
            if (start != null) {
                for (int[] weights : start) {
                    model.addWeights(all, weights);
                }
            }
            double[] own = wordScores[word];
            for (int t = 0; t < all.length; t++) {
                all[t] += own[t];
            }
            int[] allowedHere = allowed[position];
            double[] scores = new double[allowedHere.length];
            double total = ArrayMath.logSum(all);
            if (total == Double.NEGATIVE_INFINITY) {
                // CoreNLP's normalisation of scores that are all impossible: a uniform distribution.
                Arrays.fill(scores, -Math.log(all.length));
            } else {
                double shift = -total;
                for (int k = 0; k < scores.length; k++) {
                    scores[k] = all[allowedHere[k]] + shift;
                }
            }
            scored[row] = scores;
            scoredAt[row] = position;
            return scores;
        }

        @Override
        public double scoreOf(int[] tags, int position) {
            double[] scores = scoresOf(tags, position);
            int[] allowedHere = allowed[position];
            double score = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < scores.length; k++) {
                if (allowedHere[k] == tags[position]) {
                    score = scores[k];
                }
            }
            return score;
        }

        @Override
        public double scoreOf(int[] sequence) {
            throw new UnsupportedOperationException("a whole sequence's score is not needed by the Viterbi search");
        }
    }
}
