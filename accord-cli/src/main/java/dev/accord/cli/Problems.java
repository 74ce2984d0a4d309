package dev.accord.cli;

import dev.accord.model.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Reports the inputs a command could not use, one line each, and gives the exit code. */
final class Problems {

    private Problems() {
    }

    static int report(PrintWriter err, String command, List<Problem> problems) {
        for (Problem p : problems) {
            err.println("accord " + command + ": " + p);
        }
        err.flush();
        return problems.isEmpty() ? 0 : AccordCommand.EXIT_SOME_FAILED;
    }
}
