package dev.accord.nlp;

import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SequenceModel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The search must pick CoreNLP's sequence, ties included: models whose scores are small whole numbers
 * tie on many paths, so any difference in the order of comparison shows.
 */
class TagSequenceSearchTest {

    @Test
    void modelsFullOfTiesGetCoreNlpsBestSequence() {
        Random random = new Random(20261129);
        for (int trial = 0; trial < 2000; trial++) {
            int left = 1 + random.nextInt(2);
            int length = 1 + random.nextInt(7);
            TableModel model = new TableModel(random, left, length, 1 + random.nextInt(4), 1 + random.nextInt(3));
            assertArrayEquals(new ExactBestSequenceFinder().bestSequence(model), TagSequenceSearch.bestSequence(model),
                    "trial " + trial + ": " + model);
        }
    }

    @Test
    void modelsWithRealValuedScoresGetCoreNlpsBestSequence() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            TableModel model = new TableModel(random, 2, 1 + random.nextInt(12), 6, 0);
            assertArrayEquals(new ExactBestSequenceFinder().bestSequence(model), TagSequenceSearch.bestSequence(model),
                    "trial " + trial + ": " + model);
        }
    }

    @Test
    void aModelThatReadsTagsToTheRightIsRefused() {
        SequenceModel right = new TableModel(new Random(1), 2, 3, 2, 1) {
            @Override
            public int rightWindow() {
                return 1;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> TagSequenceSearch.bestSequence(right));
    }

    /**
     * A model with a random set of tags per position and a score for every tag after every context of
     * previous tags, drawn once: whole numbers below {@code range}, or real numbers when it is 0.
     */
    private static class TableModel implements SequenceModel {
        private final int left;
        private final int[][] tags;
        private final long seed;
        private final int range;

        TableModel(Random random, int left, int length, int maxTags, int range) {
            this.left = left;
            this.range = range;
            this.seed = random.nextLong();
            tags = new int[left + length][];
            for (int p = 0; p < tags.length; p++) {
                if (p < left) {
                    tags[p] = new int[] {-1};
                } else {
                    tags[p] = random.ints(0, 10).distinct().limit(1 + random.nextInt(maxTags)).toArray();
                }
            }
        }

        @Override
        public int length() {
            return tags.length - left;
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
            return tags[position];
        }

        @Override
        public double[] scoresOf(int[] sequence, int position) {
            long context = seed + 31L * position;
            for (int at = position - left; at < position; at++) {
                context = context * 131 + sequence[at] + 1;
            }
            Random random = new Random(context);
            double[] scores = new double[tags[position].length];
            for (int k = 0; k < scores.length; k++) {
                scores[k] = range > 0 ? random.nextInt(range) : random.nextGaussian();
            }
            return scores;
        }

        @Override
        public double scoreOf(int[] sequence, int position) {
            throw new UnsupportedOperationException("not used by either search");
        }

        @Override
        public double scoreOf(int[] sequence) {
            throw new UnsupportedOperationException("not used by either search");
        }

        @Override
        public String toString() {
            return left + " tags of context, tags per position " + Arrays.deepToString(tags);
        }
    }
}
