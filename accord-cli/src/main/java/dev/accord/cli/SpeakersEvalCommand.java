package dev.accord.cli;

import dev.accord.eval.Analysis;
import dev.accord.eval.SpeakerScorer;
import dev.accord.model.Article;
import dev.accord.nlp.CoreNlpQuoteAttribution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code accord eval speakers [DIR]}: quotes found and speakers right against PolNeAR's attribution spans, for
 * Accord and for CoreNLP's own quote attribution over the same articles, on the tuned part, the untuned part
 * and all.
 */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = {"Reads PolNeAR's articles and scores the quotes found and the speakers right, direct and",
                "reported apart, for Accord and for CoreNLP's quote annotator with its attribution; on the",
                "articles the rules were tuned on, on the others, and on all; then the direct quotes of each",
                "part by where the speaker stands and how it is named. --out writes the tuned part's quotes only."})
final class SpeakersEvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Its {@code --out} file holds the tuned part's quotes only: the untuned part's misses are never read. */
    @Mixin
    GoldEvalOptions options;

    @CommandLine.Option(names = "--no-corenlp",
            description = "Score Accord alone, without running CoreNLP's attribution (most of the run's time); "
                    + "CoreNLP's figures are then left out.")
    boolean noCoreNlp;

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "A PolNeAR folder with text/ and attributions/ (default: ../shared/eval/polnear-dev).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = GoldEvalOptions.gold(spec, dir, "eval/polnear-dev",
                "a PolNeAR folder with text/NAME.txt and attributions/NAME_ANNOTATOR.ann");
        List<SpeakerScorer.GoldArticle> articles = options.first(SpeakerScorer.read(folder));
        Function<Article, Analysis> analyse = GoldEvalOptions.analyser(err, articles.size());
        CoreNlpQuoteAttribution corenlp = noCoreNlp ? null : new CoreNlpQuoteAttribution();
        List<SpeakerScorer.Outcome> outcomes = new ArrayList<>();
        SpeakerScorer.Split split = SpeakerScorer.score(articles, gold -> {
            LocalDate date = published(gold.name());
            Article article = Article.of("polnear", gold.text().lines().findFirst().orElse(""), date, "en",
                    gold.text());
            List<SpeakerScorer.Predicted> other = corenlp == null ? List.of() : corenlp(corenlp, gold.text(), date);
            return new SpeakerScorer.Predictions(SpeakerScorer.accord(analyse.apply(article).facts()), other);
        }, outcomes::add);
        // Misses are read on the tuned part only, so the per-quote file holds nothing of the untuned part.
        options.write(outcomes.stream().filter(SpeakerScorer.Outcome::tuned).toList());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d articles (%d tuned on, %d untuned; split seed %d)%n", folder, articles.size(),
                split.tuned().articles(), split.untuned().articles(), SpeakerScorer.SPLIT_SEED);
        print(out, "tuned", split.tuned());
        print(out, "untuned", split.untuned());
        print(out, "all", split.all());
        kinds(out, "tuned", SpeakerScorer.directKinds(outcomes, true));
        kinds(out, "untuned", SpeakerScorer.directKinds(outcomes, false));
        out.flush();
        return 0;
    }

    private static List<SpeakerScorer.Predicted> corenlp(CoreNlpQuoteAttribution corenlp, String text,
                                                         LocalDate date) {
        return corenlp.quotes(text, date).stream()
                .map(q -> new SpeakerScorer.Predicted(List.of(q.span()),
                        q.mention() == null ? List.of() : q.speakerSpan() == null ? List.of(q.mention())
                                : List.of(q.mention(), q.speakerSpan()), q.speaker()))
                .toList();
    }

    /** PolNeAR's names start with the publisher and the date: {@code politico_2016-09-08_...}. */
    private static LocalDate published(String name) {
        String[] parts = name.split("_");
        try {
            return parts.length > 1 ? LocalDate.parse(parts[1]) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void print(PrintWriter out, String part, SpeakerScorer.Result r) {
        row(out, part, "Accord", "direct", r.accord().direct());
        row(out, part, "Accord", "reported", r.accord().reported());
        if (!noCoreNlp) {
            row(out, part, "CoreNLP", "direct", r.other().direct());
            row(out, part, "CoreNLP", "reported", r.other().reported());
        }
    }

    private void kinds(PrintWriter out, String part, Map<String, SpeakerScorer.KindTally> kinds) {
        out.printf("%s direct quotes by kind: gold; Accord%s: found, given a speaker, speaker right%n", part,
                noCoreNlp ? "" : " and CoreNLP");
        kinds.forEach((kind, t) -> {
            out.printf("  %-28s %4d   Accord %3d %3d %3d (%s)", kind, t.gold(), t.accordFound(), t.accordNamed(),
                    t.accordRight(), rate(t.accordRight(), t.gold()));
            if (!noCoreNlp) {
                out.printf("   CoreNLP %3d %3d %3d (%s)", t.otherFound(), t.otherNamed(), t.otherRight(),
                        rate(t.otherRight(), t.gold()));
            }
            out.println();
        });
    }

    private static String rate(int part, int whole) {
        return whole == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }

    private static void row(PrintWriter out, String part, String reader, String kind, SpeakerScorer.Tally t) {
        out.printf("%-8s %-8s %-9s gold %4d  found %.3f (%d)  speaker right %.3f (%d of %d with a Source; "
                        + "%d named by the local words only)%n",
                part, reader, kind, t.gold(), t.foundRate(), t.found(), t.rightRate(), t.right(), t.withSource(),
                t.unresolved());
    }
}
