package dev.accord.cli;

import dev.accord.pipeline.Consolidation;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code accord consolidate}: the record across articles made again from scratch, for a store written before
 * consolidation (schema version 8) or after a change of the engine. {@code accord ingest} consolidates each
 * article as it stores it; this gives the same record, because consolidation does not depend on the order.
 */
@Command(name = "consolidate", mixinStandardHelpOptions = true,
        description = "Consolidates every stored article again, from scratch: one event, agreement or person "
                + "with every report of it. Analysts' merges, splits and retypes are kept and hold.")
final class ConsolidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (FactStore db = store.open()) {
            int total = db.articleCount();
            Consolidation.Rebuilt done = Consolidation.standard(db, changes -> { }).rebuild(n -> {
                if (n % 100 == 0 || n == total) {
                    err.printf("\rconsolidated %d of %d articles", n, total);
                    err.flush();
                }
            });
            if (total > 0) {
                err.println();
            }
            out.printf("Consolidated %d article%s in %s: %d events, %d agreements, %d people.%n", done.articles(),
                    done.articles() == 1 ? "" : "s", store.where(), done.events(), done.agreements(), done.people());
        }
        out.flush();
        return 0;
    }
}
