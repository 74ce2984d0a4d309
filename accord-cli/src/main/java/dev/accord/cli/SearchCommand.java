package dev.accord.cli;

import dev.accord.model.Modality;
import dev.accord.store.FactStore;
import dev.accord.store.SearchHit;
import dev.accord.store.SearchQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code accord search}: full-text search over stored articles, optionally by actor. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Finds stored articles by their words (all must occur) and, optionally, by an actor, a "
                + "quoted speaker, or the modality and voice of their events.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "WORD", arity = "0..*", description = "Words that must all occur.")
    List<String> words = List.of();

    @Option(names = "--actor", paramLabel = "CODE",
            description = "Only articles with this actor: a state (ISO 3166-1 alpha-3, such as KAZ, which also "
                    + "matches its people and organisations) or an international organisation (such as SCO).")
    String actor;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only articles quoting a speaker whose name contains NAME (ignoring case).")
    String speaker;

    @Option(names = "--modality", paramLabel = "MODALITY", split = ",",
            description = "Only articles with an event of one of these modalities: asserted, negated, future, "
                    + "hypothetical. Default: any.")
    Set<Modality> modalities;

    @Option(names = "--voice", paramLabel = "VOICE", defaultValue = "any",
            description = "Only articles with an event the article states itself (article) or a quoted speaker states"
                    + " (quoted); with --modality, the same event must have both. Default: ${DEFAULT-VALUE}.")
    SearchQuery.Voice voice;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text = String.join(" ", words).strip();
        if (text.isEmpty() && actor == null && speaker == null && modalities == null
                && voice == SearchQuery.Voice.ANY) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to search for: give words, --actor, --speaker, --modality or --voice");
        }
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (FactStore db = store.open()) {
            List<SearchHit> hits = db.search(new SearchQuery(text, actor, speaker, modalities, voice, limit));
            for (SearchHit h : hits) {
                out.printf("%s  %s  %s%n    %s%n", h.articleId(), h.published() == null ? "----------" : h.published(),
                        h.title() == null ? "(" + h.source() + ")" : h.title(), h.snippet());
            }
            out.printf("%d article%s found.%n", hits.size(), hits.size() == 1 ? "" : "s");
        }
        out.flush();
        return 0;
    }
}
