package dev.accord.nlp;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorSlicesTest {

    @Test
    void theTestsRunWithTheVectorModule() {
        assertTrue(ParserModel.VECTORS, "surefire's argLine adds jdk.incubator.vector, as the launcher does");
    }

    @Test
    void vectorSumsEqualTheScalarOnesToTheBit() {
        Random random = new Random(18);
        // The English model's sizes, and sizes that leave remainders after the vectors and the blocks of four.
        int[][] shapes = {{50, 1000}, {50, 1001}, {7, 13}, {3, 5}, {1, 1}};
        for (int[] shape : shapes) {
            int size = shape[0];
            int hidden = shape[1];
            int positions = 3;
            int ids = 4;
            float[] w1 = new float[positions * size * hidden];
            float[] embeddings = new float[ids * size];
            for (int i = 0; i < w1.length; i++) {
                w1[i] = (float) (random.nextGaussian() * 0.05);
            }
            for (int i = 0; i < embeddings.length; i++) {
                embeddings[i] = (float) random.nextGaussian();
            }
            double[] scalar = new double[hidden];
            double[] vector = new double[hidden];
            for (int i = 0; i < hidden; i++) {
                scalar[i] = vector[i] = random.nextGaussian();
            }
            for (int id = 0; id < ids; id++) {
                for (int position = 0; position < positions; position++) {
                    int e = id * size;
                    int column = position * size * hidden;
                    ParserModel.scalarSliceProduct(w1, embeddings, e, column, size, hidden, 0, scalar);
                    VectorSlices.add(w1, embeddings, e, column, size, hidden, vector);
                }
            }
            for (int i = 0; i < hidden; i++) {
                assertEquals(Double.doubleToRawLongBits(scalar[i]), Double.doubleToRawLongBits(vector[i]),
                        "hidden unit " + i + " of " + hidden + " with embeddings of " + size + ": " + scalar[i]
                                + " against " + vector[i]);
            }
        }
    }

    @Test
    void widenedCachedProductsAddAsTheScalarLoopAddsThem() {
        Random random = new Random(19);
        for (int hidden : new int[] {1000, 1003, 5, 1}) {
            float[] values = new float[3 * hidden + 2];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) random.nextGaussian();
            }
            double[] scalar = new double[hidden];
            double[] vector = new double[hidden];
            for (int i = 0; i < hidden; i++) {
                scalar[i] = vector[i] = random.nextGaussian() * 1e3;
            }
            for (int at : new int[] {0, hidden, 2 * hidden + 2}) {
                for (int i = 0; i < hidden; i++) {
                    scalar[i] += values[at + i];
                }
                VectorSlices.addWidened(values, at, vector);
            }
            for (int i = 0; i < hidden; i++) {
                assertEquals(Double.doubleToRawLongBits(scalar[i]), Double.doubleToRawLongBits(vector[i]),
                        "hidden unit " + i + " of " + hidden);
            }
        }
    }

    @Test
    void sumsRoundToFloatAsTheScalarCastRoundsThem() {
        Random random = new Random(20);
        for (int hidden : new int[] {1000, 1003, 5, 1}) {
            double[] values = new double[hidden];
            for (int i = 0; i < hidden; i++) {
                values[i] = random.nextGaussian() * Math.pow(10, random.nextInt(60) - 30);
            }
            values[0] = -0.0;
            float[] vector = new float[hidden + 3];
            VectorSlices.narrow(values, vector, 3);
            for (int i = 0; i < hidden; i++) {
                assertEquals(Float.floatToRawIntBits((float) values[i]), Float.floatToRawIntBits(vector[3 + i]),
                        "value " + i + " of " + hidden + ": " + values[i]);
            }
        }
    }
}
