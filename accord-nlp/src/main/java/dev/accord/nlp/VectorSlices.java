package dev.accord.nlp;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ParserModel#sliceProduct}'s loop in the vector instructions of the machine, several hidden units
 * at once. Each lane does what the scalar loop does for its unit: a float product of a weight and an
 * embedding value, widened to double and added to that unit's sum, term after term in CoreNLP's order,
 * so every sum is the same to the bit. JDK 17 does not turn the scalar loop into vector instructions
 * (it does not vectorize the widening), and the slice's products are a quarter of Accord's analysis.
 *
 * <p>Only loaded where the JVM resolves the {@code jdk.incubator.vector} module
 * ({@code --add-modules jdk.incubator.vector}); {@link ParserModel} checks that before it uses this class.
 */
final class VectorSlices {

    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** As many floats as {@link #DOUBLES} has doubles, so that one widens into the other. */
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED.withShape(
            VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));
    private static final int LANES = DOUBLES.length();

    private VectorSlices() {
    }

    /**
     * Adds, for each hidden unit i, the terms {@code w1[column + k * hidden + i] * embeddings[e + k]} for k
     * from 0 to {@code size - 1}, in that order, onto {@code out[i]}.
     */
    static void add(float[] w1, float[] embeddings, int e, int column, int size, int hidden, double[] out) {
        // The units past the last whole vector are summed one at a time, each still in its own order.
        int vectors = hidden - hidden % LANES;
        int k = 0;
        // Four terms per pass over the units: the weights are read four rows at a time, straight through.
        for (; k + 3 < size; k += 4) {
            addFour(w1, column + k * hidden, hidden, vectors, embeddings[e + k], embeddings[e + k + 1],
                    embeddings[e + k + 2], embeddings[e + k + 3], out);
        }
        for (; k < size; k++) {
            int row = column + k * hidden;
            float x = embeddings[e + k];
            for (int i = 0; i < vectors; i += LANES) {
                DoubleVector.fromArray(DOUBLES, out, i).add(widened(w1, row + i, x)).intoArray(out, i);
            }
        }
        ParserModel.scalarSliceProduct(w1, embeddings, e, column, size, hidden, vectors, out);
    }

    /** Adds the terms of four rows of weights from {@code row}, one row after the other, onto each unit's sum. */
    private static void addFour(float[] w1, int row, int hidden, int vectors, float x0, float x1, float x2, float x3,
                                double[] out) {
        for (int i = 0; i < vectors; i += LANES) {
            DoubleVector sum = DoubleVector.fromArray(DOUBLES, out, i);
            sum = sum.add(widened(w1, row + i, x0));
            sum = sum.add(widened(w1, row + hidden + i, x1));
            sum = sum.add(widened(w1, row + 2 * hidden + i, x2));
            sum = sum.add(widened(w1, row + 3 * hidden + i, x3));
            sum.intoArray(out, i);
        }
    }

    /** Adds {@code values[at + i]}, widened to double, onto {@code out[i]} for each hidden unit i. */
    static void addWidened(float[] values, int at, double[] out) {
        int i = 0;
        for (; i + LANES <= out.length; i += LANES) {
            DoubleVector.fromArray(DOUBLES, out, i).add(FloatVector.fromArray(FLOATS, values, at + i)
                    .convertShape(VectorOperators.F2D, DOUBLES, 0)).intoArray(out, i);
        }
        for (; i < out.length; i++) {
            out[i] += values[at + i];
        }
    }

    /** Writes each of {@code values}, rounded to float, into {@code out} from {@code at} on. */
    static void narrow(double[] values, float[] out, int at) {
        int i = 0;
        for (; i + LANES <= values.length; i += LANES) {
            ((FloatVector) DoubleVector.fromArray(DOUBLES, values, i).convertShape(VectorOperators.D2F, FLOATS, 0))
                    .intoArray(out, at + i);
        }
        for (; i < values.length; i++) {
            out[at + i] = (float) values[i];
        }
    }

    /** The float products of {@code x} with the weights from {@code at}, each widened to double. */
    private static DoubleVector widened(float[] w1, int at, float x) {
        return (DoubleVector) FloatVector.fromArray(FLOATS, w1, at).mul(x)
                .convertShape(VectorOperators.F2D, DOUBLES, 0);
    }
}
