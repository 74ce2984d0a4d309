package dev.accord.nlp;

import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;

import java.util.Properties;

/**
 * A SUTime that runs another one beneath it, set up and finished as that one is;
 * {@link CueGatedTimeExtractor#sutimeOf} looks through it.
 */
interface SutimeLayer extends TimeExpressionExtractor {

    /** The SUTime this one runs. */
    TimeExpressionExtractor inner();

    @Override
    default void init(String name, Properties props) {
        inner().init(name, props);
    }

    @Override
    default void init(Options options) {
        inner().init(options);
    }

    @Override
    default void finalize(CoreMap document) {
        inner().finalize(document);
    }
}
