package dev.accord.nlp;

import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs SUTime over the sentences of the shared corpus's first articles with every rule and with
 * {@link TimeRuleGuards}, after a warm-up, and prints sentences per second and their ratio: over whole
 * sentences, and over the words near date words as Accord's pipeline runs it ({@link CueGatedTimeExtractor}).
 *
 * <p>Usage: {@code TimeRuleGuardsBenchmark [articles=100] [rounds=5]}; rounds alternate between the
 * two, and the median round is reported.
 */
public final class TimeRuleGuardsBenchmark {

    private static final int WARM_UP_ROUNDS = 2;

    private TimeRuleGuardsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isRegularFile(SutimeSamples.CORPUS)) {
            System.err.println("no corpus at " + SutimeSamples.CORPUS + "; set -Daccord.shared=DIR");
            System.exit(2);
        }
        List<CoreMap> sentences = new ArrayList<>();
        for (String text : SutimeSamples.texts(articles)) {
            sentences.addAll(SutimeSamples.sentences(text));
        }
        TimeExpressionExtractorImpl every = SutimeSamples.sutime();
        TimeExpressionExtractorImpl guarded = SutimeSamples.sutime();
        int rules = TimeRuleGuards.install(guarded);
        System.out.printf("%d sentences from %d articles; %d rules guarded; %d rounds after %d of warm-up%n",
                sentences.size(), articles, rules, rounds, WARM_UP_ROUNDS);
        compare("whole sentences", sentences, rounds, every, guarded);
        compare("near date words", sentences, rounds, new CueGatedTimeExtractor(every),
                new CueGatedTimeExtractor(guarded));
    }

    private static void compare(String what, List<CoreMap> sentences, int rounds, TimeExpressionExtractor every,
                                TimeExpressionExtractor guarded) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            rate(sentences, every);
            rate(sentences, guarded);
        }
        double[] plain = new double[rounds];
        double[] quick = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            plain[i] = rate(sentences, every);
            quick[i] = rate(sentences, guarded);
        }
        double p = median(plain);
        double q = median(quick);
        System.out.printf("%-18s every rule %8.1f sentences/s   guarded %8.1f sentences/s   ratio %.2fx%n",
                what, p, q, q / p);
    }

    private static double rate(List<CoreMap> sentences, TimeExpressionExtractor sutime) {
        long start = System.nanoTime();
        int found = 0;
        for (CoreMap s : sentences) {
            found += SutimeSamples.found(sutime, s).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return found >= 0 ? sentences.size() / seconds : 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
