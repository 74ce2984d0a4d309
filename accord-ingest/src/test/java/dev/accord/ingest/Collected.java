package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.Problem;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what a reader gave it, for tests to look at. */
final class Collected implements Sink {

    final List<Article> articles = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    Article only() {
        if (articles.size() != 1) {
            throw new AssertionError("expected one article, got " + articles.size() + "; problems " + problems);
        }
        return articles.get(0);
    }

    String reasons() {
        return problems.toString();
    }
}
