package dev.accord.store;

import dev.accord.model.Article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One place a stored article appeared: the article itself, or a near-duplicate of it (a reprint with
 * small edits) that was not analysed again.
 *
 * @param copyId     the id the appearance has on its own ({@link Article#identify}); the article's id for
 *                   the original
 * @param source     where it came from, as its reader named it
 * @param url        its address, or {@code null}
 * @param outlet     who published it, or {@code null}
 * @param title      its headline there, or {@code null}
 * @param published  its publication date there, or {@code null}
 * @param similarity estimated share of word sequences in common with the stored text, in [0, 1]; 1 for the
 *                   original and exact copies
 */
public record Appearance(String copyId, String source, String url, String outlet, String title, LocalDate published,
                         double similarity) {

    public Appearance {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(source, "source");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("appearance " + copyId + " has similarity " + similarity
                    + "; expected a value in [0, 1]");
        }
    }

    /** How an article appears where it was read, with the similarity it has to the stored one. */
    public static Appearance of(Article article, double similarity) {
        String url = article.url() != null ? article.url() : article.canonicalUrl();
        return new Appearance(article.id(), article.source(), url, article.outlet(), article.title(),
                article.published(), similarity);
    }
}
