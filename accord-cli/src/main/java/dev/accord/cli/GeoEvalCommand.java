package dev.accord.cli;

import dev.accord.eval.GeoScorer;
import dev.accord.eval.ToponymRankerTraining;
import dev.accord.extract.FactExtractor;
import dev.accord.extract.ToponymRanker;
import dev.accord.model.Place;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code accord eval geo FILE...}: toponym recognition and resolution against GeoWebNews or GeoVirus XML,
 * with the shipped ranker, the hand-set one and the ranker cross-validated by article over all the files.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Geocodes the articles of GeoWebNews- or GeoVirus-style XML files and scores the places:",
                "accuracy within 161 km, mean and median error, exact GeoNames id, recall of place mentions;",
                "for the shipped toponym ranker, the hand-set one, and the ranker trained by "
                        + ToponymRankerTraining.FOLDS + "-fold cross-validation by article over all the files."})
final class GeoEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "The gold XML, e.g. ../shared/eval/geowebnews/GWN.xml ../shared/eval/geovirus/GeoVirus.xml.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write each gold toponym with Accord's resolution as JSON Lines.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles of each file.")
    Integer limit;

    @Option(names = "--train", paramLabel = "FILE",
            description = "Train the ranker on every article of the files and write its weights to FILE"
                    + " (accord-extract/src/main/resources/dev/accord/extract/toponym-ranker.tsv ships).")
    Path train;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<List<GeoScorer.GoldArticle>> golds = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        file + " does not exist; expected a GeoWebNews- or GeoVirus-style XML file");
            }
            List<GeoScorer.GoldArticle> gold = GeoScorer.read(file);
            golds.add(limit == null ? gold : gold.subList(0, Math.min(limit, gold.size())));
        }
        FactExtractor extractor = Engine.extractor(spec.commandLine().getErr());
        List<List<GeoScorer.Analysed>> analysed = golds.stream()
                .map(g -> GeoScorer.analyse(g, extractor::analyze)).toList();
        List<GeoScorer.Analysed> every = analysed.stream().flatMap(List::stream).toList();
        Optional<Function<GeoScorer.Analysed, List<Place>>> crossValidated =
                ToponymRankerTraining.crossValidated(every);
        Function<GeoScorer.Analysed, List<Place>> handSet = ToponymRankerTraining.rankedBy(ToponymRanker.handSet());
        PrintWriter w = spec.commandLine().getOut();
        Function<GeoScorer.Analysed, List<Place>> shipped = ToponymRankerTraining.rankedBy(ToponymRanker.shipped());
        long start = System.nanoTime();
        every.forEach(shipped::apply);
        w.printf("ranking the places of an article again with the shipped ranker: %.2f ms an article (%d articles)%n",
                (System.nanoTime() - start) / 1e6 / every.size(), every.size());
        Function<GeoScorer.Analysed, List<Place>> trained = null;
        if (train != null) {
            ToponymRanker ranker;
            try {
                ranker = ToponymRankerTraining.train(every);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--train " + train + ": " + e.getMessage());
            }
            try {
                ranker.write(train, List.of("Toponym ranker weights learned by 'accord eval geo --train' from the gold"
                                + " toponyms of " + every.size() + " articles of:",
                        String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList())
                                + " (GeoWebNews and GeoVirus annotations: GPL-3.0).",
                        "Features: see dev.accord.extract.ToponymRanker."));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the ranker's weights to " + train, e);
            }
            w.printf("ranker trained on %d articles -> %s%n", every.size(), train);
            trained = ToponymRankerTraining.rankedBy(ranker);
        }
        try (EvalOutput predictions = EvalOutput.open(out, spec.commandLine())) {
            for (int i = 0; i < files.size(); i++) {
                GeoScorer.Split split = GeoScorer.scorePlaces(analysed.get(i), a -> a.facts().places(),
                        predictions.lines());
                GeoScorer.Result r = split.all();
                w.printf("%s: %d articles, %d gold toponyms with coordinates (%d with misaligned offsets left out)%n",
                        files.get(i), r.articles(), r.gold(), r.misaligned());
                w.printf("shipped ranker (toponym-ranker.tsv, learned from GeoWebNews and GeoVirus: not held out):%n");
                print(w, "all", r);
                w.printf("split seed %d: %d articles tuned on, %d untuned%n", GeoScorer.SPLIT_SEED,
                        split.tuned().articles(), split.untuned().articles());
                print(w, "tuned", split.tuned());
                print(w, "untuned", split.untuned());
                w.printf("hand-set ranker (the score before the learned one):%n");
                brief(w, GeoScorer.scorePlaces(analysed.get(i), handSet, o -> { }));
                if (crossValidated.isPresent()) {
                    w.printf("ranker cross-validated by article (%d folds over the %d articles of all files, seed"
                            + " %d):%n", ToponymRankerTraining.FOLDS, every.size(), ToponymRankerTraining.FOLD_SEED);
                    GeoScorer.Split cv = GeoScorer.scorePlaces(analysed.get(i), crossValidated.get(), o -> { });
                    brief(w, cv);
                    kinds(w, "cv all", cv.all());
                } else {
                    w.printf("ranker not cross-validated: %d folds over %d articles leave a fold with no toponym to"
                            + " train on%n", ToponymRankerTraining.FOLDS, every.size());
                }
                if (trained != null) {
                    w.printf("ranker just trained on all the files (not held out):%n");
                    GeoScorer.Split now = GeoScorer.scorePlaces(analysed.get(i), trained, o -> { });
                    brief(w, now);
                    kinds(w, "trained", now.all());
                }
            }
        }
        w.flush();
        return 0;
    }

    private static void print(PrintWriter w, String part, GeoScorer.Result r) {
        w.printf("%-8s recall of place mentions   %.3f  (%d found of %d)%n", part, r.recall(), r.found(), r.gold());
        w.printf("%-8s accuracy within 161 km     %.3f  of found; %.3f of all gold%n", part, r.accuracy161(),
                r.endToEnd161());
        w.printf("%-8s error (km)                 mean %.0f, median %.1f%n", part, r.meanKm(), r.medianKm());
        w.printf("%-8s exact GeoNames id          %.3f  (%d of %d found toponyms whose gold has an id)%n",
                part, r.exactId(), r.idCorrect(), r.withId());
        kinds(w, part, r);
    }

    private static void kinds(PrintWriter w, String part, GeoScorer.Result r) {
        r.byKind().forEach((kind, n) -> w.printf("%-8s   resolved as %-15s %4d, %.3f within 161 km%n", part,
                kind.name().toLowerCase(Locale.ROOT), n[0], n[0] == 0 ? 0 : (double) n[1] / n[0]));
    }

    private static void brief(PrintWriter w, GeoScorer.Split split) {
        for (Map.Entry<String, GeoScorer.Result> part : List.of(Map.entry("all", split.all()),
                Map.entry("tuned", split.tuned()), Map.entry("untuned", split.untuned()))) {
            GeoScorer.Result r = part.getValue();
            w.printf("%-8s accuracy within 161 km %.3f of found, exact GeoNames id %.3f (%d of %d), median %.1f km%n",
                    part.getKey(), r.accuracy161(), r.exactId(), r.idCorrect(), r.withId(), r.medianKm());
        }
    }
}
