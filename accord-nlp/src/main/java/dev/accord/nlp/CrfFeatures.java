package dev.accord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.util.Index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The feature indices CoreNLP's {@code NERFeatureFactory} gives a sentence under the flags of
 * {@code english.all.3class.distsim} (checked by {@link FastCrf#of}), in the order CoreNLP's CRF
 * sums their weights, so that the potentials match to the bit.
 *
 * <p>CoreNLP builds every feature string of every token afresh, collects them in a {@code HashSet}
 * and looks each up in the model's index. Here a feature made of one part (a word, a shape, a
 * distributional class) is built and looked up once per thread and remembered; features joining two
 * or three parts are looked up per token without building their strings ({@link JoinedFeature}). The
 * order is the {@code HashSet}'s: its iteration order follows from the strings' hash codes and the
 * order they were added, and is reproduced from them.
 *
 * <p>One instance per thread: it keeps caches and scratch space.
 */
final class CrfFeatures {

    /**
     * A feature: its string (or a {@link JoinedFeature} standing for it), the string's hash code, and
     * its index in the model, or -1 where the model does not know it.
     */
    record Feature(Object key, int hash, int index) {
    }

    /** The model parts the features are read from, shared by all threads. */
    record Model(Index<String> featureIndex, Map<String, String> distSimLexicon, Function<String, String> wordFunction,
                 String unknownDistSim, int disjunctionWidth, int maxNGram) {
    }

    /**
     * CoreNLP collects a clique's features in a {@code HashSet} made with room for 100, which a
     * {@code HashMap} rounds up to 128 buckets and doubles each time it is three quarters full.
     */
    private static final int FIRST_BUCKETS = 128;
    /**
     * A bucket of nine entries becomes a tree, whose order is not the order of insertion; a sentence
     * where that could have happened is left to CoreNLP.
     */
    private static final int LONGEST_LIST_BUCKET = 7;
    /** How far CoreNLP looks for other occurrences of a capitalised word. */
    private static final int OCCURRENCE_REACH = 150;
    /**
     * Bounds the caches of one thread, to about 35 MiB: a word with its prefixes, suffixes and the
     * features it is a part of takes about 1.7 KiB (150 corpus articles: 5,812 words, 9.7 MiB). They are
     * emptied when full and rebuilt as words recur.
     */
    private static final int MAX_CACHED = 20_000;

    private final Model model;
    private final Map<String, Word> words = new HashMap<>();
    private final List<Map<String, Feature>> byTemplate = new ArrayList<>();
    private final String padWord;
    private Feature[] collected = new Feature[128];
    private int count;
    /** An open-addressing set of the known features' indices, emptied by moving to the next generation. */
    private int[] seenAt = new int[256];
    private int[] seenGeneration = new int[256];
    private int generation;
    /** Scratch space of {@link #ordered}: the known features, each bucket's first, last and next. */
    private Feature[] known = new Feature[128];
    private int[] next = new int[128];
    private int[] head = new int[FIRST_BUCKETS];
    private int[] tail = new int[FIRST_BUCKETS];
    private final int[] firstSizes = new int[FIRST_BUCKETS];

    /** What depends on a token's text alone. */
    private static final class Word {
        final String word;
        final String distSim;
        Feature[] nGrams;

        Word(String word, String distSim) {
            this.word = word;
            this.distSim = distSim;
        }
    }

    // Templates of features of one part, by the suffix CoreNLP appends (its clique's name ends it).
    private static final String[] TEMPLATES = {"-DISTSIM|C", "-WORD|C", "-PW|C", "-PDISTSIM|C", "-NW|C", "-NDISTSIM|C",
        "-TYPE|C", "-PTYPE|C", "-NTYPE|C", "-DISJN|C", "-DISJP|C", "|C",
        "-PSEQW|CpC", "-PSEQpW|CpC", "-PSEQpDS|CpC", "-PSEQcDS|CpC", "-PSEQpS|CpC", "-PSEQcS|CpC", "-TPS2|CpC",
        "-TNS1|CpC", "|CpC"};
    private static final int DISTSIM = 0, WORD = 1, PW = 2, PDISTSIM = 3, NW = 4, NDISTSIM = 5, TYPE = 6, PTYPE = 7,
            NTYPE = 8, DISJN = 9, DISJP = 10, CONSTANT_C = 11, PSEQW = 12, PSEQ_PW = 13, PSEQ_PDS = 14,
            PSEQ_CDS = 15, PSEQ_PS = 16, PSEQ_CS = 17, TPS2 = 18, TNS1 = 19, CONSTANT_CPC = 20;

    CrfFeatures(Model model) {
        this.model = model;
        for (int t = 0; t < TEMPLATES.length; t++) {
            byTemplate.add(new HashMap<>());
        }
        // CoreNLP's padding token has no text: its word is the word function of "".
        this.padWord = model.wordFunction().apply("");
    }

    /**
     * The feature indices of every clique of every token, as CoreNLP's
     * {@code CRFClassifier.documentToDataAndLabels} gives them ({@code [token][clique][feature]}), or
     * {@code null} for a sentence whose order of features could differ from CoreNLP's.
     */
    int[][][] data(List<CoreLabel> tokens) {
        if (words.size() > MAX_CACHED || byTemplate.stream().anyMatch(m -> m.size() > MAX_CACHED)) {
            words.clear();
            byTemplate.forEach(Map::clear);
        }
        Sentence s = new Sentence(tokens);
        int[][][] data = new int[s.n][2][];
        for (int loc = 0; loc < s.n; loc++) {
            count = 0;
            node(s, loc);
            data[loc][0] = ordered();
            count = 0;
            edge(s, loc);
            data[loc][1] = ordered();
            if (data[loc][0] == null || data[loc][1] == null) {
                return null;
            }
        }
        return data;
    }

    /** The words, shapes, classes and tags of a sentence, with CoreNLP's values for the padding beyond it. */
    private final class Sentence {
        final int n;
        final Word[] words;
        final String[] shapes;
        final String[] tags;

        Sentence(List<CoreLabel> tokens) {
            n = tokens.size();
            words = new Word[n];
            shapes = new String[n];
            tags = new String[n];
            for (int i = 0; i < n; i++) {
                CoreLabel t = tokens.get(i);
                words[i] = wordOf(t.getString(CoreAnnotations.TextAnnotation.class));
                shapes[i] = t.get(CoreAnnotations.ShapeAnnotation.class);
                tags[i] = t.getString(CoreAnnotations.PartOfSpeechAnnotation.class);
            }
        }

        boolean pad(int i) {
            return i < 0 || i >= n;
        }

        String word(int i) {
            return pad(i) ? padWord : words[i].word;
        }

        /** The shape as CoreNLP's {@code getString} reads it: empty when missing. */
        String shape(int i) {
            return pad(i) || shapes[i] == null ? "" : shapes[i];
        }

        /** The shape as CoreNLP's {@code get} reads it into a feature: "null" when missing. */
        String shapeOrNull(int i) {
            return pad(i) || shapes[i] == null ? "null" : shapes[i];
        }

        /** The class as {@code get} reads it: the padding has none. */
        String distSimOrNull(int i) {
            return pad(i) ? "null" : words[i].distSim;
        }

        String distSim(int i) {
            return pad(i) ? "" : words[i].distSim;
        }

        String tag(int i) {
            return pad(i) ? "" : tags[i];
        }
    }

    private Word wordOf(String text) {
        Word w = words.get(text);
        if (w == null) {
            String word = model.wordFunction().apply(text);
            // The distributional class of the lower-cased word with its digits made one shape.
            String key = WordShapeClassifier.wordShape(word.toLowerCase(), WordShapeClassifier.WORDSHAPEDIGITS);
            String distSim = model.distSimLexicon().get(key);
            w = new Word(word, distSim == null ? model.unknownDistSim() : distSim);
            words.put(text, w);
        }
        return w;
    }

    /** CoreNLP's {@code featuresC}: the features of the token alone, suffixed "|C". */
    private void node(Sentence s, int loc) {
        String cWord = s.word(loc);
        String pWord = s.word(loc - 1);
        String nWord = s.word(loc + 1);
        String cShape = s.shape(loc);
        String pShape = s.shape(loc - 1);
        String nShape = s.shape(loc + 1);
        add(one(DISTSIM, s.distSimOrNull(loc)));
        add(one(WORD, cWord));
        add(one(PW, pWord));
        add(one(PDISTSIM, s.distSimOrNull(loc - 1)));
        add(one(NW, nWord));
        add(one(NDISTSIM, s.distSimOrNull(loc + 1)));
        add(one(CONSTANT_C, "###"));
        for (Feature f : nGrams(s.words[loc])) {
            add(f);
        }
        add(one(TYPE, cShape));
        add(one(PTYPE, pShape));
        add(one(NTYPE, nShape));
        add(joined(pWord, "...", cShape, null, "-PW_CTYPE|C"));
        add(joined(cShape, "...", nWord, null, "-NW_CTYPE|C"));
        add(joined(pShape, "...", cShape, null, "-PCTYPE|C"));
        add(joined(cShape, "...", nShape, null, "-CNTYPE|C"));
        add(joined(pShape, "...", cShape, nShape, "-PCNTYPE|C"));
        // The last and next "real" words skip a short one ("of", "the", a comma).
        if (pWord.length() <= 3) {
            add(joined(s.word(loc - 2), "...", cShape, null, "-PPW_CTYPE|C"));
        }
        if (nWord.length() <= 3) {
            add(joined(s.word(loc + 2), "...", cShape, null, "-NNW_CTYPE|C"));
        }
        occurrences(s, loc);
        for (int i = 1; i <= model.disjunctionWidth(); i++) {
            add(one(DISJN, s.word(loc + i)));
            add(one(DISJP, s.word(loc - i)));
        }
    }

    /** CoreNLP's {@code featuresCpC}: the features of the token and the one before, suffixed "|CpC". */
    private void edge(Sentence s, int loc) {
        String cWord = s.word(loc);
        String pWord = s.word(loc - 1);
        String cDs = s.distSim(loc);
        String pDs = s.distSim(loc - 1);
        String cShape = s.shape(loc);
        String pShape = s.shape(loc - 1);
        add(one(CONSTANT_CPC, "PSEQ"));
        add(one(PSEQW, cWord));
        add(joined(pWord, "-", cWord, null, "-PSEQW2|CpC"));
        add(one(PSEQ_PW, pWord));
        add(one(PSEQ_PDS, pDs));
        add(one(PSEQ_CDS, cDs));
        add(joined(pDs, "-", cDs, null, "-PSEQpcDS|CpC"));
        add(one(PSEQ_PS, pShape));
        add(one(PSEQ_CS, cShape));
        add(joined(pShape, "-", cShape, null, "-TYPES|CpC"));
        add(one(TPS2, cShape));
        add(one(TNS1, s.shapeOrNull(loc + 1)));
    }

    /**
     * CoreNLP's occurrence patterns: whether a capitalised word after a lower-case one occurs again
     * within 150 words, and with what beside it.
     */
    private void occurrences(Sentence s, int loc) {
        String word = s.word(loc);
        String nWord = s.word(loc + 1);
        String pWord = s.word(loc - 1);
        if (!(isNameCase(word) && noUpperCase(nWord) && hasLetter(nWord) && hasLetter(pWord) && !s.pad(loc - 1))) {
            add(one(CONSTANT_C, "NO-OCCURRENCE-PATTERN"));
            return;
        }
        if (isNameCase(pWord) && s.tag(loc - 1).equals("NNP")) {
            for (int jump = 3; jump < OCCURRENCE_REACH; jump++) {
                if (s.word(loc + jump).equals(word)) {
                    add(one(CONSTANT_C, s.word(loc + jump - 1).equals(pWord)
                            ? "XY-NEXT-OCCURRENCE-XY" : "XY-NEXT-OCCURRENCE-Y"));
                }
            }
            for (int jump = -3; jump > -OCCURRENCE_REACH; jump--) {
                if (s.word(loc + jump).equals(word)) {
                    add(one(CONSTANT_C, s.word(loc + jump - 1).equals(pWord)
                            ? "XY-PREV-OCCURRENCE-XY" : "XY-PREV-OCCURRENCE-Y"));
                }
            }
        } else {
            for (int jump = 3; jump < OCCURRENCE_REACH; jump++) {
                if (s.word(loc + jump).equals(word)) {
                    add(one(CONSTANT_C, properName(s, loc + jump - 1) ? "X-NEXT-OCCURRENCE-YX"
                            : properName(s, loc + jump + 1) ? "X-NEXT-OCCURRENCE-XY" : "X-NEXT-OCCURRENCE-X"));
                }
            }
            for (int jump = -3; jump > -OCCURRENCE_REACH; jump--) {
                if (s.word(loc + jump).equals(word)) {
                    add(one(CONSTANT_C, properName(s, loc + jump + 1) ? "X-PREV-OCCURRENCE-YX"
                            : properName(s, loc + jump - 1) ? "X-PREV-OCCURRENCE-XY" : "X-PREV-OCCURRENCE-X"));
                }
            }
        }
    }

    private static boolean properName(Sentence s, int i) {
        return isNameCase(s.word(i)) && s.tag(i).equals("NNP");
    }

    /** An upper- or title-case first letter followed by at least one letter, none of them upper case. */
    private static boolean isNameCase(String str) {
        if (str.length() < 2 || !(Character.isUpperCase(str.charAt(0)) || Character.isTitleCase(str.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noUpperCase(String str) {
        return !str.isEmpty() && str.chars().noneMatch(Character::isUpperCase);
    }

    private static boolean hasLetter(String str) {
        return str.chars().anyMatch(Character::isLetter);
    }

    /**
     * The word's prefixes and suffixes, marked with "<" and ">" at its ends, of two to
     * {@code maxNGram} characters (CoreNLP's {@code noMidNGrams}), in CoreNLP's order.
     */
    private Feature[] nGrams(Word w) {
        if (w.nGrams == null) {
            String word = '<' + w.word + '>';
            int length = word.length();
            List<Feature> grams = new ArrayList<>();
            for (int j = 2; j <= Math.min(model.maxNGram(), length); j++) {
                grams.add(feature('#' + word.substring(0, j) + "#|C"));
            }
            for (int i = Math.max(0, length - model.maxNGram()); i < length - 1; i++) {
                grams.add(feature('#' + word.substring(i) + "#|C"));
            }
            w.nGrams = grams.toArray(new Feature[0]);
        }
        return w.nGrams;
    }

    /** The feature of one part and a template's suffix, built once per thread. */
    private Feature one(int template, String part) {
        Map<String, Feature> known = byTemplate.get(template);
        Feature f = known.get(part);
        if (f == null) {
            f = feature(part + TEMPLATES[template]);
            known.put(part, f);
        }
        return f;
    }

    /** The feature {@code a + glue + b [+ glue + c] + suffix}, looked up without building it. */
    private Feature joined(String a, String glue, String b, String c, String suffix) {
        JoinedFeature f = new JoinedFeature(a, glue, b, c, suffix);
        return new Feature(f, f.hashCode(), f.indexIn(model.featureIndex()));
    }

    private Feature feature(String text) {
        return new Feature(text, text.hashCode(), model.featureIndex().indexOf(text));
    }

    private void add(Feature f) {
        if (count == collected.length) {
            collected = Arrays.copyOf(collected, count * 2);
        }
        collected[count++] = f;
    }

    /**
     * The indices of the collected features the model knows, each once, in the order CoreNLP's
     * {@code HashSet} of the feature strings iterates: by bucket, then by first insertion; or
     * {@code null} when a bucket could have become a tree.
     *
     * <p>The number of buckets depends on how many distinct strings the set holds, features the model
     * does not know included. Two known features are the same string when their indices are equal;
     * unknown ones are counted with their repeats, which gives the set's size exactly unless that
     * count passes the first growth, where the strings are compared.
     */
    private int[] ordered() {
        if (++generation == 0) {
            Arrays.fill(seenGeneration, 0);
            generation = 1;
        }
        if (seenAt.length < 2 * count) {
            seenAt = new int[Integer.highestOneBit(2 * count) * 2];
            seenGeneration = new int[seenAt.length];
        }
        int slots = seenAt.length;
        if (known.length < count) {
            known = new Feature[collected.length];
            next = new int[collected.length];
        }
        int knownCount = 0;
        int unknownCount = 0;
        Arrays.fill(firstSizes, 0);
        for (int k = 0; k < count; k++) {
            Feature f = collected[k];
            if (f.index() < 0) {
                unknownCount++;
            } else {
                int at = f.index() & (slots - 1);
                boolean seen = false;
                while (seenGeneration[at] == generation) {
                    if (seenAt[at] == f.index()) {
                        seen = true;
                        break;
                    }
                    at = (at + 1) & (slots - 1);
                }
                if (seen) {
                    continue;
                }
                seenGeneration[at] = generation;
                seenAt[at] = f.index();
                known[knownCount++] = f;
            }
            // Repeats of unknown features counted too: a bucket's true size is at most this.
            if (++firstSizes[bucket(f.hash(), FIRST_BUCKETS)] > LONGEST_LIST_BUCKET) {
                return null;
            }
        }
        int distinct = knownCount + unknownCount;
        if (distinct > FIRST_BUCKETS / 4 * 3) {
            distinct = knownCount + distinctUnknown();
        }
        int buckets = FIRST_BUCKETS;
        while (distinct > buckets / 4 * 3) {
            buckets *= 2;
        }
        // Each bucket's features listed in insertion order, then the buckets in order: HashMap's iteration.
        if (head.length < buckets) {
            head = new int[buckets];
            tail = new int[buckets];
        }
        Arrays.fill(head, 0, buckets, -1);
        for (int k = 0; k < knownCount; k++) {
            int b = bucket(known[k].hash(), buckets);
            next[k] = -1;
            if (head[b] < 0) {
                head[b] = k;
            } else {
                next[tail[b]] = k;
            }
            tail[b] = k;
        }
        int[] indices = new int[knownCount];
        int out = 0;
        for (int b = 0; b < buckets; b++) {
            for (int k = head[b]; k >= 0; k = next[k]) {
                indices[out++] = known[k].index();
            }
        }
        return indices;
    }

    /** How many different strings the collected features the model does not know have. */
    private int distinctUnknown() {
        Set<String> unknown = new HashSet<>();
        for (int k = 0; k < count; k++) {
            if (collected[k].index() < 0) {
                unknown.add(collected[k].key().toString());
            }
        }
        return unknown.size();
    }

    /** The bucket a {@code HashMap} with {@code buckets} buckets puts a key of hash code {@code h} in. */
    private static int bucket(int h, int buckets) {
        return (h ^ (h >>> 16)) & (buckets - 1);
    }
}
