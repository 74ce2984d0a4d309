package dev.accord.server;

import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.model.tables.Column;
import dev.accord.model.tables.FactTable;
import dev.accord.store.FactStore;
import dev.accord.store.ViewRows.EventRow;
import dev.accord.store.ViewRows.QuoteRow;
import dev.accord.store.ViewStore;
import dev.accord.store.ViewStore.Page;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A view's events or quotes as a file to download: CSV or JSON Lines, with the columns of the model's
 * {@link FactTable} (what the exports and the Spark tables write), the counted event's id and its number of reports
 * beside an event's. Rows are read a page at a time and written as they come, and only the last few articles'
 * facts are kept, so a download of a million events needs no more memory than one of ten.
 */
final class Downloads {

    /** How many rows a page of the view reads. */
    private static final int PAGE = 500;
    /** How many articles' curated facts are kept while writing: a view's rows come in date order, not by article. */
    private static final int ARTICLES_KEPT = 64;

    enum Format { csv, jsonl }

    private final FactStore store;
    private final Map<String, Optional<ArticleFacts>> facts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ArticleFacts>> eldest) {
            return size() > ARTICLES_KEPT;
        }
    };

    Downloads(FactStore store) {
        this.store = store;
    }

    /** Writes every event the filter keeps, in date order. */
    void events(ViewStore.EventFilter filter, Format format, OutputStream out) throws IOException {
        List<String> extra = List.of("event", "reports");
        write(FactTable.EVENTS, extra, format, out, offset -> store.views().events(filter, ViewStore.EventOrder.DATE,
                PAGE, offset), (EventRow e, ArticleFacts f) -> f.events().stream()
                .filter(x -> x.id().equals(e.eventId())).findFirst().map(x -> row(FactTable.EVENTS, f, x,
                        List.of(e.event() == null ? "" : e.event(), e.reports()))), EventRow::articleId);
    }

    /** Writes every quote the filter keeps, by speaker. */
    void quotes(String speaker, ViewStore.ArticleFilter filter, Format format, OutputStream out) throws IOException {
        write(FactTable.QUOTES, List.of(), format, out, offset -> store.views().quotes(speaker, filter, PAGE, offset),
                (QuoteRow q, ArticleFacts f) -> f.quotes().stream().filter(x -> x.id().equals(q.quoteId()))
                        .findFirst().map(x -> row(FactTable.QUOTES, f, x, List.of())), QuoteRow::articleId);
    }

    private static <T> List<Object> row(FactTable<T> table, ArticleFacts f, T item, List<Object> extra) {
        List<Object> values = new ArrayList<>(table.row(f, item));
        values.addAll(extra);
        return values;
    }

    private <R> void write(FactTable<?> table, List<String> extra, Format format, OutputStream out,
                           Function<Integer, Page<R>> pages, BiFunction<R, ArticleFacts, Optional<List<Object>>> row,
                           Function<R, String> article) throws IOException {
        List<String> names = new ArrayList<>(table.columns().stream().map(Column::name).toList());
        names.addAll(extra);
        if (format == Format.csv) {
            line(out, names.stream().map(n -> (Object) n).toList());
        }
        for (int offset = 0; ; offset += PAGE) {
            Page<R> page = pages.apply(offset);
            for (R r : page.items()) {
                Optional<List<Object>> values = facts.computeIfAbsent(article.apply(r), store::findCurated)
                        .flatMap(f -> row.apply(r, f));
                if (values.isPresent()) {
                    if (format == Format.csv) {
                        line(out, values.get());
                    } else {
                        Map<String, Object> json = new LinkedHashMap<>();
                        for (int i = 0; i < names.size(); i++) {
                            json.put(names.get(i), values.get().get(i));
                        }
                        out.write((AccordJson.compact(json) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            if (page.items().size() < PAGE) {
                break;
            }
        }
        out.flush();
    }

    /** One CSV line (RFC 4180): a value with a comma, quote or line break is quoted, its quotes doubled. */
    private static void line(OutputStream out, List<Object> values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i) == null ? "" : String.valueOf(values.get(i));
            if (i > 0) {
                line.append(',');
            }
            line.append(v.matches("(?s).*[,\"\\r\\n].*") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.write(line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }
}
