package dev.accord.cli;

import dev.accord.extract.FactExtractor;
import dev.accord.nlp.CoreNlpAnnotator;

import java.io.PrintWriter;

/**
 * The fact extractor, built on first need: commands that fail on their inputs, or only read the
 * store, never pay the 10-30 seconds of loading the language models.
 */
final class Engine {

    private static FactExtractor extractor;

    private Engine() {
    }

    static synchronized FactExtractor extractor(PrintWriter err) {
        if (extractor == null) {
            err.println("accord: loading language models (10-30 s, once per run)...");
            err.flush();
            extractor = new FactExtractor(CoreNlpAnnotator.shared());
        }
        return extractor;
    }
}
