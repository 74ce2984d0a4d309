package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags the sentences of the shared corpus's first articles with CoreNLP's {@link MaxentTagger} and
 * with {@link FastTagger} over the same model, after a warm-up, and prints sentences per second for
 * each and their ratio, on one thread and on two.
 *
 * <p>Usage: {@code FastTaggerBenchmark [articles=150] [rounds=5]}; rounds alternate between the
 * taggers, and the median round is reported.
 */
public final class FastTaggerBenchmark {

    private static final int WARM_UP_ROUNDS = 3;

    private FastTaggerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Throughput.requireCorpus();
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (String text : ParserSentences.corpusTexts(articles)) {
            for (CoreMap s : ParserSentences.split(text)) {
                sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        MaxentTagger coreNlp = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
        FastTagger fast = FastTagger.of(coreNlp);
        int tokens = sentences.stream().mapToInt(List::size).sum();
        System.out.printf("%d sentences (%d tokens) from %d articles; %d rounds after %d of warm-up%n",
                sentences.size(), tokens, articles, rounds, WARM_UP_ROUNDS);

        Throughput.compare("tag, 1 thread", sentences, WARM_UP_ROUNDS, rounds, 1, coreNlp::tagSentence, fast::tags);
        Throughput.compare("tag, 2 threads", sentences, WARM_UP_ROUNDS, rounds, 2,
                coreNlp::tagSentence, fast::tags);
    }
}
