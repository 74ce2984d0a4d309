package dev.accord.cli;

import picocli.CommandLine;

/** Starts the {@code accord} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(AccordCommand.commandLine().execute(args));
    }
}
