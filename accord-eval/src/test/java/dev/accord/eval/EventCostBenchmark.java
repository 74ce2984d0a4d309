package dev.accord.eval;

import dev.accord.extract.FactExtractor;
import dev.accord.extract.event.EventTypeClassifier;
import dev.accord.extract.event.PloverRecords;
import dev.accord.model.Article;
import dev.accord.pipeline.Extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the event coder's learned parts cost per article: the processor time of Accord's whole
 * extraction with its own lexicon alone (the baseline), with the triggers mined from PETRARCH2's verb
 * dictionary, and with those and the event classifier, over the same corpus articles in one thread of one
 * JVM, the three taking turns article by article so that the machine's load falls on each alike. Prints
 * the one-time costs (mining the dictionary, learning the classifier) apart, and per article the
 * milliseconds, events found and the ratio to the baseline.
 *
 * <p>Run: {@code java -Xms3g -Xmx3g -Xss4m -XX:+UseParallelGC -cp <accord-eval test classpath>
 * dev.accord.eval.EventCostBenchmark [CORPUS] [ARTICLES] [ROUNDS]} (defaults:
 * {@code ../shared/corpus/wikinews.jsonl}, 100, 3; the first round warms up and is not counted).
 */
public final class EventCostBenchmark {

    private EventCostBenchmark() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/wikinews.jsonl");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Article> articles = WikinewsCorpus.read(corpus, limit);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        FactExtractor own = Extraction.extractor(false, Optional.empty());
        long t0 = cpu.getCurrentThreadCpuTime();
        FactExtractor mined = Extraction.extractor(true, Optional.empty());
        long mining = cpu.getCurrentThreadCpuTime() - t0;
        List<EventTypeClassifier.Example> examples = PloverRecords.defaultExamples().orElseThrow(() ->
                new IllegalStateException("no classifier training file at " + PloverRecords.defaultTraining()
                        + "; expected the PLOVER GSR dev file (set -Daccord.events.training=FILE)"));
        long t1 = cpu.getCurrentThreadCpuTime();
        EventTypeClassifier classifier = Extraction.classifier(examples);
        long learning = cpu.getCurrentThreadCpuTime() - t1;
        FactExtractor learned = Extraction.extractor(true, Optional.of(classifier));

        List<FactExtractor> sides = List.of(own, mined, learned);
        List<String> names = List.of("own lexicon (baseline)", "+ mined PETRARCH2 triggers", "+ mined + classifier");
        long[] nanos = new long[3];
        long[] events = new long[3];
        for (int round = 0; round < rounds; round++) {
            for (Article a : articles) {
                for (int s = 0; s < sides.size(); s++) {
                    long start = cpu.getCurrentThreadCpuTime();
                    int found = sides.get(s).analyze(a).events().size();
                    if (round > 0) {
                        nanos[s] += cpu.getCurrentThreadCpuTime() - start;
                        events[s] += found;
                    }
                }
            }
        }
        int measured = Math.max(1, rounds - 1) * articles.size();
        System.out.printf("%d corpus articles, %d measured rounds (one warm-up), one thread%n", articles.size(),
                rounds - 1);
        System.out.printf("one-time: mining the dictionary (loaded on first use) %.0f ms CPU; learning the classifier"
                + " from %d sentences (encoding included) %.0f ms CPU%n", mining / 1e6, examples.size(), learning / 1e6);
        System.out.printf("%-30s %14s %14s %10s%n", "configuration", "ms CPU/article", "events/article", "x baseline");
        for (int s = 0; s < sides.size(); s++) {
            System.out.printf("%-30s %14.2f %14.2f %10.3f%n", names.get(s), nanos[s] / 1e6 / measured,
                    (double) events[s] / measured, (double) nanos[s] / nanos[0]);
        }
    }
}
