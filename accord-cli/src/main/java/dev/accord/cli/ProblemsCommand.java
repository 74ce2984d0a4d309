package dev.accord.cli;

import dev.accord.model.Problem;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code accord problems}: the inputs the store's ingests refused, each with its reason. */
@Command(name = "problems", mixinStandardHelpOptions = true,
        description = "Lists the inputs that ingesting could not use, each with its reason; an input read "
                + "successfully later is dropped from the list.")
final class ProblemsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (FactStore db = store.open()) {
            List<Problem> problems = db.problems();
            for (Problem p : problems) {
                out.println(p);
            }
            out.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " recorded in " + store.where()
                    + ".");
        }
        out.flush();
        return 0;
    }
}
