package dev.accord.model.consolidated;

import java.util.List;
import java.util.function.Function;

/** The check every consolidated fact makes of its mentions and its count of reports. */
final class Reports {

    private Reports() {
    }

    /** Throws unless there are mentions and {@code reports} is the number of distinct articles among them. */
    static <M> void check(String what, String id, int reports, List<M> mentions, Function<M, String> articleId) {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException(what + " " + id + " has no mentions; expected at least one");
        }
        long articles = mentions.stream().map(articleId).distinct().count();
        if (reports != articles) {
            throw new IllegalArgumentException(what + " " + id + " counts " + reports
                    + " reports but its mentions come from " + articles + " articles");
        }
    }
}
