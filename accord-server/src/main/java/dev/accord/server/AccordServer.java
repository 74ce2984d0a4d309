package dev.accord.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.Correction;
import dev.accord.model.EventType;
import dev.accord.model.Modality;
import dev.accord.pipeline.Analyzer;
import dev.accord.pipeline.Consolidation;
import dev.accord.pipeline.Ingestion;
import dev.accord.pipeline.Outcome;
import dev.accord.store.CorrectionAudit;
import dev.accord.store.FactStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Accord's web server: the REST API under {@code /api} (described by {@code /api/openapi.json}), the
 * analysts' web page at {@code /}, and curation.
 *
 * <p>Reading is open; writing (ingest, corrections) needs a user's token or the server's shared token as
 * {@code Authorization: Bearer} ({@link Curators}), and a user's token signs their corrections. Without a
 * shared token the server is read-only. It listens on loopback unless another host is given, answers only
 * requests whose {@code Host} it is served as ({@link HostCheck}), refuses bodies over {@value #MAX_BODY}
 * bytes, and every error, Jetty's own included, has the shape of {@link ApiException.Body}.
 */
public final class AccordServer implements AutoCloseable {

    /** The largest request body accepted: an article of a few hundred pages of text. */
    public static final long MAX_BODY = 1 << 20;

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final FactStore store;
    private final Views views;
    private final Curators curators;
    private final HostCheck hosts;
    private final Analyzer analyzer;
    /** The record across articles, kept current by every write; made on the first write (its encoder loads). */
    private Consolidation consolidation;
    private final Javalin app;
    /** The request this thread answers, for {@link #broke}, which is given only the response. */
    private final ThreadLocal<String> answering = new ThreadLocal<>();

    private AccordServer(FactStore store, String token, Analyzer analyzer, HostCheck hosts) {
        this.store = store;
        this.views = new Views(store);
        this.curators = new Curators(store.users(), token);
        this.hosts = hosts;
        this.analyzer = analyzer;
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            // Request threads are pooled: each forgets its request once answered, whatever the answer was.
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(
                    (request, response, chain) -> {
                        try {
                            chain.doFilter(request, response);
                        } finally {
                            answering.remove();
                        }
                    }), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dev/accord/server/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> {
                answering.set(ctx.method() + " " + ctx.path());
                SecurityHeaders.apply(ctx::header);
                this.hosts.check(ctx.header("Host"));
            });
            routes(config.routes);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            // Javalin's own refusals (no such endpoint, a wrong method, a body too large) get the same shape.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> refused(ctx, e.getStatus()));
            config.routes.exception(IllegalArgumentException.class,
                    (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
            config.routes.exception(NoSuchElementException.class,
                    (e, ctx) -> error(ctx, 404, "not_found", e.getMessage()));
            config.routes.exception(Exception.class, this::failed);
            // An Error (a stack overflow, an assertion) reaches no exception handler: the same 500 all the same.
            config.router.javaLangErrorHandler(this::broke);
        });
    }

    /**
     * Starts a server over {@code store}.
     *
     * @param host     where to listen; {@code 127.0.0.1} keeps it to this machine
     * @param port     the port, or 0 for any free one ({@link #port()} says which)
     * @param token    the API token that write requests must carry, or {@code null} for a read-only server
     * @param analyzer what analyses posted articles, or {@code null} to refuse ingest
     */
    public static AccordServer start(FactStore store, String host, int port, String token, Analyzer analyzer) {
        return start(store, host, port, token, analyzer, List.of());
    }

    /**
     * Starts a server over {@code store} that is also served as the host names {@code allowedHosts} (a team
     * server's names), besides loopback and {@code host}.
     */
    public static AccordServer start(FactStore store, String host, int port, String token, Analyzer analyzer,
                                     List<String> allowedHosts) {
        Objects.requireNonNull(store, "store");
        AccordServer server = new AccordServer(store, token, analyzer, new HostCheck(host, allowedHosts));
        server.app.start(host, port);
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** How many events the views hold: the curated events of every stored article. */
    public long eventCount() {
        return views.eventCount();
    }

    /** Every endpoint the server answers, as {@code GET /api/events}: what its OpenAPI test checks. */
    List<String> endpoints() {
        // Filters such as the one setting security headers are handlers too, of no HTTP method.
        return app.unsafe.internalRouter.allHttpHandlers().stream().filter(h -> h.endpoint.method.isHttpMethod())
                .map(h -> h.endpoint.method + " " + h.endpoint.path).toList();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes(io.javalin.config.RoutesConfig r) {
        r.get("/api/articles", ctx -> json(ctx, views.articles(text(ctx, "q"), filter(ctx), "date".equals(
                text(ctx, "sort")), limit(ctx), offset(ctx))));
        r.get("/api/articles/{id}", ctx -> {
            String id = ctx.pathParam("id");
            ArticleFacts facts = bool(ctx, "machine") ? store.expect(id) : store.findCurated(id).orElseThrow(
                    () -> new NoSuchElementException("no article with id " + id + "; /api/articles lists them"));
            json(ctx, facts);
        });
        r.get("/api/articles/{id}/corrections", ctx -> json(ctx, store.corrections(
                store.expect(ctx.pathParam("id")).article().id())));
        r.get("/api/events", ctx -> json(ctx, views.events(filter(ctx), views.known("with", code(ctx, "with")),
                sort(ctx), limit(ctx), offset(ctx))));
        r.get("/api/events/download", ctx -> download(ctx, "events", (format, out) -> new Downloads(store).events(
                filter(ctx).events(views.known("with", code(ctx, "with"))), format, out)));
        r.get("/api/quotes/download", ctx -> download(ctx, "quotes", (format, out) -> new Downloads(store).quotes(
                text(ctx, "speaker"), filter(ctx).articles(), format, out)));
        r.get("/api/events/{id}/reports", ctx -> {
            String id = ctx.pathParam("id");
            json(ctx, views.reports(id).orElseThrow(() -> new NoSuchElementException("no consolidated event " + id
                    + "; expected the event id (ev:…) of an event from /api/events")));
        });
        r.get("/api/actors", ctx -> json(ctx, views.actors(text(ctx, "q"), limit(ctx))));
        r.get("/api/actors/suggest", ctx -> json(ctx, views.suggest(required(ctx, "q"), number(ctx, "limit", 10, 1,
                50))));
        r.get("/api/actors/{key}/partners", ctx -> json(ctx, views.partners(views.known("key",
                upper(ctx.pathParam("key"))), limit(ctx), offset(ctx))));
        r.get("/api/timeline", ctx -> json(ctx, views.timeline(pairs(ctx))));
        r.get("/api/actors/{key}", ctx -> {
            String key = ctx.pathParam("key");
            json(ctx, views.actor(key).orElseThrow(() -> new NoSuchElementException(
                    "no actor " + key + "; expected a state or IGO code (KAZ, SCO) or an actor id from /api/actors")));
        });
        r.get("/api/dyads/{a}/{b}", ctx -> json(ctx, views.dyad(views.known("a", upper(ctx.pathParam("a"))),
                views.known("b", upper(ctx.pathParam("b"))))));
        r.get("/api/quotes", ctx -> json(ctx, views.quotes(text(ctx, "speaker"), filter(ctx), limit(ctx),
                offset(ctx))));
        r.get("/api/agreements", ctx -> json(ctx, views.agreements(code(ctx, "party"), limit(ctx), offset(ctx))));
        r.get("/api/places", ctx -> json(ctx, views.places(filter(ctx))));
        r.get("/api/map", ctx -> json(ctx, views.map(filter(ctx), number(ctx, "zoom", 0, 0, 18), box(ctx))));
        r.get("/api/map/events", ctx -> json(ctx, views.eventsIn(box(ctx), filter(ctx), limit(ctx), offset(ctx))));
        r.get("/api/event-types", ctx -> json(ctx, Views.eventTypes()));
        r.get("/api/export", this::export);
        r.get("/api/openapi.json", ctx -> {
            ctx.contentType("application/json");
            ctx.result(AccordServer.class.getResourceAsStream("/dev/accord/server/openapi.json"));
        });
        r.get("/api/corrections", this::audit);
        r.post("/api/corrections", this::correct);
        r.post("/api/events/{id}/corrections", this::correctEvent);
        r.post("/api/articles", this::ingest);
    }

    /** What writes a download in a format. */
    @FunctionalInterface
    private interface Download {
        void write(Downloads.Format format, OutputStream out) throws IOException;
    }

    /** A view's rows as a file: {@code format=csv} (the default) or {@code jsonl}, streamed. */
    private static void download(Context ctx, String what, Download download) throws IOException {
        String value = Objects.requireNonNullElse(text(ctx, "format"), "csv");
        Downloads.Format format;
        try {
            format = Downloads.Format.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_request", "format is '" + value + "'; expected csv or jsonl");
        }
        ctx.contentType(format == Downloads.Format.csv ? "text/csv; charset=utf-8"
                : "application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"accord-" + what + "." + format + "\"");
        download.write(format, ctx.outputStream());
    }

    /** Every article's curated facts as JSON Lines, the same as {@code accord export --format jsonl}. */
    private void export(Context ctx) throws IOException {
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"accord-facts.jsonl\"");
        OutputStream out = ctx.outputStream();
        try {
            store.forEachCurated(facts -> {
                try {
                    out.write(AccordJson.compact(facts).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            out.flush();
        }
    }

    /** The audit list: corrections by user and day, newest first, as a page of the common list shape. */
    private void audit(Context ctx) {
        int limit = limit(ctx);
        int offset = offset(ctx);
        CorrectionAudit page = store.audit(text(ctx, "user"), day(ctx, "from"), day(ctx, "to"), limit, offset);
        json(ctx, new AuditPage(page.items(), page.total(), limit, offset));
    }

    /**
     * A page of the audit list.
     *
     * @param items  the corrections, newest first
     * @param total  how many match the filters, on every page together
     * @param limit  the most items a page has
     * @param offset how many matching items come before this page's
     */
    record AuditPage(List<Correction> items, int total, int limit, int offset) {
    }

    private void correct(Context ctx) {
        JsonNode body = body(ctx);
        String curator = curator(ctx, body);
        Correction.Action action = enumValue(Correction.Action.class, body, "action");
        CharSpan trigger = body.hasNonNull("trigger")
                ? new CharSpan(body.path("trigger").path("begin").asInt(), body.path("trigger").path("end").asInt())
                : null;
        Correction made = Correction.of(required(body, "articleId"), action, optional(body, "factId"),
                body.hasNonNull("type") ? enumValue(EventType.class, body, "type") : null,
                strings(body, "actors"), strings(body, "recipients"), optional(body, "date"), trigger,
                curator, optional(body, "note"));
        Correction stored;
        synchronized (this) {
            stored = store.addCorrection(made);
            consolidation().reconsider(stored.articleId());
        }
        ctx.status(201);
        json(ctx, stored);
    }

    /**
     * An analyst's correction of a consolidated event: MERGE it with another ({@code with}), SPLIT one report
     * off it ({@code mention}, {@code articleId#eventId}), or RETYPE it ({@code type}). Merges and splits are
     * kept as constraints between reports and retypes as corrections of each report, so they hold through
     * every later consolidation; the answer is the event as it now is, with its reports.
     */
    private void correctEvent(Context ctx) {
        JsonNode body = body(ctx);
        String curator = curator(ctx, body);
        String id = ctx.pathParam("id");
        String action = required(body, "action").toUpperCase(Locale.ROOT);
        String note = optional(body, "note");
        if (store.consolidation().findEvent(id).isEmpty()) {
            throw new NoSuchElementException("no consolidated event " + id + "; expected the event id (ev:…) of an "
                    + "event from /api/events");
        }
        String now;
        synchronized (this) {
            now = switch (action) {
                case "MERGE" -> consolidation().merge(id, required(body, "with"), curator, note).id();
                case "SPLIT" -> consolidation().split(id, required(body, "mention"), curator, note).id();
                case "RETYPE" -> consolidation().retype(id, enumValue(EventType.class, body, "type"), curator, note)
                        .id();
                default -> throw new ApiException(400, "bad_request", "action is '" + action + "'; expected MERGE, "
                        + "SPLIT or RETYPE");
            };
        }
        ctx.status(201);
        json(ctx, views.reports(now).orElseThrow());
    }

    /** The consolidation of the store, which keeps the views' counts with each step. */
    private Consolidation consolidation() {
        if (consolidation == null) {
            consolidation = Consolidation.standard(store, changes -> { });
        }
        return consolidation;
    }

    private void ingest(Context ctx) {
        curators.signer(ctx.header("Authorization"));
        if (analyzer == null) {
            throw new ApiException(501, "not_implemented", "this server was started without an analyser, so it "
                    + "cannot ingest; use `accord ingest`");
        }
        JsonNode body = body(ctx);
        String text = required(body, "text");
        String published = optional(body, "published");
        LocalDate date;
        try {
            date = published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "bad_request", "published is '" + published + "'; expected an ISO date "
                    + "such as 2025-06-18");
        }
        String source = Objects.requireNonNullElse(optional(body, "source"), "api");
        Article article = Article.of(source, optional(body, "title"), date, "en", text);
        Outcome outcome;
        // One article at a time, so that two posts of one text cannot both pass the duplicate check.
        synchronized (this) {
            outcome = new Ingestion(store, analyzer, Ingestion.Listener.SILENT).ingest(article);
        }
        if (outcome instanceof Outcome.Failed failed) {
            throw new ApiException(422, "unprocessable", failed.problem().reason());
        }
        String storedAs = outcome instanceof Outcome.Already a ? a.storedAs()
                : outcome instanceof Outcome.Copy c ? c.original() : article.id();
        ctx.status(outcome instanceof Outcome.Stored ? 201 : 200);
        json(ctx, new Ingested(article.id(), outcome instanceof Outcome.Stored, storedAs,
                outcome instanceof Outcome.Copy c ? c.similarity() : null));
    }

    /**
     * The answer to an ingest, the same as {@code accord ingest} decides it.
     *
     * @param id         the posted article's id
     * @param stored     whether it was new, and analysed and stored
     * @param storedAs   the stored article that holds it: its own id, or the article it is a copy of
     * @param similarity for a near-duplicate, its estimated similarity to that article; otherwise null
     */
    record Ingested(String id, boolean stored, String storedAs, Double similarity) {
    }

    /**
     * Who signs a correction: the user whose token came with it, or, with the shared token, the
     * {@code curator} the body names (the one person the shared token is for).
     */
    private String curator(Context ctx, JsonNode body) {
        return curators.signer(ctx.header("Authorization")).orElseGet(() -> required(body, "curator"));
    }

    /** Javalin's own refusals, in words that say what was wrong and what is expected. */
    private void refused(Context ctx, int status) {
        String message = switch (status) {
            case 404 -> "nothing at " + ctx.method() + " " + ctx.path() + "; the API is described at /api/openapi.json";
            case 405 -> {
                List<String> allowed = app.unsafe.internalRouter.allHttpHandlers().stream()
                        .filter(h -> h.endpoint.method.isHttpMethod() && h.matches(ctx.path()))
                        .map(h -> h.endpoint.method.name()).distinct().sorted().toList();
                ctx.header("Allow", String.join(", ", allowed));
                yield ctx.method() + " is not allowed on " + ctx.path() + "; expected " + String.join(" or ", allowed);
            }
            case 413 -> "the request body has " + ctx.contentLength() + " bytes; expected at most " + MAX_BODY
                    + " bytes (1 MiB)";
            default -> "the request was refused (HTTP " + status + ")";
        };
        error(ctx, status, ApiException.codeOf(status), message);
    }

    /** An unexpected failure: the client gets a reference to the log entry, never the server's insides. */
    private void failed(Exception e, Context ctx) {
        String reference = String.format("%08x", ThreadLocalRandom.current().nextInt());
        System.err.println("accord serve: failure " + reference + " answering " + ctx.method() + " " + ctx.path());
        e.printStackTrace();
        error(ctx, 500, "internal", "the server failed to answer " + ctx.method() + " " + ctx.path()
                + "; its log has the details under failure " + reference);
    }

    private void broke(HttpServletResponse response, Error e) {
        String request = answering.get() == null ? "a request" : answering.get();
        String reference = String.format("%08x", ThreadLocalRandom.current().nextInt());
        System.err.println("accord serve: failure " + reference + " answering " + request);
        e.printStackTrace();
        response.setStatus(500);
        SecurityHeaders.apply(response::setHeader);
        response.setContentType("application/json; charset=utf-8");
        String path = request.substring(request.indexOf(' ') + 1);
        try {
            response.getWriter().write(AccordJson.compact(new ApiException.Body(new ApiException.Detail(500,
                    "internal", "the server failed to answer " + request + "; its log has the details under failure "
                    + reference, path))));
        } catch (IOException written) {
            System.err.println("accord serve: failure " + reference + " could not be answered: "
                    + written.getMessage());
        }
    }

    private void error(Context ctx, int status, String code, String message) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(status);
        // The store names itself by its file or URL in messages meant for its command-line users.
        String shown = message == null ? code : message.replace(store.location(), "the store");
        json(ctx, new ApiException.Body(new ApiException.Detail(status, code, shown, ctx.path())));
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(AccordJson.compactUtf8(value));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = AccordJson.mapper().readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new ApiException(400, "bad_request", "the body is not a JSON object; expected one");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad_request", "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String required(JsonNode body, String field) {
        String value = optional(body, field);
        if (value == null) {
            throw new ApiException(400, "bad_request", "the body has no '" + field + "'; expected one");
        }
        return value;
    }

    private static String optional(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
    }

    private static List<String> strings(JsonNode body, String field) {
        List<String> values = new ArrayList<>();
        body.path(field).forEach(n -> values.add(n.asText()));
        return values;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode body, String field) {
        String value = required(body, field);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_request", field + " is '" + value + "'; expected one of "
                    + List.of(type.getEnumConstants()));
        }
    }

    private static Views.Filter filter(Context ctx) {
        String type = text(ctx, "type");
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            try {
                EventType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "bad_request", "type is '" + ctx.queryParam("type")
                        + "'; expected a PLOVER type, one of " + List.of(EventType.values()));
            }
        }
        String modality = text(ctx, "modality");
        if (modality != null) {
            modality = modality.toUpperCase(Locale.ROOT);
            try {
                Modality.valueOf(modality);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "bad_request", "modality is '" + ctx.queryParam("modality")
                        + "'; expected one of " + List.of(Modality.values()));
            }
        }
        String voice = text(ctx, "voice");
        if (voice != null && !voice.equals("article") && !voice.equals("quoted")) {
            throw new ApiException(400, "bad_request", "voice is '" + voice + "'; expected article or quoted");
        }
        String lang = text(ctx, "lang");
        return new Views.Filter(date(ctx, "from"), date(ctx, "to"), text(ctx, "outlet"),
                lang == null ? null : lang.toLowerCase(Locale.ROOT), code(ctx, "actor"), type, text(ctx, "theme"),
                modality, voice, instant(ctx, "added_since"));
    }

    private static LocalDate day(Context ctx, String name) {
        String value = text(ctx, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "bad_request", name + " is '" + value + "'; expected a day such as "
                    + "2025-06-18");
        }
    }

    /** A date of year, month or day precision that the calendar has: 2025-13-45 is refused. */
    private static String date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value != null && !(DATE.matcher(value).matches() && realDate(value))) {
            throw new ApiException(400, "bad_request", name + " is '" + value + "'; expected a real date such as "
                    + "2025-06-18, 2025-06 or 2025");
        }
        return value;
    }

    private static boolean realDate(String value) {
        String[] parts = value.split("-");
        try {
            LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** An ISO date or instant, as the start of a watchlist's "new since"; a date means its first moment (UTC). */
    private static String instant(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("T") ? Instant.parse(value).toString() : LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "bad_request", name + " is '" + value + "'; expected an ISO date or instant "
                    + "such as 2025-06-18 or 2025-06-18T09:30:00Z");
        }
    }

    /**
     * The dyads to compare ({@code dyads=KAZ/CHN,RUS/CHN}), else the one of {@code actor} and {@code with}. A pair
     * may also be written with a hyphen ({@code KAZ-CHN}), the first form, where it holds only the one: actor ids
     * can have hyphens of their own.
     */
    private List<String[]> pairs(Context ctx) {
        String dyads = text(ctx, "dyads");
        if (dyads == null) {
            return List.<String[]>of(new String[] {views.known("actor", code(ctx, "actor")),
                views.known("with", code(ctx, "with"))});
        }
        List<String[]> pairs = new ArrayList<>();
        for (String dyad : dyads.split(",")) {
            String pair = dyad.strip();
            String[] ab = pair.split(pair.contains("/") ? "/" : "-", -1);
            if (ab.length > 2 && !pair.contains("/")) {
                throw new ApiException(400, "bad_request", "dyads has '" + pair + "', which has more than one "
                        + "hyphen, so its two actors cannot be told apart; expected them separated by a slash, such "
                        + "as KAZ/CHN or person:xi-jinping/KAZ");
            }
            if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
                throw new ApiException(400, "bad_request", "dyads has '" + pair + "'; expected pairs of actor codes "
                        + "or ids such as KAZ/CHN, two or three of them separated by commas");
            }
            pairs.add(new String[] {views.known("dyads", upper(ab[0].strip())), views.known("dyads",
                    upper(ab[1].strip()))});
        }
        if (pairs.size() < 2 || pairs.size() > 3) {
            throw new ApiException(400, "bad_request", "dyads has " + pairs.size() + " pairs; expected two or three "
                    + "to compare, such as KAZ/CHN,RUS/CHN");
        }
        return pairs;
    }

    /** A bounding box {@code west,south,east,north} in degrees; the whole world when none is given. */
    private static double[] box(Context ctx) {
        String value = text(ctx, "bbox");
        if (value == null) {
            return new double[] {-180, -90, 180, 90};
        }
        String[] parts = value.split(",");
        try {
            double[] box = new double[4];
            for (int i = 0; i < 4 && parts.length == 4; i++) {
                box[i] = Double.parseDouble(parts[i].strip());
            }
            if (parts.length == 4 && Math.abs(box[0]) <= 180 && Math.abs(box[2]) <= 180 && box[1] >= -90
                    && box[3] <= 90 && box[1] <= box[3]) {
                return box;
            }
        } catch (NumberFormatException e) {
            // Reported below with what was expected.
        }
        throw new ApiException(400, "bad_request", "bbox is '" + value + "'; expected west,south,east,north in "
                + "degrees, such as 46.5,40.5,87.5,55.5");
    }

    private static String required(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            throw new ApiException(400, "bad_request", "the query has no '" + name + "'; expected one");
        }
        return value;
    }

    private static Views.Sort sort(Context ctx) {
        String value = text(ctx, "sort");
        try {
            return value == null ? Views.Sort.date : Views.Sort.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_request", "sort is '" + value + "'; expected one of "
                    + List.of(Views.Sort.values()));
        }
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Actor codes as people type them; actor ids ({@code person:...}) are kept as given. */
    private static String code(Context ctx, String name) {
        String value = text(ctx, name);
        return value == null ? null : upper(value);
    }

    private static String upper(String key) {
        return key.contains(":") ? key : key.toUpperCase(Locale.ROOT);
    }

    private static boolean bool(Context ctx, String name) {
        return "true".equalsIgnoreCase(ctx.queryParam(name));
    }

    private static int limit(Context ctx) {
        return number(ctx, "limit", 20, 1, 500);
    }

    private static int offset(Context ctx) {
        return number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below with the range expected.
        }
        throw new ApiException(400, "bad_request", name + " is '" + value + "'; expected a whole number from "
                + min + " to " + max);
    }
}
