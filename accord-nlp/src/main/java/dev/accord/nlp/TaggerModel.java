package dev.accord.nlp;

import edu.stanford.nlp.ling.WordTag;
import edu.stanford.nlp.tagger.maxent.Dictionary;
import edu.stanford.nlp.tagger.maxent.Extractor;
import edu.stanford.nlp.tagger.maxent.Extractors;
import edu.stanford.nlp.tagger.maxent.History;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.PairsHolder;
import edu.stanford.nlp.tagger.maxent.TTags;
import edu.stanford.nlp.util.Pair;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@link FastTagger} reads of a loaded {@link MaxentTagger}: its feature extractors, the weights
 * they index, its dictionary and tag set, reached by reflection because CoreNLP keeps them
 * package-private. Nothing of the model is copied; the only new table holds the weights of the
 * features over the previous tags, summed for each context of tags (for the English model, 1,117
 * distinct rows of 50 numbers, about 0.5 MiB), so that scoring a tag context needs no string.
 *
 * <p>Immutable once built; CoreNLP's extractors, dictionary and tag set are only read, as CoreNLP's own
 * tagger reads them from any number of threads.
 */
final class TaggerModel {

    /** The tag number of "no tag": before the sentence's first word (CoreNLP's {@code "NA"}). */
    static final int NO_TAG = -1;

    /** Rare-word extractors that read the previous tag only to tell whether there is a previous word. */
    private static final List<String> SENTENCE_START_EXTRACTORS = List.of(
            "edu.stanford.nlp.tagger.maxent.ExtractorStartSentenceCap",
            "edu.stanford.nlp.tagger.maxent.ExtractorMidSentenceCapC",
            "edu.stanford.nlp.tagger.maxent.ExtractorMidSentenceCap");
    private static final String TAG_CONJUNCTION =
            "edu.stanford.nlp.tagger.maxent.ExtractorFrames$ExtractorContinuousTagConjunction";

    /** A feature of the words alone: CoreNLP's extractor and its number among all features. */
    record WordFeature(int number, Extractor extractor) {
    }

    /**
     * A feature that reads previous tags. Either {@link #byTags} holds the weight indices for each
     * combination of the tags at {@link #offsets} (tag numbers in base {@code ySize + 1}, the last digit
     * for "no tag"), or, when {@code byTags} is null, it depends on the tags only through whether the
     * word is the sentence's first, and is computed per word with CoreNLP's extractor.
     */
    private record TagFeature(int number, Extractor extractor, int[] offsets, int[][] byTags) {
    }

    final int ySize;
    final int leftContext;
    final String[] tagNames;
    final double[] lambda;
    final List<Map<String, int[]>> featureTags;
    /** In CoreNLP's order of summation: the common extractors', then the rare-word ones'. */
    final List<WordFeature> local = new ArrayList<>();
    final List<WordFeature> localRare = new ArrayList<>();
    final List<WordFeature> localContext = new ArrayList<>();
    final List<WordFeature> localContextRare = new ArrayList<>();
    /**
     * The common features over previous tags summed, per context: {@link #contextRow} maps a context
     * (the {@code leftContext} previous tags, in base {@code ySize + 1} with the last digit for "no
     * tag") to one of these rows. Contexts whose features have the same weights share a row, so a word
     * scored in two of them is scored once.
     */
    final double[][] contextRows;
    final int[] contextRow;
    /** The rare-word features over tags, which read only whether the word is the sentence's first. */
    final List<WordFeature> sentenceStart = new ArrayList<>();
    final int[] openTags;
    private final Map<String, Integer> tagNumbers = new HashMap<>();
    private final Function<String, String> wordFunction;
    private final int rareWordThreshold;
    private final int minWordsLockTags;
    private final Extractors extractors;
    private final Dictionary dict;
    private final TTags tags;
    /** CoreNLP's package-private calls, as method handles: a reflective call per feature costs more. */
    private final MethodHandle extract;
    private final MethodHandle dictSum;
    private final Method dictTags;
    private final Method expandTags;
    private final Field pairsWords;
    private final MethodHandle history;

    @SuppressWarnings("unchecked")
    TaggerModel(MaxentTagger tagger) {
        try {
            if ((boolean) method(MaxentTagger.class, "hasApproximateScoring").invoke(tagger)) {
                throw new IllegalStateException("the tagger model scores tags approximately (defaultScore > 0);"
                        + " Accord's tagger does exact scoring only, as the English models need");
            }
            ySize = (int) field(MaxentTagger.class, "ySize").get(tagger);
            leftContext = (int) field(MaxentTagger.class, "leftContext").get(tagger);
            int rightContext = (int) field(MaxentTagger.class, "rightContext").get(tagger);
            if (rightContext != 0) {
                throw new IllegalStateException("the tagger model reads " + rightContext
                        + " tags to the right; Accord's tagger reads only tags to the left");
            }
            rareWordThreshold = (int) field(MaxentTagger.class, "rareWordThresh").get(tagger);
            wordFunction = (Function<String, String>) field(MaxentTagger.class, "wordFunction").get(tagger);
            Object config = field(MaxentTagger.class, "config").get(tagger);
            minWordsLockTags = config == null ? 1 : (int) config.getClass().getMethod("getMinWordsLockTags").invoke(config);
            lambda = ((edu.stanford.nlp.maxent.iis.LambdaSolve) method(MaxentTagger.class, "getLambdaSolve")
                    .invoke(tagger)).lambda;
            featureTags = (List<Map<String, int[]>>) field(MaxentTagger.class, "fAssociations").get(tagger);
            extractors = (Extractors) field(MaxentTagger.class, "extractors").get(tagger);
            Extractors rare = (Extractors) field(MaxentTagger.class, "extractorsRare").get(tagger);
            dict = (Dictionary) field(MaxentTagger.class, "dict").get(tagger);
            tags = (TTags) field(MaxentTagger.class, "tags").get(tagger);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            extract = lookup.unreflect(method(Extractor.class, "extract", History.class, PairsHolder.class));
            dictSum = lookup.unreflect(method(Dictionary.class, "sum", String.class));
            dictTags = method(Dictionary.class, "getTags", String.class);
            expandTags = method(TTags.class, "deterministicallyExpandTags", String[].class);
            pairsWords = field(PairsHolder.class, "arr");
            Constructor<History> newHistory = History.class.getDeclaredConstructor(int.class, int.class, int.class,
                    PairsHolder.class, Extractors.class);
            newHistory.setAccessible(true);
            history = lookup.unreflectConstructor(newHistory);

            tagNames = new String[ySize];
            for (int t = 0; t < ySize; t++) {
                tagNames[t] = tags.getTag(t);
                tagNumbers.put(tagNames[t], t);
            }
            int common = extractors.size();
            words(extractors, "local", 0, local);
            words(extractors, "localContext", 0, localContext);
            words(rare, "local", common, localRare);
            words(rare, "localContext", common, localContextRare);
            List<TagFeature> dynamic = new ArrayList<>();
            dynamic(extractors, 0, dynamic);
            List<TagFeature> dynamicRare = new ArrayList<>();
            dynamic(rare, common, dynamicRare);
            for (TagFeature f : dynamic) {
                if (f.byTags() == null) {
                    throw new IllegalStateException("the tagger model reads " + f.extractor() + " for every word;"
                            + " Accord's tagger expects it only among the rare-word features, as in CoreNLP"
                            + " 4.5.10's English models");
                }
            }
            for (TagFeature f : dynamicRare) {
                if (f.byTags() != null) {
                    throw new IllegalStateException("the tagger model reads previous tags in the rare-word feature "
                            + f.extractor() + "; Accord's tagger expects them only among the common features,"
                            + " as in CoreNLP 4.5.10's English models");
                }
                sentenceStart.add(new WordFeature(f.number(), f.extractor()));
            }
            contextRow = new int[(int) Math.pow(ySize + 1, leftContext)];
            contextRows = contextRows(dynamic, contextRow);
            openTags = numbers(expand(tags.getOpenTagsArray()));
        } catch (ReflectiveOperationException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("cannot read the part-of-speech tagger's model: this CoreNLP's"
                    + " MaxentTagger is not laid out as in CoreNLP 4.5.10, which Accord expects (" + e + ")", e);
        }
    }

    /** How often the model's training data had {@code word}: CoreNLP's {@code Dictionary.sum}. */
    int count(String word) {
        try {
            return (int) dictSum.invokeExact(dict, word);
        } catch (Throwable e) {
            throw rethrown("Dictionary.sum", e);
        }
    }

    /** Whether CoreNLP adds its rare-word features for a word seen {@code count} times. */
    boolean isRare(int count) {
        return count < rareWordThreshold;
    }

    /** The word as the model reads it (CoreNLP's English models Americanize spellings). */
    String normalise(String word) {
        return wordFunction == null ? word : wordFunction.apply(word);
    }

    /** The numbers of the tags CoreNLP allows for {@code word}, seen {@code count} times, in CoreNLP's order. */
    int[] allowedTags(String word, int count) {
        if (count == 0 || count < minWordsLockTags) {
            return openTags;
        }
        return numbers(expand((String[]) invoke(dictTags, dict, word)));
    }

    /** CoreNLP's pairs of words and tags over {@code words}, which end with the end-of-sentence word. */
    PairsHolder pairs(String[] words) {
        PairsHolder pairs = new PairsHolder();
        pairs.setSize(words.length);
        try {
            @SuppressWarnings("unchecked")
            List<WordTag> held = (List<WordTag>) pairsWords.get(pairs);
            for (int i = 0; i < words.length; i++) {
                held.get(i).setWord(words[i]);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot fill CoreNLP's tagger pairs", e);
        }
        return pairs;
    }

    /** CoreNLP's view of word {@code current} of the sentence held in {@code pairs}. */
    History history(PairsHolder pairs, int current) {
        try {
            return (History) history.invokeExact(0, pairs.size() - 1, current, pairs, extractors);
        } catch (Throwable e) {
            throw rethrown("new History", e);
        }
    }

    /** The weight indices, one per tag (negative for none), of {@code feature}'s value, or null. */
    int[] weights(int feature, Extractor extractor, History h, PairsHolder pairs) {
        String value;
        try {
            value = (String) extract.invokeExact(extractor, h, pairs);
        } catch (Throwable e) {
            throw rethrown(extractor + ".extract", e);
        }
        return featureTags.get(feature).get(value);
    }

    private static RuntimeException rethrown(String call, Throwable e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("CoreNLP's " + call + " failed", e);
    }

    private String[] expand(String[] tagNames) {
        return (String[]) invoke(expandTags, tags, (Object) tagNames);
    }

    private int[] numbers(String[] names) {
        int[] numbers = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            numbers[i] = tagNumbers.getOrDefault(names[i], NO_TAG);
        }
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static void words(Extractors from, String kind, int offset, List<WordFeature> into)
            throws ReflectiveOperationException {
        for (Pair<Integer, Extractor> p : (List<Pair<Integer, Extractor>>) field(Extractors.class, kind).get(from)) {
            into.add(new WordFeature(offset + p.first(), p.second()));
        }
    }

    @SuppressWarnings("unchecked")
    private void dynamic(Extractors from, int offset, List<TagFeature> into) throws ReflectiveOperationException {
        for (Pair<Integer, Extractor> p : (List<Pair<Integer, Extractor>>) field(Extractors.class, "dynamic").get(from)) {
            Extractor e = p.second();
            int number = offset + p.first();
            String kind = e.getClass().getName();
            int position = (int) field(Extractor.class, "position").get(e);
            if (SENTENCE_START_EXTRACTORS.contains(kind)) {
                into.add(new TagFeature(number, e, null, null));
            } else if (kind.equals(TAG_CONJUNCTION) && position < 0) {
                // CoreNLP's value: the tags from position to -1, joined by '!'.
                int[] offsets = new int[-position];
                for (int k = 0; k < offsets.length; k++) {
                    offsets[k] = position + k;
                }
                into.add(new TagFeature(number, e, offsets, byTags(number, offsets.length)));
            } else if (e.getClass() == Extractor.class && (boolean) field(Extractor.class, "isTag").get(e)
                    && position < 0) {
                into.add(new TagFeature(number, e, new int[] {position}, byTags(number, 1)));
            } else {
                throw new IllegalStateException("the tagger model has a feature over tags that Accord's tagger"
                        + " cannot read: " + e + " (" + kind + "); expected previous tags or their conjunction,"
                        + " as in CoreNLP 4.5.10's English models");
            }
        }
    }

    /** The weight indices of {@code feature} for every combination of {@code width} tags or "no tag". */
    private int[][] byTags(int feature, int width) {
        int base = ySize + 1;
        int combinations = (int) Math.pow(base, width);
        int[][] table = new int[combinations][];
        StringBuilder key = new StringBuilder();
        for (int c = 0; c < combinations; c++) {
            key.setLength(0);
            int rest = c;
            int unit = combinations / base;
            for (int k = 0; k < width; k++) {
                int tag = rest / unit;
                rest %= unit;
                unit = Math.max(1, unit / base);
                if (k > 0) {
                    key.append('!');
                }
                key.append(tag == ySize ? "NA" : tagNames[tag]);
            }
            table[c] = featureTags.get(feature).get(key.toString());
        }
        return table;
    }

    /**
     * Sums, for every context of previous tags, the weights of the common features over tags, in
     * CoreNLP's order, and gives each context the number of its row; equal rows are kept once.
     */
    private double[][] contextRows(List<TagFeature> features, int[] rowOf) {
        int base = ySize + 1;
        List<double[]> rows = new ArrayList<>();
        Map<List<Double>, Integer> seen = new HashMap<>();
        for (int c = 0; c < rowOf.length; c++) {
            double[] row = new double[ySize];
            for (TagFeature f : features) {
                // The digits of c at the feature's offsets: offset -k is the k-th digit from the right.
                int index = 0;
                for (int offset : f.offsets()) {
                    index = index * base + (c / (int) Math.pow(base, -offset - 1)) % base;
                }
                addWeights(row, f.byTags()[index]);
            }
            List<Double> key = new ArrayList<>(ySize);
            for (double v : row) {
                key.add(v);
            }
            Integer number = seen.get(key);
            if (number == null) {
                number = rows.size();
                seen.put(key, number);
                rows.add(row);
            }
            rowOf[c] = number;
        }
        return rows.toArray(new double[0][]);
    }

    /** Adds the weights of a feature's value to the scores of the tags it has a weight for. */
    void addWeights(double[] scores, int[] weights) {
        if (weights == null) {
            return;
        }
        for (int t = 0; t < scores.length; t++) {
            int w = weights[t];
            if (w >= 0) {
                scores[t] += lambda[w];
            }
        }
    }

    private static Object invoke(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call CoreNLP's " + m, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("CoreNLP's " + m + " failed", cause);
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(Class<?> owner, String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = owner.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }
}
