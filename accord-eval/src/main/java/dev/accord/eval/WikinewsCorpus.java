package dev.accord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark corpus {@code shared/corpus/wikinews.jsonl}: one JSON object a line with id, url,
 * title, text and sometimes published. Only what the speed benchmark needs; the ingest of JSON Lines
 * articles proper lives in accord-ingest.
 */
public final class WikinewsCorpus {

    private WikinewsCorpus() {
    }

    /** The first {@code limit} articles with a non-blank text (all of them when {@code limit <= 0}). */
    public static List<Article> read(Path file, int limit) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + file, e);
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && (limit <= 0 || out.size() < limit); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode r;
            try {
                r = AccordJson.mapper().readTree(lines.get(i));
            } catch (IOException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " of " + file + " is not JSON: "
                        + e.getMessage() + "; expected one JSON object a line", e);
            }
            String text = r.path("text").asText("");
            if (!text.isBlank()) {
                String source = r.path("url").asText(r.path("id").asText(file + ":" + (i + 1)));
                out.add(Article.of(source, r.path("title").asText(null), date(r.path("published").asText(null)), "en",
                        text));
            }
        }
        return out;
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
