package dev.accord.model.consolidated;

import java.util.Objects;

/**
 * The key of a mention across the store: the article's id, {@code #}, and the fact's id within the article
 * ({@code 9f2c…#e303}). Article ids never hold {@code #}, so the key splits back unambiguously.
 */
public final class MentionKeys {

    private MentionKeys() {
    }

    /** The key of fact {@code factId} in article {@code articleId}. */
    public static String of(String articleId, String factId) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(factId, "factId");
        if (articleId.isEmpty() || articleId.indexOf('#') >= 0) {
            throw new IllegalArgumentException("article id '" + articleId + "'; expected a non-empty id without '#'");
        }
        if (factId.isEmpty()) {
            throw new IllegalArgumentException("empty fact id in article " + articleId + "; expected the fact's id");
        }
        return articleId + "#" + factId;
    }

    /** The article id of a key made by {@link #of}; throws naming the key when it is not one. */
    public static String articleId(String key) {
        int hash = key.indexOf('#');
        if (hash <= 0 || hash == key.length() - 1) {
            throw new IllegalArgumentException("mention key '" + key + "'; expected articleId#factId");
        }
        return key.substring(0, hash);
    }

    /** The fact id of a key made by {@link #of}; throws naming the key when it is not one. */
    public static String factId(String key) {
        articleId(key);
        return key.substring(key.indexOf('#') + 1);
    }
}
