package dev.accord.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.io.RuntimeIOException;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of a CoreNLP neural dependency parser model (the text format CoreNLP's
 * {@code DependencyParser} writes, optionally gzipped), held in primitive arrays.
 *
 * <p>Embeddings are numbered as CoreNLP numbers them: words first, then parts of speech, then
 * labels, each in file order. A feature is an embedding id at one of the {@value #FEATURES}
 * positions of the template; its contribution to the hidden layer is the product of its embedding
 * with the position's slice of W1. The model's most frequent (id, position) pairs have that product
 * computed at load time, in double, exactly as CoreNLP computes them.
 *
 * <p>Immutable after construction, so one instance serves any number of threads.
 */
final class ParserModel {

    /** Positions in the feature template: 18 words, 18 parts of speech, 12 labels. */
    static final int FEATURES = 48;

    /**
     * Whether the JVM resolves the vector module, so that {@link #sliceProduct} runs in the machine's vector
     * instructions ({@link VectorSlices}); the same sums either way.
     */
    static final boolean VECTORS = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    static final String UNKNOWN = "-UNKNOWN-";
    static final String NULL = "-NULL-";
    static final String ROOT = "-ROOT-";

    final int embeddingSize;
    final int hiddenSize;
    /** Labels without CoreNLP's leading {@value #NULL}; transitions are L(label), R(label), S. */
    final List<String> labels;
    /** Transitions: labels.size() left arcs, as many right arcs, and the shift. */
    final int transitions;

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    /** Embedding id of the label at {@code labels} index i is {@code firstLabelId + 1 + i}. */
    private final int firstLabelId;

    /** Embeddings, row after row. */
    private final float[] embeddings;
    /**
     * W1 column after column (FEATURES * embeddingSize columns of hiddenSize), as the file stores it:
     * a feature's product reads its 50 columns straight through, each hidden unit still summing its
     * terms in CoreNLP's order.
     */
    private final float[] w1;
    private final float[] b1;
    /**
     * W2's columns (one per hidden unit, one weight per transition), widened to double once: CoreNLP's
     * double * float widens the float anyway, exactly. A separate array per column, unlike W1, because
     * then the JIT compiler turns the scoring loop into vector instructions (JDK 17 does not for
     * offsets into one array), while each transition's sum keeps CoreNLP's order.
     */
    private final double[][] w2;

    /** For feature key {@code id * FEATURES + position}, its row in {@link #precomputed}, or -1. */
    private final int[] precomputedRow;
    /** One array per row, which the JIT compiler vectorizes adding, as it does not offsets into one array. */
    private final double[][] precomputed;

    private ParserModel(int embeddingSize, int hiddenSize, List<String> words, List<String> pos,
                        List<String> labelsWithNull, float[] embeddings, float[] w1, float[] b1, float[] w2,
                        List<Integer> toPrecompute) {
        if (labelsWithNull.isEmpty() || !labelsWithNull.get(0).equals(NULL)) {
            throw new IllegalArgumentException("parser labels must start with " + NULL + ", got "
                    + labelsWithNull.subList(0, Math.min(1, labelsWithNull.size())));
        }
        this.embeddingSize = embeddingSize;
        this.hiddenSize = hiddenSize;
        this.embeddings = embeddings;
        this.w1 = w1;
        this.b1 = b1;
        this.labels = List.copyOf(labelsWithNull.subList(1, labelsWithNull.size()));
        this.transitions = 2 * labels.size() + 1;
        this.w2 = new double[hiddenSize][transitions];
        for (int i = 0; i < hiddenSize; i++) {
            for (int t = 0; t < transitions; t++) {
                this.w2[i][t] = w2[i * transitions + t];
            }
        }
        // Later duplicates win, as in CoreNLP's HashMap of ids.
        this.wordIds = ids(words, 0);
        this.posIds = ids(pos, words.size());
        this.firstLabelId = words.size() + pos.size();
        this.precomputedRow = new int[(firstLabelId + labelsWithNull.size()) * FEATURES];
        Arrays.fill(precomputedRow, -1);
        int rows = 0;
        for (int key : toPrecompute) {
            if (key < 0 || key >= precomputedRow.length) {
                throw new IllegalArgumentException("pre-computed feature " + key + " is outside the model's "
                        + precomputedRow.length + " (embedding, position) pairs");
            }
            if (precomputedRow[key] < 0) {
                precomputedRow[key] = rows++;
            }
        }
        this.precomputed = new double[rows][hiddenSize];
        for (int key = 0; key < precomputedRow.length; key++) {
            int row = precomputedRow[key];
            if (row >= 0) {
                sliceProduct(key / FEATURES, key % FEATURES, precomputed[row]);
            }
        }
    }

    /**
     * Reads a model from a classpath resource, file or URL ({@code .gz} is unzipped), and pre-computes
     * the hidden-layer products of the first {@code numPreComputed} features the file lists, as CoreNLP
     * does with its setting of that name.
     */
    static ParserModel load(String path, int numPreComputed) {
        try (BufferedReader in = IOUtils.readerFromString(path)) {
            String line = in.readLine();
            if (line != null && line.startsWith("language=")) {
                // Newer files name their language and treebank pack first; the arithmetic is the same.
                in.readLine();
                line = in.readLine();
            }
            int words = header(line, "dict", path);
            int pos = header(in.readLine(), "pos", path);
            int labels = header(in.readLine(), "label", path);
            int embeddingSize = header(in.readLine(), "embeddingSize", path);
            int hiddenSize = header(in.readLine(), "hiddenSize", path);
            int tokens = header(in.readLine(), "numTokens", path);
            int listed = header(in.readLine(), "preComputed", path);
            if (tokens != FEATURES) {
                throw new IllegalArgumentException("parser model " + path + " has numTokens=" + tokens
                        + ", expected " + FEATURES + " (the only feature template CoreNLP has)");
            }
            float[] embeddings = new float[(words + pos + labels) * embeddingSize];
            List<String> wordNames = readEmbeddings(in, words, embeddings, 0, embeddingSize, path);
            List<String> posNames = readEmbeddings(in, pos, embeddings, words, embeddingSize, path);
            List<String> labelNames = readEmbeddings(in, labels, embeddings, words + pos, embeddingSize, path);

            int columns = FEATURES * embeddingSize;
            // The file stores W1 and W2 one line per column, the layout kept here.
            float[] w1 = readColumns(in, hiddenSize, columns, path);
            float[] b1 = new float[hiddenSize];
            readFloats(in.readLine(), b1, 0, 1, hiddenSize, path);
            float[] w2 = readColumns(in, 2 * labels - 1, hiddenSize, path);

            List<Integer> keys = new ArrayList<>();
            while (keys.size() < listed) {
                line = in.readLine();
                if (line == null) {
                    throw new IllegalArgumentException("parser model " + path + " ends after " + keys.size()
                            + " of its " + listed + " pre-computed features");
                }
                for (String key : line.split(" ")) {
                    keys.add(Integer.parseInt(key));
                }
            }
            return new ParserModel(embeddingSize, hiddenSize, wordNames, posNames, labelNames, embeddings, w1, b1,
                    w2, keys.subList(0, Math.min(numPreComputed, keys.size())));
        } catch (IOException e) {
            throw new RuntimeIOException("could not read parser model " + path, e);
        }
    }

    int wordId(String word) {
        Integer id = wordIds.get(word);
        return id != null ? id : wordIds.get(UNKNOWN);
    }

    int posId(String tag) {
        Integer id = posIds.get(tag);
        return id != null ? id : posIds.get(UNKNOWN);
    }

    /** Embedding id of a label given by its index in {@link #labels}, or of {@value #NULL} for -1. */
    int labelId(int label) {
        return firstLabelId + 1 + label;
    }

    /**
     * Adds the pre-computed contribution of feature {@code key} to {@code hidden}, if it has one.
     *
     * @return whether it had one
     */
    boolean addPrecomputed(int key, double[] hidden) {
        int row = precomputedRow[key];
        if (row < 0) {
            return false;
        }
        double[] product = precomputed[row];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += product[i];
        }
        return true;
    }

    /**
     * Adds the contribution of embedding {@code id} at template {@code position} to {@code out}, term by
     * term onto what is there: a float product added to a double sum, in CoreNLP's order. Started from
     * zeros and rounded to float, it is what CoreNLP caches; added onto the hidden layer, what it does
     * without a cache; started from zeros and kept, what it pre-computes.
     */
    void sliceProduct(int id, int position, double[] out) {
        int e = id * embeddingSize;
        int column = position * embeddingSize * hiddenSize;
        if (VECTORS) {
            VectorSlices.add(w1, embeddings, e, column, embeddingSize, hiddenSize, out);
        } else {
            scalarSliceProduct(w1, embeddings, e, column, embeddingSize, hiddenSize, 0, out);
        }
    }

    /**
     * {@link VectorSlices#add} one hidden unit at a time, where the JVM has no vector module: for each unit i
     * from {@code first} on, the terms {@code w1[column + k * hiddenSize + i] * embeddings[e + k]}, k from 0 to
     * {@code embeddingSize - 1}, onto {@code out[i]}.
     */
    static void scalarSliceProduct(float[] w1, float[] embeddings, int e, int column, int embeddingSize,
                                   int hiddenSize, int first, double[] out) {
        int k = 0;
        // Four terms per pass over the hidden units, added one after the other: fewer passes, same order.
        for (; k + 3 < embeddingSize; k += 4, column += 4 * hiddenSize) {
            float x0 = embeddings[e + k];
            float x1 = embeddings[e + k + 1];
            float x2 = embeddings[e + k + 2];
            float x3 = embeddings[e + k + 3];
            int c1 = column + hiddenSize;
            int c2 = c1 + hiddenSize;
            int c3 = c2 + hiddenSize;
            for (int i = first; i < hiddenSize; i++) {
                double sum = out[i];
                sum += w1[column + i] * x0;
                sum += w1[c1 + i] * x1;
                sum += w1[c2 + i] * x2;
                sum += w1[c3 + i] * x3;
                out[i] = sum;
            }
        }
        for (; k < embeddingSize; k++, column += hiddenSize) {
            float x = embeddings[e + k];
            for (int i = first; i < hiddenSize; i++) {
                out[i] += w1[column + i] * x;
            }
        }
    }

    /** Adds the bias and applies the cube activation, in place. */
    void activate(double[] hidden) {
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
    }

    /** Writes into {@code scores} every transition's score for an activated hidden layer. */
    void score(double[] hidden, double[] scores) {
        Arrays.fill(scores, 0);
        int i = 0;
        // Four columns per pass, added one after the other: a quarter of the passes, the same order.
        for (; i + 3 < hiddenSize; i += 4) {
            double h0 = hidden[i];
            double h1 = hidden[i + 1];
            double h2 = hidden[i + 2];
            double h3 = hidden[i + 3];
            double[] c0 = w2[i];
            double[] c1 = w2[i + 1];
            double[] c2 = w2[i + 2];
            double[] c3 = w2[i + 3];
            for (int t = 0; t < scores.length; t++) {
                double sum = scores[t];
                sum += h0 * c0[t];
                sum += h1 * c1[t];
                sum += h2 * c2[t];
                sum += h3 * c3[t];
                scores[t] = sum;
            }
        }
        for (; i < hiddenSize; i++) {
            double h = hidden[i];
            double[] column = w2[i];
            for (int t = 0; t < scores.length; t++) {
                scores[t] += h * column[t];
            }
        }
    }

    /** Bytes held by the weights and the pre-computed products. */
    long bytes() {
        return 4L * (embeddings.length + w1.length + b1.length) + 8L * hiddenSize * transitions + 4L * precomputedRow.length
                + 8L * precomputed.length * hiddenSize;
    }

    private static Map<String, Integer> ids(List<String> names, int first) {
        Map<String, Integer> ids = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), first + i);
        }
        if (!ids.containsKey(UNKNOWN)) {
            throw new IllegalArgumentException("parser vocabulary has no " + UNKNOWN + " entry among its "
                    + names.size() + " names");
        }
        return ids;
    }

    private static int header(String line, String name, String path) {
        if (line == null || !line.startsWith(name + "=")) {
            throw new IllegalArgumentException("parser model " + path + ": expected a line '" + name
                    + "=N', got '" + line + "'");
        }
        return Integer.parseInt(line.substring(name.length() + 1).trim());
    }

    private static List<String> readEmbeddings(BufferedReader in, int count, float[] into, int firstRow,
                                               int size, String path) throws IOException {
        List<String> names = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            String line = in.readLine();
            if (line == null) {
                throw new IllegalArgumentException("parser model " + path + " ends in its embeddings");
            }
            int space = line.indexOf(' ');
            names.add(line.substring(0, space));
            readFloats(line.substring(space + 1), into, (firstRow + k) * size, 1, size, path);
        }
        return names;
    }

    private static float[] readColumns(BufferedReader in, int rows, int columns, String path) throws IOException {
        float[] matrix = new float[rows * columns];
        for (int j = 0; j < columns; j++) {
            readFloats(in.readLine(), matrix, j * rows, 1, rows, path);
        }
        return matrix;
    }

    /** Parses {@code count} space-separated floats into {@code into[at + i * stride]}. */
    private static void readFloats(String line, float[] into, int at, int stride, int count, String path) {
        if (line == null) {
            throw new IllegalArgumentException("parser model " + path + " ends in its weights");
        }
        String[] values = line.split(" ");
        if (values.length < count) {
            throw new IllegalArgumentException("parser model " + path + ": a line has " + values.length
                    + " numbers, expected " + count);
        }
        for (int i = 0; i < count; i++) {
            into[at + i * stride] = Float.parseFloat(values[i]);
        }
    }
}
