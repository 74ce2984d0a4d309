package dev.accord.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the accord command in this JVM, with what it printed. */
record Run(int exitCode, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AccordCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Lines of stderr that report a problem, leaving out progress and loading notes. */
    java.util.List<String> problemLines() {
        return err.lines().filter(l -> l.startsWith("accord ") || l.startsWith("accord.")).toList();
    }
}
