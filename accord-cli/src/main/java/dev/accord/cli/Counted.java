package dev.accord.cli;

import dev.accord.ingest.Input;

import java.util.List;

/**
 * Counts a run over inputs for its {@link Progress} line: the articles done, and the bytes read, which are
 * the sizes of the inputs finished and the position in the one being read.
 */
final class Counted {

    private final Progress progress;
    private final List<Input> inputs;
    private final ReadOptions read;
    private int articles;
    private long finished;

    Counted(Progress progress, List<Input> inputs, ReadOptions read) {
        this.progress = progress;
        this.inputs = inputs;
        this.read = read;
    }

    /** One more article is done. */
    void article() {
        articles++;
        progress.update(articles, finished + read.position());
    }

    /** The first {@code done} inputs are read. */
    void inputRead(int done) {
        finished += Math.max(0, inputs.get(done - 1).size());
        progress.update(articles, finished);
    }
}
