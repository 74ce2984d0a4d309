package dev.accord.store;

import java.util.Objects;

/**
 * One article that matched a {@link SearchQuery}.
 *
 * @param articleId the article's id, for {@link FactStore#expect(String)}
 * @param title     its headline, or {@code null} when none is known
 * @param source    where it came from
 * @param published its ISO 8601 publication date, or {@code null} when unknown
 * @param snippet   a few words of its text, with matched words between « and » and cuts marked by …
 * @param score     relevance, higher is better, comparable only within one result list; 0 when the
 *                  query had no words to rank by
 */
public record SearchHit(String articleId, String title, String source, String published, String snippet,
                        double score) {

    public SearchHit {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(snippet, "snippet");
    }
}
