package dev.accord.cli;

import dev.accord.store.FactStore;
import dev.accord.store.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code accord users}: the curators of a store, each with a token of their own that signs their
 * corrections on {@code accord serve}. A token is shown once, when its user is added; the store keeps
 * only its hash.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Adds, revokes and lists the store's curators; each signs their corrections with a token "
                + "of their own.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Revoke.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, revoke or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a curator and prints their new token, once: the store keeps only its hash.")
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "Their name, which signs their corrections: letters, digits, "
                + "'.', '_' or '-'.")
        String name;

        @Mixin
        StoreOptions store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (FactStore db = store.open()) {
                Users.Added added = db.users().add(name);
                out.println("Added user " + name + " to " + store.where() + ". Their token, shown this once "
                        + "(the store keeps only its hash):");
                out.println(added.token());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Stops a curator's token from working; their corrections stay signed with their name.")
    static final class Revoke implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "The user to revoke.")
        String name;

        @Mixin
        StoreOptions store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (FactStore db = store.open()) {
                Users.User revoked = db.users().revoke(name);
                out.println("Revoked user " + name + " in " + store.where() + " at " + revoked.revoked()
                        + "; their token no longer works.");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the curators: name, when added, when revoked, when their token last signed a "
                    + "write. Never their tokens.")
    static final class ListUsers implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (FactStore db = store.open()) {
                List<Users.User> users = db.users().list();
                int width = Math.max(4, users.stream().mapToInt(u -> u.name().length()).max().orElse(0));
                String row = "%-" + width + "s  %-20s  %-20s  %s%n";
                out.printf(row, "name", "created", "revoked", "last use");
                for (Users.User u : users) {
                    out.printf(row, u.name(), shown(u.created()), shown(u.revoked()), shown(u.lastUsed()));
                }
                out.println(users.size() + " user" + (users.size() == 1 ? "" : "s") + " in " + store.where() + ".");
            }
            out.flush();
            return 0;
        }

        private static String shown(Instant at) {
            return at == null ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }
}
