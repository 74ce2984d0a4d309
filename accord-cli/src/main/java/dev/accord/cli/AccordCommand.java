package dev.accord.cli;

import dev.accord.model.AccordVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code accord} command. Exit codes: 0 all well, 1 some inputs failed (named in the summary),
 * 2 a usage error.
 */
@Command(name = "accord",
        mixinStandardHelpOptions = true,
        versionProvider = AccordCommand.Version.class,
        description = "Reads news about international relations and turns it into a source-linked record of "
                + "who did what to whom, where and when.",
        subcommands = {
                AnalyzeCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ShowCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                ProblemsCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                ConsolidationBenchCommand.class,
                LoadCommand.class,
                ConsolidateCommand.class,
                WatchCommand.class,
                UsersCommand.class,
                CommandLine.HelpCommand.class
        })
public final class AccordCommand implements Runnable {

    /** Some inputs could not be read or analysed; the summary names them. */
    public static final int EXIT_SOME_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** A command line with Accord's converters and one-line usage errors. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AccordCommand());
        cl.registerConverter(LocalDate.class, AccordCommand::parseDate);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(AccordCommand::usageError);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("accord " + line.getCommandName() + ": " + ex.getMessage());
            return EXIT_SOME_FAILED;
        });
        return cl;
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD");
        }
    }

    /** One line: the command, what was wrong, where to look for what is expected. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String path = cl.getCommandSpec().qualifiedName();
        err.println(path + ": " + ex.getMessage().replaceAll("\\s+", " ").strip()
                + "; see '" + path + " --help' for what is expected");
        return EXIT_USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"accord " + AccordVersion.get()};
        }
    }
}
