package dev.accord.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.model.Article;
import dev.accord.model.Problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Reads JSON Lines of articles, one object a line: {@code {"id", "url", "title", "published", "text"}}
 * as in {@code shared/corpus/wikinews.jsonl}; only {@code text} is required and other fields are
 * ignored. A broken line is recorded as {@code file:line} with its reason and the rest is read.
 */
public final class JsonLinesReader {

    /** The most characters one line may hold: a very long article, and a bound on memory. */
    static final int MAX_LINE = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String id, String url, String title, String published, String date, String text, String outlet,
                String author, String language) {
    }

    public void read(String inputName, InputStream in, Sink sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            int number = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = inputName + ":" + number;
                if (line.length() > MAX_LINE) {
                    sink.problem(new Problem(where, "line of " + line.length() + " characters; expected at most "
                            + MAX_LINE));
                    continue;
                }
                try {
                    sink.article(article(where, JSON.readValue(line, Line.class)));
                } catch (JsonProcessingException e) {
                    sink.problem(new Problem(where, "not a JSON object (" + FeedReader.oneLine(e.getOriginalMessage())
                            + "); expected {\"id\", \"url\", \"title\", \"published\", \"text\"} on one line"));
                } catch (UnreadableInputException e) {
                    sink.problem(e.problem());
                }
            }
        } catch (IOException e) {
            sink.problem(new Problem(inputName, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static Article article(String where, Line line) throws UnreadableInputException {
        if (line == null || line.text() == null || line.text().isBlank()) {
            throw new UnreadableInputException(where, "no \"text\"; expected the article's text in a \"text\" field");
        }
        String source = line.url() != null && !line.url().isBlank() ? line.url()
                : line.id() != null && !line.id().isBlank() ? line.id() : where;
        String date = line.published() != null ? line.published() : line.date();
        LocalDate published = Dates.parse(date).or(() -> Dates.fromUrl(line.url())).orElse(null);
        String text = line.text().replace("\r\n", "\n").strip();
        String language = line.language() == null ? "en" : line.language();
        return Article.of(source, line.title(), published, language, text)
                .withWeb(line.url(), null, line.outlet(), line.author(), null);
    }
}
