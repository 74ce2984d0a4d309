package dev.accord.consolidate;

/**
 * Turns a sentence into a unit-length vector whose dot product with another's says how alike their meanings
 * are. Implementations must be deterministic and safe to call from several threads.
 */
public interface SentenceEncoder {

    /** The vector of {@code text}, of length {@link #dimensions()}, with unit length. */
    float[] encode(String text);

    /** The length of every vector. */
    int dimensions();

    /** The model's name and version, for provenance ("all-MiniLM-L6-v2 (langchain4j 1.19.0-beta29)"). */
    String model();
}
