package dev.accord.cli;

import dev.accord.eval.GeoScorer;
import dev.accord.extract.FactExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code accord eval geo FILE}: toponym recognition and resolution against GeoWebNews or GeoVirus XML. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Geocodes the articles of a GeoWebNews- or GeoVirus-style XML file and scores the places:",
                "accuracy within 161 km, mean and median error, exact GeoNames id, recall of place mentions."})
final class GeoEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The gold XML, e.g. ../shared/eval/geowebnews/GWN.xml.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write each gold toponym with Accord's resolution as JSON Lines.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles.")
    Integer limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    file + " does not exist; expected a GeoWebNews- or GeoVirus-style XML file");
        }
        List<GeoScorer.GoldArticle> gold = GeoScorer.read(file);
        if (limit != null) {
            gold = gold.subList(0, Math.min(limit, gold.size()));
        }
        FactExtractor extractor = Engine.extractor(spec.commandLine().getErr());
        GeoScorer.Split split;
        try (EvalOutput predictions = EvalOutput.open(out, spec.commandLine())) {
            split = GeoScorer.score(gold, extractor::analyze, predictions.lines());
        }
        PrintWriter w = spec.commandLine().getOut();
        GeoScorer.Result r = split.all();
        w.printf("%s: %d articles, %d gold toponyms with coordinates (%d with misaligned offsets left out)%n",
                file, r.articles(), r.gold(), r.misaligned());
        print(w, "all", r);
        w.printf("split seed %d: %d articles tuned on, %d untuned%n", GeoScorer.SPLIT_SEED,
                split.tuned().articles(), split.untuned().articles());
        print(w, "tuned", split.tuned());
        print(w, "untuned", split.untuned());
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
        r.byKind().forEach((kind, n) -> w.printf("%-8s   resolved as %-15s %4d, %.3f within 161 km%n", part,
                kind.name().toLowerCase(Locale.ROOT), n[0], n[0] == 0 ? 0 : (double) n[1] / n[0]));
    }
}
