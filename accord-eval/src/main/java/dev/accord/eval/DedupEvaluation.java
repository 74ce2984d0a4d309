package dev.accord.eval;

import dev.accord.ingest.Fingerprints;
import dev.accord.ingest.NearDuplicateIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Measures the near-duplicate detector on a set built from a corpus by the edits outlets make when they
 * reprint a wire story: a dateline and agency tag, a byline or credit line, a trailing "Read more" or
 * repeated headline, a dropped closing paragraph, a few words changed, paragraphs re-broken, the story
 * cut short. Half of the corpus is indexed; reprints of it must be found (recall), while the other
 * half and reprints of it, which are different stories, must not match anything (precision).
 *
 * <p>The edits are drawn from a seeded random generator, so a run is repeatable.
 */
public final class DedupEvaluation {

    /** One article of the corpus. */
    public record Story(String id, String text) {
        public Story {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The outcome over every query.
     *
     * @param positives      reprints of indexed stories
     * @param negatives      queries that have no indexed original
     * @param truePositives  reprints matched to their own original
     * @param falsePositives queries matched to a story they are not a reprint of
     * @param falseNegatives reprints not matched to their original
     */
    public record Result(int indexed, int positives, int negatives, int truePositives, int falsePositives,
                         int falseNegatives, double threshold) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return positives == 0 ? 1.0 : (double) truePositives / positives;
        }
    }

    /** Reprints made of each indexed story. */
    static final int VARIANTS = 3;

    private static final String[] OUTLETS = {"Steppe Daily", "Caspian Wire", "Eurasia Monitor", "Silk Road Post"};
    private static final String[] CITIES = {"ASTANA", "TASHKENT", "GENEVA", "NAIROBI", "MANILA", "LIMA"};

    private DedupEvaluation() {
    }

    public static Result run(List<Story> corpus, long seed, double threshold) {
        Random random = new Random(seed);
        NearDuplicateIndex<String> index = new NearDuplicateIndex<>(threshold);
        List<Story> indexed = new ArrayList<>();
        List<Story> held = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            (i % 2 == 0 ? indexed : held).add(corpus.get(i));
        }
        indexed.forEach(s -> index.add(s.id(), Fingerprints.of(s.text())));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int positives = 0;
        int negatives = 0;
        for (Story s : indexed) {
            for (int v = 0; v < VARIANTS; v++) {
                positives++;
                Optional<String> found = index.find(Fingerprints.of(reprint(s.text(), random)));
                if (found.isPresent() && found.get().equals(s.id())) {
                    tp++;
                } else {
                    fn++;
                    if (found.isPresent()) {
                        fp++;
                    }
                }
            }
        }
        for (Story s : held) {
            for (String query : List.of(s.text(), reprint(s.text(), random))) {
                negatives++;
                if (index.find(Fingerprints.of(query)).isPresent()) {
                    fp++;
                }
            }
        }
        return new Result(indexed.size(), positives, negatives, tp, fp, fn, threshold);
    }

    /** A reprint of {@code text} with two to four of the edits, chosen at random. */
    static String reprint(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.strip().split("\n+")));
        int edits = 2 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(7)) {
                case 0 -> paragraphs.set(0, CITIES[random.nextInt(CITIES.length)] + " ("
                        + OUTLETS[random.nextInt(OUTLETS.length)] + ") — " + paragraphs.get(0));
                case 1 -> paragraphs.add(0, "By " + OUTLETS[random.nextInt(OUTLETS.length)] + " staff");
                case 2 -> paragraphs.add(random.nextBoolean() ? "Read more: " + firstWords(text, 6)
                        : "Reporting by " + OUTLETS[random.nextInt(OUTLETS.length)] + "; editing by the desk");
                case 3 -> {
                    if (paragraphs.size() >= 3) {
                        paragraphs.remove(paragraphs.size() - 1);
                    }
                }
                case 4 -> changeWords(paragraphs, random);
                case 5 -> {
                    String joined = String.join(" ", paragraphs);
                    paragraphs.clear();
                    paragraphs.addAll(Arrays.asList(joined.split("(?<=\\.) (?=[A-Z])")));
                }
                default -> {
                    // Cut short to the first four fifths, as outlets trim a story to fit.
                    String joined = String.join("\n", paragraphs);
                    int cut = joined.indexOf(". ", joined.length() * 4 / 5);
                    if (cut > 0) {
                        paragraphs.clear();
                        paragraphs.addAll(Arrays.asList(joined.substring(0, cut + 1).split("\n")));
                    }
                }
            }
        }
        return String.join("\n", paragraphs);
    }

    /** Replaces about one word in fifty with another word of the same text, as copy editors reword. */
    private static void changeWords(List<String> paragraphs, Random random) {
        for (int p = 0; p < paragraphs.size(); p++) {
            String[] words = paragraphs.get(p).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (random.nextInt(50) == 0) {
                    words[w] = words[random.nextInt(words.length)];
                }
            }
            paragraphs.set(p, String.join(" ", words));
        }
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
