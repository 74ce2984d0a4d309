package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Every article of some local inputs, read into memory with the problems met: what a benchmark or a
 * batch job reads before it starts analysing. Nothing is fetched; a URL among the paths is a problem.
 *
 * @param articles the articles in the order the inputs hold them
 * @param problems the inputs, or items in them, that could not become articles, with their reasons
 */
public record Corpus(List<Article> articles, List<Problem> problems) {

    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** Reads files, folders (recursively) and {@code -}, each by its content, as {@code accord ingest} does. */
    public static Corpus read(List<String> paths) {
        Inputs.Expansion expansion = Inputs.expand(paths);
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(expansion.problems());
        Sources sources = new Sources(null);
        Sink sink = new Sink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        };
        for (Input input : expansion.inputs()) {
            sources.read(input, Sources.Options.NONE, sink);
        }
        return new Corpus(articles, problems);
    }

    /** The first {@code n} articles, with the same problems. */
    public Corpus first(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("article count must be 0 or more, got " + n);
        }
        return n >= articles.size() ? this : new Corpus(articles.subList(0, n), problems);
    }
}
