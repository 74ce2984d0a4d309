package dev.accord.nlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * SUTime reading each sentence as it reads the first one it is given. SUTime's rules mark a date by
 * the tense of a verb beside it ("confirmed on Wednesday" is a past Wednesday, "will meet on
 * Wednesday" a coming one) by tagging the value the date's rule gave, and that value is one object
 * shared by every "Wednesday" SUTime will ever read. CoreNLP 4.5.10 never removes the tag, so a
 * later article's "by Wednesday", with no tense of its own, took the direction of whichever
 * Wednesday was read before it, in this article or any earlier one, and on any thread.
 *
 * <p>This wrapper gives each thread a SUTime of its own (a second one loads in about 50 ms and takes
 * about 1 MiB), so that no other thread can tag its values, and removes the tags before each sentence.
 */
final class FreshTimeExtractor implements SutimeLayer {

    /** The tag SUTime's rules put on a date's value to resolve it to the past or the future. */
    private static final String RESOLVE_TO = "resolveTo";

    /** The SUTime CoreNLP built, with Accord's layers over it. */
    private final TimeExpressionExtractor built;
    private final ThreadLocal<Own> own;

    /**
     * @param built  the SUTime CoreNLP built, or another layer over it
     * @param layers what makes a new SUTime into one like {@code built} (its guards and gate)
     */
    FreshTimeExtractor(TimeExpressionExtractor built, UnaryOperator<TimeExpressionExtractor> layers) {
        this(built, () -> layers.apply(copyOf(innermost(built))));
    }

    /**
     * @param built     the SUTime this one stands for, which {@link #inner} gives
     * @param perThread makes the SUTime of each thread that uses this one
     */
    FreshTimeExtractor(TimeExpressionExtractor built, Supplier<TimeExpressionExtractor> perThread) {
        this.built = built;
        this.own = ThreadLocal.withInitial(() -> new Own(perThread.get()));
    }

    @Override
    public TimeExpressionExtractor inner() {
        return built;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return own.get().fresh().extractTimeExpressionCoreMaps(sentence, document);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
        return own.get().fresh().extractTimeExpressionCoreMaps(sentence, documentDate);
    }

    /** One thread's SUTime and the values its tense rules tag: those bound in its environment. */
    private record Own(TimeExpressionExtractor sutime, List<Value> shared) {

        Own(TimeExpressionExtractor sutime) {
            this(sutime, sharedValues(innermost(sutime)));
        }

        /** This SUTime, with the tags of the sentences it read before removed. */
        TimeExpressionExtractor fresh() {
            for (Value v : shared) {
                Tags tags = v.getTags();
                if (tags != null && tags.hasTag(RESOLVE_TO)) {
                    tags.removeTag(RESOLVE_TO);
                }
            }
            return sutime;
        }
    }

    private static TimeExpressionExtractor innermost(TimeExpressionExtractor sutime) {
        TimeExpressionExtractor inner = sutime;
        while (inner instanceof SutimeLayer layer) {
            inner = layer.inner();
        }
        return inner;
    }

    /** A new SUTime with the options of {@code sutime}. */
    private static TimeExpressionExtractor copyOf(TimeExpressionExtractor sutime) {
        try {
            Field options = TimeExpressionExtractorImpl.class.getDeclaredField("options");
            options.setAccessible(true);
            TimeExpressionExtractorImpl copy = new TimeExpressionExtractorImpl("sutime", new Properties());
            copy.init((Options) options.get(sutime));
            return copy;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot make another SUTime like " + sutime + ": its extractor is not"
                    + " laid out as in CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
        }
    }

    private static List<Value> sharedValues(TimeExpressionExtractor sutime) {
        try {
            Field patterns = TimeExpressionExtractorImpl.class.getDeclaredField("timexPatterns");
            patterns.setAccessible(true);
            Object timexPatterns = patterns.get(sutime);
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
