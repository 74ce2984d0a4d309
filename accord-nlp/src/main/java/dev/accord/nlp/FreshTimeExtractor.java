package dev.accord.nlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * SUTime reading each sentence as it reads the first one it is given. SUTime's rules mark a date by
 * the tense of a verb beside it ("confirmed on Wednesday" is a past Wednesday, "will meet on
 * Wednesday" a coming one) by tagging the value the date's rule gave, and that value is one object
 * shared by every "Wednesday" SUTime will ever read. CoreNLP 4.5.10 never removes the tag, so a
 * later article's "by Wednesday", with no tense of its own, took the direction of whichever
 * Wednesday was read before it, in this article or any earlier one, and on any thread.
 *
 * <p>This wrapper removes those tags before each sentence, and lets one sentence through at a time so
 * that a sentence on another thread cannot tag a value while this one is resolved. SUTime takes a
 * small share of Accord's time, so threads seldom wait here.
 */
final class FreshTimeExtractor implements SutimeLayer {

    /** The tag SUTime's rules put on a date's value to resolve it to the past or the future. */
    private static final String RESOLVE_TO = "resolveTo";

    private final TimeExpressionExtractor sutime;
    /** The values SUTime's rules give, which its tense rules tag: those bound in its environment. */
    private final List<Value> shared;

    /** @param sutime the SUTime CoreNLP built, or another layer over it */
    FreshTimeExtractor(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
        TimeExpressionExtractor built = sutime;
        while (built instanceof SutimeLayer layer) {
            built = layer.inner();
        }
        this.shared = sharedValues(built);
    }

    @Override
    public TimeExpressionExtractor inner() {
        return sutime;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return fresh(() -> sutime.extractTimeExpressionCoreMaps(sentence, document));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
        return fresh(() -> sutime.extractTimeExpressionCoreMaps(sentence, documentDate));
    }

    private synchronized List<CoreMap> fresh(Supplier<List<CoreMap>> run) {
        for (Value v : shared) {
            Tags tags = v.getTags();
            if (tags != null && tags.hasTag(RESOLVE_TO)) {
                tags.removeTag(RESOLVE_TO);
            }
        }
        return run.get();
    }

    private static List<Value> sharedValues(TimeExpressionExtractor built) {
        try {
            Field patterns = TimeExpressionExtractorImpl.class.getDeclaredField("timexPatterns");
            patterns.setAccessible(true);
            Object timexPatterns = patterns.get(built);
            Field envField = timexPatterns.getClass().getDeclaredField("env");
            envField.setAccessible(true);
            Env env = (Env) envField.get(timexPatterns);
            List<Value> values = new ArrayList<>();
            for (Object v : env.getVariables().values()) {
                if (v instanceof Value value) {
                    values.add(value);
                }
            }
            return values;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach SUTime's shared values: its extractor is not laid out as in"
                    + " CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
        }
    }
}
