package dev.accord.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * CoreNLP's neural dependency parser ({@link DependencyParser}, arc-standard transitions over the
 * same model) re-implemented for speed, giving the same parses: the same features in the same order,
 * the same floating-point arithmetic, so bit-identical scores, and the same choice among transitions.
 *
 * <p>CoreNLP's inference spends its time on boxed map look-ups of each of the 48 features at every
 * transition, a synchronized cache every thread contends on, transitions written as strings and
 * parsed again, and linear scans for a word's children. This one keeps the sentence's vocabulary
 * ids, the stack and each word's outermost children in int arrays, and gives each thread its own
 * small cache of hidden-layer products, so threads share nothing mutable.
 *
 * <p>Only Universal Dependencies English models, the kind Accord loads, are supported: the result is
 * a {@link UniversalEnglishGrammaticalStructure} equal to what {@code DependencyParser.predict} returns.
 */
final class FastDependencyParser {

    /** The settings CoreNLP's parser reads at run time that change its parses; other keys are refused. */
    private static final Set<String> KEYS = Set.of("model", "numPreComputed", "numCached");
    /** CoreNLP's defaults for those settings ({@code nndep.Config}). */
    private static final int DEFAULT_PRECOMPUTED = 20_000;
    private static final int DEFAULT_CACHED = 5_000;
    /**
     * Slots of each thread's cache of hidden-layer products (4 KiB each with the English model's
     * 1,000 hidden units, so 32 MiB a thread). A word's products recur as it moves from the buffer to
     * the stack; 8,192 slots held seven in ten of those not pre-computed over the shared corpus.
     */
    private static final int CACHE_SLOTS = 8192;

    private final ParserModel model;
    /**
     * CoreNLP rounds a product to float when it goes through its cache (numCached &gt; 0) and adds it
     * in full double precision otherwise; the scores, and so the parses, depend on which.
     */
    private final boolean roundUncached;
    private final boolean[] isRootLabel;
    private final GrammaticalRelation[] relations;
    private final int rootWord;
    private final int nullWord;
    private final int rootPos;
    private final int nullPos;
    private final int nullLabel;
    private final ThreadLocal<Workspace> workspaces;

    private FastDependencyParser(ParserModel model, boolean roundUncached) {
        this.model = model;
        this.roundUncached = roundUncached;
        int labels = model.labels.size();
        this.isRootLabel = new boolean[labels];
        this.relations = new GrammaticalRelation[labels];
        for (int i = 0; i < labels; i++) {
            String label = model.labels.get(i);
            // CoreNLP's transition system takes the first label as the root's.
            isRootLabel[i] = label.equals(model.labels.get(0));
            GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
            relations[i] = known != null ? known
                    : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
        }
        this.rootWord = model.wordId(ParserModel.ROOT);
        this.nullWord = model.wordId(ParserModel.NULL);
        this.rootPos = model.posId(ParserModel.ROOT);
        this.nullPos = model.posId(ParserModel.NULL);
        this.nullLabel = model.labelId(-1);
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(model.hiddenSize, model.transitions,
                roundUncached));
    }

    /**
     * Loads the model CoreNLP's parser would load with the same settings: {@code model} (default
     * {@link DependencyParser#DEFAULT_MODEL}), {@code numPreComputed} and {@code numCached}, the keys
     * of CoreNLP's {@code depparse.} settings.
     *
     * @throws IllegalArgumentException for any other key, which this parser would ignore
     */
    static FastDependencyParser load(Properties settings) {
        Set<String> unknown = new TreeSet<>(settings.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unsupported dependency parser settings " + unknown
                    + "; expected only " + new TreeSet<>(KEYS));
        }
        String path = settings.getProperty("model", DependencyParser.DEFAULT_MODEL);
        ParserModel model = ParserModel.load(path,
                PropertiesUtils.getInt(settings, "numPreComputed", DEFAULT_PRECOMPUTED));
        return new FastDependencyParser(model, PropertiesUtils.getInt(settings, "numCached", DEFAULT_CACHED) > 0);
    }

    /** Bytes held by the model (shared by all threads), not counting each thread's cache. */
    long modelBytes() {
        return model.bytes();
    }

    /** Bytes of each parsing thread's own cache and buffers. */
    long bytesPerThread() {
        return (roundUncached ? 4L * CACHE_SLOTS * (model.hiddenSize + 1) : 0) + 16L * model.hiddenSize;
    }

    /**
     * The parse of a sentence with tokens and parts of speech, as CoreNLP's
     * {@code DependencyParser.predict(CoreMap)} builds it.
     */
    GrammaticalStructure predict(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        Parse parse = parse(tokens);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = parse.head(i);
            // CoreNLP makes a new IndexedWord for each end of each arc; the structure keeps them apart.
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relations[parse.labels[i]];
            dependencies.add(new TypedDependency(relation, governor, dependent));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    /**
     * Heads and labels of a sentence's words, from their {@link CoreLabel#word()} and
     * {@link CoreLabel#tag()}.
     */
    Parse parse(List<CoreLabel> tokens) {
        Workspace w = workspaces.get();
        int n = tokens.size();
        w.ensure(n);
        w.word[0] = rootWord;
        w.pos[0] = rootPos;
        for (int k = 1; k <= n; k++) {
            CoreLabel token = tokens.get(k - 1);
            w.word[k] = model.wordId(token.word());
            w.pos[k] = model.posId(token.tag());
            w.head[k] = -1;
            w.label[k] = -1;
        }
        for (int k = 0; k <= n; k++) {
            w.leftmost[k] = w.secondLeftmost[k] = w.rightmost[k] = w.secondRightmost[k] = -1;
        }
        w.stack[0] = 0;
        w.stackSize = 1;
        w.next = 1;
        w.n = n;
        while (w.stackSize > 1 || w.next <= n) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            apply(w, choose(w));
        }
        int[] heads = new int[n + 1];
        int[] labels = new int[n + 1];
        System.arraycopy(w.head, 0, heads, 0, n + 1);
        System.arraycopy(w.label, 0, labels, 0, n + 1);
        heads[0] = -1;
        return new Parse(heads, labels);
    }

    /** The applicable transition with the highest score, the first one of equal scores. */
    private int choose(Workspace w) {
        int labels = model.labels.size();
        int count = 0;
        for (int t = 0; t < model.transitions; t++) {
            if (canApply(w, t, labels)) {
                w.applicable[count++] = t;
            }
        }
        // A forced move is what CoreNLP's highest-scoring choice among one would give, without scoring.
        if (count == 1) {
            return w.applicable[0];
        }
        // Scoring every transition costs little more than the applicable ones and vectorizes.
        model.score(hiddenLayer(w), w.scores);
        double best = Double.NEGATIVE_INFINITY;
        int choice = -1;
        for (int c = 0; c < count; c++) {
            int t = w.applicable[c];
            if (w.scores[t] > best) {
                best = w.scores[t];
                choice = t;
            }
        }
        if (choice < 0) {
            throw new IllegalStateException("no transition scored above -infinity among " + count
                    + " applicable ones at stack size " + w.stackSize + ", buffer size " + (w.n - w.next + 1));
        }
        return choice;
    }

    /** CoreNLP's arc-standard rules, with a single root: the root's label only, and only at the end. */
    private boolean canApply(Workspace w, int transition, int labels) {
        int bufferSize = w.n - w.next + 1;
        if (transition == 2 * labels) {
            return bufferSize > 0;
        }
        boolean left = transition < labels;
        int head = w.stackTop(left ? 0 : 1);
        if (head < 0) {
            return false;
        }
        boolean rootLabel = isRootLabel[left ? transition : transition - labels];
        if ((head == 0) != rootLabel) {
            return false;
        }
        return left ? w.stackSize > 2 : w.stackSize > 2 || w.stackSize == 2 && bufferSize == 0;
    }

    private void apply(Workspace w, int transition) {
        int labels = model.labels.size();
        if (transition == 2 * labels) {
            w.stack[w.stackSize++] = w.next++;
            return;
        }
        int top = w.stack[w.stackSize - 1];
        int below = w.stack[w.stackSize - 2];
        if (transition < labels) {
            // Each new left child lies left of the earlier ones, so it is the new leftmost.
            w.head[below] = top;
            w.label[below] = transition;
            w.secondLeftmost[top] = w.leftmost[top];
            w.leftmost[top] = below;
            w.stack[w.stackSize - 2] = top;
        } else {
            // Each new right child lies right of the earlier ones, so it is the new rightmost.
            w.head[top] = below;
            w.label[top] = transition - labels;
            w.secondRightmost[below] = w.rightmost[below];
            w.rightmost[below] = top;
        }
        w.stackSize--;
    }

    /** CoreNLP's 48 features of the current configuration, in its order, then the activated hidden layer. */
    private double[] hiddenLayer(Workspace w) {
        int[] f = w.features;
        for (int j = 2; j >= 0; j--) {
            setWord(w, f, 2 - j, w.stackTop(j));
        }
        for (int j = 0; j <= 2; j++) {
            int k = w.next + j;
            setWord(w, f, 3 + j, k <= w.n ? k : -1);
        }
        for (int j = 0; j <= 1; j++) {
            int k = w.stackTop(j);
            int at = 6 + 6 * j;
            setChild(w, f, at, at(w.leftmost, k));
            setChild(w, f, at + 1, at(w.rightmost, k));
            setChild(w, f, at + 2, at(w.secondLeftmost, k));
            setChild(w, f, at + 3, at(w.secondRightmost, k));
            setChild(w, f, at + 4, at(w.leftmost, at(w.leftmost, k)));
            setChild(w, f, at + 5, at(w.rightmost, at(w.rightmost, k)));
        }
        return hiddenLayer(f, w);
    }

    private double[] hiddenLayer(int[] features, Workspace w) {
        double[] hidden = w.hidden;
        Arrays.fill(hidden, 0);
        for (int j = 0; j < ParserModel.FEATURES; j++) {
            int id = features[j];
            // Features are added in template order: the sum's rounding depends on it.
            if (model.addPrecomputed(id * ParserModel.FEATURES + j, hidden)) {
                continue;
            }
            if (roundUncached) {
                w.addCached(model, id, j, hidden);
            } else {
                model.sliceProduct(id, j, hidden);
            }
        }
        model.activate(hidden);
        return hidden;
    }

    /**
     * The scores of every transition for a feature vector in CoreNLP's numbering, for checking that
     * they equal CoreNLP's to the bit.
     */
    double[] scores(int[] features) {
        if (features.length != ParserModel.FEATURES) {
            throw new IllegalArgumentException("expected " + ParserModel.FEATURES + " features, got "
                    + features.length);
        }
        double[] scores = new double[model.transitions];
        model.score(hiddenLayer(features, workspaces.get()), scores);
        return scores;
    }

    private static int at(int[] children, int k) {
        return k < 0 ? -1 : children[k];
    }

    private void setWord(Workspace w, int[] f, int slot, int k) {
        f[slot] = k < 0 ? nullWord : w.word[k];
        f[slot + 18] = k < 0 ? nullPos : w.pos[k];
    }

    private void setChild(Workspace w, int[] f, int slot, int k) {
        setWord(w, f, slot, k);
        f[slot + 30] = k < 0 ? nullLabel : model.labelId(w.label[k]);
    }

    /**
     * A sentence's parse: for word i (1-based), its head (0 for the root) and the index of its label
     * among the model's labels; index 0 is unused.
     */
    record Parse(int[] heads, int[] labels) {
        int head(int word) {
            return heads[word];
        }
    }

    /** One thread's parsing state and cache, reused from sentence to sentence. */
    private static final class Workspace {
        final double[] hidden;
        final double[] product;
        final int[] applicable;
        final double[] scores;
        final int[] features = new int[ParserModel.FEATURES];
        final int[] cacheKeys;
        final float[] cacheValues;
        /** For each set of two cache slots, the one used last. */
        final byte[] recent;
        int[] word = new int[0];
        int[] pos = new int[0];
        int[] head = new int[0];
        int[] label = new int[0];
        int[] leftmost = new int[0];
        int[] secondLeftmost = new int[0];
        int[] rightmost = new int[0];
        int[] secondRightmost = new int[0];
        int[] stack = new int[0];
        int stackSize;
        /** The first word of the buffer; the buffer is always next..n. */
        int next;
        int n;

        Workspace(int hiddenSize, int transitions, boolean cached) {
            hidden = new double[hiddenSize];
            product = new double[hiddenSize];
            applicable = new int[transitions];
            scores = new double[transitions];
            cacheKeys = new int[cached ? CACHE_SLOTS : 0];
            recent = new byte[cached ? CACHE_SLOTS / 2 : 0];
            Arrays.fill(cacheKeys, -1);
            cacheValues = new float[cached ? CACHE_SLOTS * hiddenSize : 0];
        }

        void ensure(int n) {
            if (word.length > n) {
                return;
            }
            int size = Math.max(n + 1, 2 * word.length);
            word = new int[size];
            pos = new int[size];
            head = new int[size];
            label = new int[size];
            leftmost = new int[size];
            secondLeftmost = new int[size];
            rightmost = new int[size];
            secondRightmost = new int[size];
            stack = new int[size];
        }

        /** The k-th word from the top of the stack, or -1. */
        int stackTop(int k) {
            return k < stackSize ? stack[stackSize - 1 - k] : -1;
        }

        /**
         * Adds the float-rounded product of embedding {@code id} at {@code position}, from the cache when
         * it is there. The cache has sets of two slots and replaces the less recently used.
         */
        void addCached(ParserModel model, int id, int position, double[] hidden) {
            int key = id * ParserModel.FEATURES + position;
            int set = (key * 0x9E3779B9 >>> 16) & (CACHE_SLOTS / 2 - 1);
            int slot = 2 * set;
            if (cacheKeys[slot] != key) {
                if (cacheKeys[slot + 1] == key) {
                    slot++;
                } else {
                    slot += 1 - recent[set];
                    fill(model, id, position, slot);
                    cacheKeys[slot] = key;
                }
            }
            recent[set] = (byte) (slot & 1);
            int at = slot * hidden.length;
            if (ParserModel.VECTORS) {
                VectorSlices.addWidened(cacheValues, at, hidden);
            } else {
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += cacheValues[at + i];
                }
            }
        }

        private void fill(ParserModel model, int id, int position, int slot) {
            Arrays.fill(product, 0);
            model.sliceProduct(id, position, product);
            int at = slot * product.length;
            if (ParserModel.VECTORS) {
                VectorSlices.narrow(product, cacheValues, at);
            } else {
                for (int i = 0; i < product.length; i++) {
                    cacheValues[at + i] = (float) product[i];
                }
            }
        }
    }
}
