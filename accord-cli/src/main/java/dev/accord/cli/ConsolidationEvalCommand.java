package dev.accord.cli;

import dev.accord.consolidate.ConsolidationSettings;
import dev.accord.consolidate.MiniLmEncoder;
import dev.accord.consolidate.SentenceEncoder;
import dev.accord.eval.ConsolidationEvaluation;
import dev.accord.eval.CorefScores;
import dev.accord.eval.WikinewsCorpus;
import dev.accord.extract.FactExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code accord eval consolidation [DIR]}: event consolidation on MEANTIME's cross-document gold against a
 * same-lemma-and-date baseline, then the synthetic check on rewrites of corpus stories.
 */
@Command(name = "consolidation", mixinStandardHelpOptions = true,
        description = {"Consolidates the events Accord finds in MEANTIME's cross-document documents under DIR and "
                + "scores them against the gold's event instances over the mentions both share: MUC, B3, CEAF-e, "
                + "their CoNLL average and the wrong-merge rate, with and without sentence embeddings, beside a "
                + "same-lemma-and-date baseline; each topic alone (one tuned, the others held back) and all.",
                "Then rewrites corpus stories as other outlets would and checks that each story's events "
                        + "consolidate and different stories' do not."})
final class ConsolidationEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "MEANTIME's cross-document annotation, one folder a "
            + "topic (default: ../shared/eval/meantime-en/cross-doc_annotation).")
    Path dir;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "JSON Lines stories for the synthetic check (default: ../shared/corpus/wikinews.jsonl).")
    Path corpus;

    @Option(names = "--stories", paramLabel = "N", defaultValue = "60",
            description = "How many corpus stories the synthetic check rewrites (default: ${DEFAULT-VALUE}; 0: none).")
    int stories;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "15",
            description = "Seed of the rewrites' random edits (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path gold = GoldEvalOptions.gold(spec, dir, "eval/meantime-en/cross-doc_annotation",
                "MEANTIME's cross-document annotation, a folder of topic folders of CAT .xml files");
        if (!Files.isDirectory(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), gold + " is not a folder; expected a folder "
                    + "of topic folders of MEANTIME CAT .xml files");
        }
        List<ConsolidationEvaluation.GoldDocument> documents = ConsolidationEvaluation.read(gold);
        if (documents.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), gold + " holds no MEANTIME CAT .xml files");
        }
        PrintWriter out = spec.commandLine().getOut();
        FactExtractor extractor = Engine.extractor(spec.commandLine().getErr());
        SentenceEncoder encoder = new MiniLmEncoder();
        ConsolidationSettings settings = ConsolidationSettings.DEFAULT;
        ConsolidationEvaluation.Result r = ConsolidationEvaluation.run(documents, extractor::analyze, settings,
                encoder);
        out.printf("%s: %d documents, %d gold event mentions of an instance, %d Accord events, %d shared%n", gold,
                r.documents(), r.goldMentions(), r.accordEvents(), r.shared());
        out.printf("Settings: threshold %.2f, date slack %d days, report window %d days; embeddings %s%n",
                settings.threshold(), settings.dateSlackDays(), settings.reportWindowDays(), encoder.model());
        out.printf("%-28s %-22s %8s %5s %5s %7s %7s %7s %7s %12s%n", "part", "method", "mentions", "gold", "sys",
                "MUC F1", "B3 F1", "CEAF-e", "CoNLL", "wrong merges");
        for (ConsolidationEvaluation.Row row : r.rows()) {
            CorefScores s = row.scores();
            out.printf("%-28s %-22s %8d %5d %5d %7.3f %7.3f %7.3f %7.3f %5.3f (%d/%d)%n", row.label(), row.method(),
                    s.mentions(), s.goldClusters(), s.systemClusters(), s.muc().f1(), s.bCubed().f1(), s.ceafE().f1(),
                    s.conll(), s.wrongMergeRate(), s.wrongPairs(), s.linkedPairs());
        }
        r.wrongMerges().forEach(w -> out.println("  wrong merge: " + w));
        out.println("What the embeddings add: the words around two gold mentions in different documents of a topic, "
                + "as a test of one event against different events (area under the ROC curve; 0.5 is chance)");
        for (ConsolidationEvaluation.ContextAuc a : ConsolidationEvaluation.contextAuc(documents, encoder)) {
            out.printf("  %-26s %7d pairs (%5d of one event): shared words %.3f, embeddings %.3f, both %.3f%n",
                    a.label(), a.pairs(), a.positives(), a.lexical(), a.semantic(), a.combined());
        }
        if (stories > 0) {
            Path file = corpus != null ? corpus : EvalCommand.sharedDir().resolve("corpus/wikinews.jsonl");
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + " does not exist; expected a "
                        + "JSON Lines corpus (--corpus), or --stories 0");
            }
            ConsolidationEvaluation.SyntheticResult s = ConsolidationEvaluation.synthetic(
                    WikinewsCorpus.read(file, stories), extractor::analyze, settings, encoder, seed);
            out.printf("Synthetic: %d stories of %s, each with %d rewrites by other outlets: %d reports, %d event "
                            + "mentions%n", s.stories(), file, s.reports() / Math.max(1, s.stories()) - 1, s.reports(),
                    s.events());
            out.printf("  one story's reports of one event consolidated together: %.3f (%d of %d pairs)%n",
                    s.storyRecall(), s.joinedPairs(), s.expectedPairs());
            out.printf("  consolidated events mixing two stories: %d%n", s.crossStoryEvents());
            s.crossStoryExamples().forEach(e -> out.println("    " + e));
            s.missedExamples().forEach(e -> out.println("  left apart: " + e));
        }
        out.flush();
        return 0;
    }
}
