package dev.accord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** {@code accord eval}: scorers against gold data, one subcommand per gold format. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Accord against gold data; one subcommand per gold format.",
        subcommands = {SeedEvalCommand.class, PloverEvalCommand.class, ActorsEvalCommand.class,
                EntitiesEvalCommand.class, NerCostCommand.class, GeoEvalCommand.class, TimexEvalCommand.class,
                DedupEvalCommand.class, PagesEvalCommand.class, ConsolidationEvalCommand.class,
                SpeakersEvalCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a gold format is required");
    }

    /**
     * The shared reference data beside the checkout: {@code ../shared} of the folder the launcher
     * lives in, or of the working folder when run otherwise.
     */
    static Path sharedDir() {
        String home = System.getProperty("accord.home");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath().resolve("../shared").normalize();
    }
}
