package dev.accord.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * SUTime, run only where a {@link DateCues date word} is: over the words within {@link #REACH} of one,
 * in windows that merge where they overlap or touch. SUTime matches hundreds of
 * rules at every token it is given, so a long sentence with one date in it costs what its few words
 * around the date cost. A sentence without a date word gets what SUTime would have given it: its
 * numbers found and merged (the recogniser tags them NUMBER) and no time expression.
 *
 * <p>CoreNLP 4.5.10 builds its SUTime inside the recogniser with no setting to replace it, so
 * {@link #install} wraps the one it built; it fails loudly if another CoreNLP version has moved the
 * fields it reaches.
 */
final class CueGatedTimeExtractor implements SutimeLayer {

    /**
     * How many words either side of a date word SUTime reads. Its compositions ("from the first week
     * of March to the end of the decade") join expressions that each hold a date word and lie a few
     * words apart, so their windows meet. With five words, SUTime found every expression it finds
     * over whole sentences in the 349 corpus articles, but one bare number it read as a clock time,
     * and the same MEANTIME TIMEX3 figures (eight words read a third more).
     */
    static final int REACH = 5;

    private final TimeExpressionExtractor sutime;

    /** @param sutime the SUTime that reads the windows */
    CueGatedTimeExtractor(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return gated(sentence, part -> sutime.extractTimeExpressionCoreMaps(part, document));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
        return gated(sentence, part -> sutime.extractTimeExpressionCoreMaps(part, documentDate));
    }

    private static List<CoreMap> gated(CoreMap sentence, Function<CoreMap, List<CoreMap>> sutime) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) {
            return sutime.apply(sentence);
        }
        List<int[]> windows = windows(tokens);
        if (windows.size() == 1 && windows.get(0)[0] == 0 && windows.get(0)[1] == tokens.size()) {
            return sutime.apply(sentence);
        }
        // The numbers of the whole sentence, as SUTime would have found them.
        try {
            sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, NumberNormalizer.findAndMergeNumbers(sentence));
        } catch (NumberFormatException e) {
            // SUTime's own reaction to a number it cannot read: no numbers for the sentence.
            sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, new ArrayList<>());
        }
        List<CoreMap> found = new ArrayList<>();
        for (int[] w : windows) {
            List<CoreMap> inWindow = sutime.apply(window(sentence, tokens, w[0], w[1]));
            if (inWindow != null) {
                found.addAll(inWindow);
            }
        }
        return found;
    }

    /** The spans of words within {@link #REACH} of a date word, merged where they meet, in order. */
    static List<int[]> windows(List<CoreLabel> tokens) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!DateCues.isCue(tokens.get(i).word())) {
                continue;
            }
            int begin = Math.max(0, i - REACH);
            int end = Math.min(tokens.size(), i + REACH + 1);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && begin <= last[1]) {
                last[1] = end;
            } else {
                windows.add(new int[] {begin, end});
            }
        }
        return windows;
    }

    /** Words {@code begin} to {@code end} of the sentence, as a sentence of their own at the same offsets. */
    private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int begin, int end) {
        CoreMap part = new ArrayCoreMap();
        List<CoreLabel> words = new ArrayList<>(tokens.subList(begin, end));
        part.set(CoreAnnotations.TokensAnnotation.class, words);
        int charBegin = words.get(0).beginPosition();
        int charEnd = words.get(words.size() - 1).endPosition();
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, charBegin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, charEnd);
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        Integer sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (text != null && sentenceBegin != null) {
            part.set(CoreAnnotations.TextAnnotation.class,
                    text.substring(charBegin - sentenceBegin, charEnd - sentenceBegin));
        }
        Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (firstToken != null) {
            part.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + begin);
            part.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + end);
        }
        String sectionDate = sentence.get(CoreAnnotations.SectionDateAnnotation.class);
        if (sectionDate != null) {
            part.set(CoreAnnotations.SectionDateAnnotation.class, sectionDate);
        }
        return part;
    }

    /**
     * Wraps the SUTime of every recogniser in {@code pipeline} in a cue-gated one.
     *
     * @return how many recognisers were changed
     */
    static int install(AnnotationPipeline pipeline) {
        return wrap(pipeline, CueGatedTimeExtractor.class, CueGatedTimeExtractor::new);
    }

    @Override
    public TimeExpressionExtractor inner() {
        return sutime;
    }

    /**
     * Wraps the SUTime of every recogniser in {@code pipeline}, as it stands, with {@code wrapper},
     * unless it is a {@code kind} already.
     *
     * @return how many recognisers were changed
     */
    static int wrap(AnnotationPipeline pipeline, Class<? extends TimeExpressionExtractor> kind,
                    UnaryOperator<TimeExpressionExtractor> wrapper) {
        try {
            int changed = 0;
            for (Object a : read(AnnotationPipeline.class, pipeline, "annotators", List.class)) {
                NumberSequenceClassifier nsc = a instanceof NERCombinerAnnotator ner ? numberClassifier(ner) : null;
                TimeExpressionExtractor built = nsc == null ? null
                        : read(NumberSequenceClassifier.class, nsc, "timexExtractor", TimeExpressionExtractor.class);
                if (built != null && !kind.isInstance(built)) {
                    Field f = NumberSequenceClassifier.class.getDeclaredField("timexExtractor");
                    f.setAccessible(true);
                    f.set(nsc, wrapper.apply(built));
                    changed++;
                }
            }
            return changed;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot wrap SUTime in " + kind.getSimpleName() + ": this CoreNLP's"
                    + " recogniser is not laid out as in CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
        }
    }

    /** The SUTime the recogniser {@code ner} built, beneath any wrapping; {@code null} if none. */
    static TimeExpressionExtractor sutimeOf(NERCombinerAnnotator ner) throws ReflectiveOperationException {
        NumberSequenceClassifier nsc = numberClassifier(ner);
        TimeExpressionExtractor built = nsc == null ? null
                : read(NumberSequenceClassifier.class, nsc, "timexExtractor", TimeExpressionExtractor.class);
        while (built instanceof SutimeLayer layer) {
            built = layer.inner();
        }
        return built;
    }

    private static NumberSequenceClassifier numberClassifier(NERCombinerAnnotator ner)
            throws ReflectiveOperationException {
        NERClassifierCombiner combiner = read(NERCombinerAnnotator.class, ner, "ner", NERClassifierCombiner.class);
        return read(NERClassifierCombiner.class, combiner, "nsc", Object.class) instanceof NumberSequenceClassifier nsc
                ? nsc : null;
    }

    private static <T> T read(Class<?> owner, Object target, String field, Class<T> type)
            throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        return type.cast(f.get(target));
    }
}
