package dev.accord.cli;

import dev.accord.ingest.Input;
import dev.accord.ingest.Inputs;
import dev.accord.ingest.TextArticleReader;
import dev.accord.ingest.UnreadableInputException;
import dev.accord.model.Article;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;

/** The inputs and the article options that {@code analyze} and {@code ingest} share. */
final class ReadOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Text files, folders of them (searched recursively for *.txt), or - for standard input.")
    List<String> paths;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The articles' publication date; relative dates (\"in June\", \"on Monday\") are "
                    + "resolved against it. Default: an ISO date that starts the file name, else none.")
    LocalDate date;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The article's headline; default: detected (a first line set apart, or repeated "
                    + "last lines).")
    String title;

    private final TextArticleReader reader = new TextArticleReader();

    Inputs.Expansion expand() {
        return Inputs.expand(paths);
    }

    Article read(Input input) throws UnreadableInputException {
        return reader.read(input, new TextArticleReader.Options(date, title));
    }

    /** A title names one article; given with several inputs it is a usage error. */
    String titleConflict(int inputs) {
        return title != null && inputs > 1
                ? "--title names one article, but " + inputs + " inputs were given"
                : null;
    }
}
