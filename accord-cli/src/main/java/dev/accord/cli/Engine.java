package dev.accord.cli;

import dev.accord.extract.FactExtractor;
import dev.accord.pipeline.Extraction;

import java.io.PrintWriter;

/** The extractor every command runs ({@link Extraction#standard}), saying on stderr when the models load. */
final class Engine {

    private Engine() {
    }

    static FactExtractor extractor(PrintWriter err) {
        return Extraction.standard(notice -> {
            err.println("accord: " + notice);
            err.flush();
        });
    }
}
