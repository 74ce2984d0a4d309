package dev.accord.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Labels the sentences of the shared corpus's first articles with CoreNLP's CRF and with
 * {@link FastCrf}, after a warm-up, and prints sentences per second for each and their ratio: for
 * {@code classify} alone (features, potentials and Viterbi), and for {@code classifySentence} as the
 * recogniser calls it (with CoreNLP's own copying of the tokens and word shapes, the same for both).
 *
 * <p>Usage: {@code FastCrfBenchmark [articles=150] [rounds=5]}; rounds alternate between the
 * classifiers, and the median round is reported.
 */
public final class FastCrfBenchmark {

    private static final int WARM_UP_ROUNDS = 3;

    private FastCrfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Throughput.requireCorpus();
        List<CoreMap> sentences = ParserSentences.corpusSentences(articles, CrfSentences.BEFORE_NER);
        CRFClassifier<CoreLabel> coreNlp = CrfSentences.accordModel();
        FastCrf fast = FastCrf.of(coreNlp);
        List<List<CoreLabel>> prepared = CrfSentences.prepare(coreNlp, sentences);
        int tokens = prepared.stream().mapToInt(List::size).sum();
        System.out.printf("%d sentences (%d tokens) from %d articles; %d rounds after %d of warm-up%n",
                sentences.size(), tokens, articles, rounds, WARM_UP_ROUNDS);

        compare("classify", rounds, () -> fresh(coreNlp, prepared), coreNlp::classify, () -> fast::classify);
        // Rounds over the same sentences find every feature cached: a new classifier each round starts
        // with empty caches, as on the first articles a pipeline reads.
        compare("classify, new caches", rounds, () -> fresh(coreNlp, prepared), coreNlp::classify,
                () -> FastCrf.of(coreNlp)::classify);
        List<List<CoreLabel>> raw = sentences.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class)).toList();
        compare("classifySentence", rounds, () -> raw, coreNlp::classifySentence, () -> fast::classifySentence);
    }

    private static List<List<CoreLabel>> fresh(CRFClassifier<CoreLabel> crf, List<List<CoreLabel>> prepared) {
        List<List<CoreLabel>> copies = new ArrayList<>(prepared.size());
        for (List<CoreLabel> s : prepared) {
            copies.add(CrfSentences.fresh(crf, s));
        }
        return copies;
    }

    /** An input for one round: fresh copies where classifying marks the tokens. */
    private interface Input {
        List<List<CoreLabel>> get();
    }

    private static void compare(String what, int rounds, Input input, Function<List<CoreLabel>, Object> coreNlp,
                                Supplier<Function<List<CoreLabel>, Object>> fast) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            rate(input.get(), coreNlp);
            rate(input.get(), fast.get());
        }
        double[] slow = new double[rounds];
        double[] quick = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            slow[i] = rate(input.get(), coreNlp);
            quick[i] = rate(input.get(), fast.get());
        }
        double c = median(slow);
        double f = median(quick);
        System.out.printf("%-22s CoreNLP %8.1f sentences/s   fast %8.1f sentences/s   ratio %.2fx%n", what, c, f, f / c);
    }

    private static double rate(List<List<CoreLabel>> sentences, Function<List<CoreLabel>, Object> label) {
        long start = System.nanoTime();
        int sum = 0;
        for (List<CoreLabel> s : sentences) {
            sum += label.apply(s) != null ? 1 : 0;
        }
        return sum / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
