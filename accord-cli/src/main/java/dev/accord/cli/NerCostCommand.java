package dev.accord.cli;

import dev.accord.eval.AccordActorCoder;
import dev.accord.eval.Analysis;
import dev.accord.eval.EntityTaggers;
import dev.accord.eval.MeantimeEntityScorer;
import dev.accord.eval.PloverActorScorer;
import dev.accord.eval.ScoreTable;
import dev.accord.eval.SeedScorer;
import dev.accord.eval.WikinewsCorpus;
import dev.accord.extract.FactExtractor;
import dev.accord.ingest.UnreadableInputException;
import dev.accord.model.Article;
import dev.accord.nlp.CoreNlpAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code accord eval ner-cost}: the benchmark behind the annotator's settings. For each configuration
 * of CoreNLP's recogniser it measures the annotation time of the same corpus articles, as a ratio to
 * the first configuration of the run, and what Accord scores with it on the PLOVER, MEANTIME and seed
 * gold. Figures are printed, never asserted: timings depend on the machine and its load.
 */
@Command(name = "ner-cost", mixinStandardHelpOptions = true,
        description = {"Measures what each piece of CoreNLP's recogniser costs on a corpus and gives on the gold"
                + " sets, one configuration after the other; times are ratios to the first configuration.",
                "Give the JVM room for several pipelines, e.g. ACCORD_JAVA_OPTS='-Xmx8g -Xss4m'."})
final class NerCostCommand implements Callable<Integer> {

    private static final String GAZETTEERS = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final String NER_MODELS = "edu/stanford/nlp/models/ner/";

    /**
     * CoreNLP's own defaults for the pieces Accord changes: three CRF models (whose features CoreNLP
     * builds itself), the full gazetteers, SUTime over every word, every pattern tried everywhere and
     * CoreNLP's own tagger and lemmas.
     */
    private static final Map<String, String> CORENLP = Map.of(
            CoreNlpAnnotator.CUE_GATED_SUTIME, "false",
            CoreNlpAnnotator.GUARDED_PATTERNS, "false",
            CoreNlpAnnotator.FAST_TAGGER, "false",
            CoreNlpAnnotator.FAST_CRF, "false",
            CoreNlpAnnotator.CACHED_LEMMAS, "false",
            "ner.model", NER_MODELS + "english.all.3class.distsim.crf.ser.gz," + NER_MODELS
                    + "english.muc.7class.distsim.crf.ser.gz," + NER_MODELS + "english.conll.4class.distsim.crf.ser.gz",
            "ner.fine.regexner.mapping", "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + GAZETTEERS
                    + "regexner_caseless.tab;" + GAZETTEERS + "regexner_cased.tab");

    private static final int WARM_UP = 5;

    /** A named change to the annotator's settings as Accord ships them. */
    record Config(String name, Map<String, String> overrides) {
        Config {
            overrides = Map.copyOf(overrides);
        }

        /** CoreNLP's default recogniser with {@code change} applied. */
        static Config fromCoreNlp(String name, Map<String, String> change) {
            Map<String, String> o = new LinkedHashMap<>(CORENLP);
            o.putAll(change);
            return new Config(name, o);
        }
    }

    /**
     * The configurations measured unless {@code --only} picks some; the first, CoreNLP's default
     * recogniser, is the baseline of the ratios. Each piece is measured as one change to it.
     */
    static final List<Config> CONFIGS = List.of(
            Config.fromCoreNlp("corenlp-default", Map.of()),
            new Config("accord", Map.of()),
            Config.fromCoreNlp("one-crf", Map.of("ner.model", NER_MODELS + "english.all.3class.distsim.crf.ser.gz")),
            Config.fromCoreNlp("plain-gazetteers", Map.of("ner.fine.regexner.mapping",
                    CoreNlpAnnotator.defaultSettings().get("ner.fine.regexner.mapping"))),
            Config.fromCoreNlp("cased-gazetteer", Map.of("ner.fine.regexner.mapping", GAZETTEERS + "regexner_cased.tab")),
            Config.fromCoreNlp("no-fine-grained", Map.of("ner.applyFineGrained", "false")),
            Config.fromCoreNlp("no-sutime", Map.of("ner.useSUTime", "false")),
            Config.fromCoreNlp("no-numeric", Map.of("ner.applyNumericClassifiers", "false", "ner.useSUTime", "false")),
            Config.fromCoreNlp("no-mentions", Map.of("ner.buildEntityMentions", "false")),
            new Config("no-ner", Map.of("annotators", "tokenize,ssplit,pos,lemma")));

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Articles to time, JSON Lines (default: ../shared/corpus/wikinews.jsonl).")
    Path corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100",
            description = "How many corpus articles to time (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--gold-limit", paramLabel = "N", defaultValue = "0",
            description = "Score only the first N PLOVER sentences and MEANTIME documents (default: all).")
    int goldLimit;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Measure only these configurations, in this order.")
    List<String> only;

    @Option(names = "--with", paramLabel = "NAME:KEY=VALUE",
            description = {"Adds a configuration NAME that changes setting KEY to VALUE; repeat to change several"
                    + " settings of one configuration.",
                    "Example: --with \"lean:ner.fine.regexner.mapping=/tmp/small.tab\""})
    List<String> extra;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() {
        List<Config> configs = selected();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> timed = WikinewsCorpus.read(
                GoldEvalOptions.gold(spec, corpus, "corpus/wikinews.jsonl", "a JSON Lines corpus"), articles);
        var plover = first(PloverActorScorer.load(GoldEvalOptions.gold(spec, null,
                "eval/plover-gsr/PLOVER_GSR_CAMEO.dev.json", "the PLOVER dev gold")));
        var meantime = first(MeantimeEntityScorer.load(GoldEvalOptions.gold(spec, null,
                "eval/meantime-en/intra-doc_annotation", "the MEANTIME documents")));
        Path seedArticle = GoldEvalOptions.gold(spec, null, "seed/000_ebc1b76246187781.txt", "the seed article");
        int chars = timed.stream().mapToInt(a -> a.text().length()).sum();
        out.printf("NER cost: %d corpus articles (%d characters) timed per configuration; %d PLOVER sentences,"
                + " %d MEANTIME documents, the seed article scored%n", timed.size(), chars, plover.size(), meantime.size());
        out.printf("%-16s %7s %9s %9s %8s %10s %10s %10s %10s%n", "config", "load s", "cpu s", "x default",
                "chars/s", "PLOVER F1", "sector F1", "MEANTIME F1", "seed must");
        out.flush();
        double baseline = 0;
        for (Config c : configs) {
            err.println("accord: measuring " + c.name() + " " + c.overrides());
            err.flush();
            long loadStart = System.nanoTime();
            CoreNlpAnnotator annotator = CoreNlpAnnotator.withOverrides(c.overrides());
            double load = (System.nanoTime() - loadStart) / 1e9;
            // A few untimed articles first, so that no configuration pays for the JIT compiling shared code.
            timed.stream().limit(WARM_UP).forEach(a -> annotator.annotate(a.text(), a.published()));
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (Article a : timed) {
                annotator.annotate(a.text(), a.published());
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            baseline = baseline == 0 ? cpu : baseline;

            FactExtractor extractor = new FactExtractor(annotator);
            ScoreTable actors = new ScoreTable();
            PloverActorScorer.score(plover, a -> Analysis.of(a, annotator, extractor), List.of(new AccordActorCoder()),
                    actors);
            ScoreTable exact = new ScoreTable();
            ScoreTable overlap = new ScoreTable();
            MeantimeEntityScorer.score(meantime, a -> Analysis.of(a, annotator, extractor),
                    List.of(EntityTaggers.accord()), exact, overlap);
            out.printf("%-16s %7.1f %9.1f %9.2f %8.0f %10.3f %10.3f %10.3f %10s%n", c.name(), load, cpu, cpu / baseline,
                    chars / cpu, actors.get("accord", ScoreTable.ALL).f1(),
                    actors.get("accord", PloverActorScorer.WITH_SECTOR).f1(), overlap.get("accord", ScoreTable.ALL).f1(),
                    seedMust(extractor, seedArticle));
            out.flush();
        }
        out.println("cpu s: this thread's processor time annotating the corpus articles; x default: its ratio to the"
                + " first configuration. F1: Accord's, PLOVER actor codes (all, with sector) and MEANTIME names"
                + " (overlapping spans).");
        out.flush();
        return 0;
    }

    private List<Config> selected() {
        Map<String, Config> byName = new LinkedHashMap<>();
        CONFIGS.forEach(c -> byName.put(c.name(), c));
        Map<String, Map<String, String>> added = new LinkedHashMap<>();
        for (String w : extra == null ? List.<String>of() : extra) {
            int colon = w.indexOf(':');
            int equals = w.indexOf('=', colon + 1);
            if (colon < 1 || equals < colon + 2) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--with '" + w + "' is not NAME:KEY=VALUE; expected e.g. lean:ner.useSUTime=false");
            }
            added.computeIfAbsent(w.substring(0, colon), k -> new LinkedHashMap<>())
                    .put(w.substring(colon + 1, equals), w.substring(equals + 1));
        }
        added.forEach((name, overrides) -> byName.put(name, new Config(name, overrides)));
        if (only == null || only.isEmpty()) {
            return List.copyOf(byName.values());
        }
        List<Config> out = new ArrayList<>();
        for (String name : only) {
            Config c = byName.get(name);
            if (c == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown configuration '" + name + "'; expected one of " + byName.keySet());
            }
            out.add(c);
        }
        return out;
    }

    private <T> List<T> first(List<T> items) {
        return goldLimit > 0 && goldLimit < items.size() ? items.subList(0, goldLimit) : items;
    }

    /** The seed's 'must' items passed, of all: "26/26". */
    private static String seedMust(FactExtractor extractor, Path seedArticle) {
        SeedScorer scorer = SeedScorer.load(seedArticle.resolveSibling("expected.json"));
        List<SeedScorer.Check> checks;
        try {
            checks = scorer.score(SeedEvalCommand.analyzeSeed(extractor, seedArticle, LocalDate.parse(scorer.published())));
        } catch (UnreadableInputException e) {
            return "unreadable";
        }
        long must = checks.stream().filter(k -> k.level().equals("must")).count();
        long passed = checks.stream().filter(k -> k.level().equals("must") && k.outcome() == SeedScorer.Outcome.PASS)
                .count();
        return passed + "/" + must;
    }
}
