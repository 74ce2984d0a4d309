package dev.accord.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.model.AccordJson;
import dev.accord.model.Article;
import dev.accord.model.tables.Column;
import dev.accord.model.tables.FactTable;
import dev.accord.pipeline.Ingestion;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page over a small corpus in real headless Chromium: the example articles, the seed article and two
 * corpus articles with their addresses and one written here, analysed by the real pipeline. Checks what makes the page explore a
 * corpus (filters in the address, pages, names, time axes, comparison, autocomplete, downloads, the map, the
 * watchlist, who corrected what) and saves screenshots of the search, article, actor, dyad, map and
 * watchlist views at 1,400×1,000 in {@code -Daccord.screenshots} (default {@code target/screenshots}).
 * Skips where ChromeDriver or the shared seed and corpus are absent; the test that adds an article runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusPageIT {

    private static final String TOKEN = "corpus-token";
    private static final Path SHARED = Path.of(System.getProperty("accord.shared", "../../shared"));
    private static final Path SHOTS = Path.of(System.getProperty("accord.screenshots", "target/screenshots"));
    /** Corpus articles with an address and an outlet, so that the page links to an original. */
    private static final List<String> CORPUS = List.of("meantime-3835_", "meantime-71526_");

    /** Events in two cities near each other and near Astana, so that the map at world scale joins them. */
    private static final String CENTRAL_ASIA = "Kazakh President Kassym-Jomart Tokayev met Kyrgyz President Sadyr "
            + "Japarov in Bishkek on Monday to discuss border crossings.\n\n"
            + "Uzbek President Shavkat Mirziyoyev met Tajik President Emomali Rahmon in Tashkent on Wednesday to "
            + "discuss water sharing.";

    private Path dir;
    private SqliteFactStore store;
    private ServedPage page;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        Path seed = SHARED.resolve("seed/000_ebc1b76246187781.txt");
        Path corpus = SHARED.resolve("corpus/wikinews.jsonl");
        if (!HeadlessChromium.installed() || !Files.isRegularFile(seed) || !Files.isRegularFile(corpus)) {
            return;
        }
        dir = Files.createTempDirectory("accord-corpus-page");
        store = SqliteFactStore.open(dir.resolve("accord.db"));
        Ingestion ingestion = new Ingestion(store, a -> TestStores.extractor().analyze(a).verify(),
                Ingestion.Listener.SILENT);
        for (Article article : articles(seed, corpus)) {
            ingestion.ingest(article);
        }
        assertEquals(List.of(), ingestion.problems(), "every article is stored");
        page = ServedPage.open(store, TOKEN, dir);
        browser = page.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Each test skips by itself with the reason, so that a machine without them reports every test skipped. */
    @BeforeEach
    void needsTheBrowserAndTheSharedData() {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
        assumeTrue(browser != null, "skipped: the shared seed and corpus are not under " + SHARED
                + " (set -Daccord.shared to the folder holding seed/ and corpus/)");
    }

    /** The examples (title on the first line, date in the file name), the seed, and the two corpus articles. */
    private static List<Article> articles(Path seed, Path corpus) throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/articles"))) {
            for (Path file : files.sorted().toList()) {
                String[] parts = Files.readString(file).split("\n", 2);
                out.add(Article.of("examples/" + file.getFileName(), parts[0].strip(),
                        LocalDate.parse(file.getFileName().toString().substring(0, 10)), "en", parts[1].strip()));
            }
        }
        out.add(Article.of("tests/central-asia.txt", "Border and water talks in Bishkek and Tashkent",
                LocalDate.of(2025, 8, 4), "en", CENTRAL_ASIA));
        out.add(Article.of("seed/" + seed.getFileName(), "Kazakh and Chinese ties after the Astana and Tianjin summits",
                LocalDate.of(2025, 9, 10), "en", Files.readString(seed)));
        for (String line : Files.readAllLines(corpus)) {
            JsonNode n = AccordJson.mapper().readTree(line);
            if (CORPUS.stream().anyMatch(n.get("id").asText()::startsWith)) {
                out.add(Article.of(n.get("url").asText(), n.get("title").asText(), null, "en", n.get("text").asText())
                        .withWeb(n.get("url").asText(), null, "Wikinews", null, null));
            }
        }
        return out;
    }

    @AfterAll
    void stop() {
        if (page != null) {
            page.close();
        } else if (store != null) {
            store.close();
        }
    }

    @Test
    void filtersChosenOnThePageAreInTheAddressAndSurviveAReload() throws IOException {
        open("#/search");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters")));
        new Select(form.findElement(By.name("type"))).selectByValue("CONSULT");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2025-06-01';", form.findElement(By.name("from")));
        form.findElement(By.xpath(".//button[text()='Apply']")).click();
        wait.until(ExpectedConditions.urlContains("type=CONSULT"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".sortby a[data-sort='date']"))).click();
        wait.until(ExpectedConditions.urlContains("sort=date"));
        assertTrue(browser.getCurrentUrl().contains("from=2025-06-01") && browser.getCurrentUrl().contains("sort=date"),
                browser.getCurrentUrl());
        String total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("total"))).getText();

        browser.navigate().refresh();
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters")));
        assertEquals("CONSULT", new Select(again.findElement(By.name("type"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("2025-06-01", again.findElement(By.name("from")).getAttribute("value"));
        assertEquals(total, browser.findElement(By.id("total")).getText());
        for (WebElement hit : browser.findElements(By.cssSelector("#results .hit"))) {
            assertTrue(hit.getText().contains("Consult"), hit.getText());
            assertFalse(hit.getText().contains("2024-"), "nothing before the from date: " + hit.getText());
        }
    }

    @Test
    void thePagerMovesThroughTheArticlesAndSaysWhereItIs() {
        open("#/search?limit=2");
        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pager-count")));
        assertTrue(count.getText().startsWith("1–2 of 8 articles"), count.getText());
        List<String> first = titles();
        browser.findElement(By.cssSelector("a.pager-next")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pager-count"), "3–4 of 8 articles"));
        List<String> second = titles();
        assertEquals(2, second.size());
        assertTrue(second.stream().noneMatch(first::contains), first + " then " + second);
        assertTrue(browser.getCurrentUrl().contains("offset=2"), browser.getCurrentUrl());
        browser.findElement(By.cssSelector("a.pager-prev")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pager-count"), "1–2 of 8 articles"));
    }

    @Test
    void autocompleteFindsAnActorByPartOfItsNameAndOpensTheDyad() {
        open("#/dyad/CHN/KAZ");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-title"), "China – Kazakhstan"));
        WebElement second = browser.findElement(By.cssSelector("input[aria-label='second actor']"));
        second.clear();
        second.sendKeys("Kyrgyz");
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[contains(@class,'suggest')]/li[starts-with(normalize-space(.), 'Kyrgyzstan')]")));
        assertEquals("KGZ", option.getAttribute("data-key"));
        option.click();
        assertEquals("Kyrgyzstan", second.getAttribute("value"));
        browser.findElement(By.xpath("//form[@class='pair']//button[text()='Show']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-title"), "China – Kyrgyzstan"));
        assertTrue(browser.getCurrentUrl().endsWith("#/dyad/CHN/KGZ"), browser.getCurrentUrl());
    }

    @Test
    void twoDyadsShareOneChartAndTheTimelineSaysHowManyEventsAreUndated() throws IOException {
        open("#/dyad/CHN/KAZ?and=CHN/KGZ");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#compare-chart canvas")));
        Object series = ((JavascriptExecutor) browser).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('compare-chart')).getOption().legend[0].data;");
        assertEquals(List.of("China – Kazakhstan", "China – Kyrgyzstan"), series);
        Object axis = ((JavascriptExecutor) browser).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('dyad-chart')).getOption().xAxis[0].type;");
        assertEquals("time", axis);
        String note = browser.findElement(By.cssSelector(".undated")).getText();
        assertTrue(note.matches("\\d+ events? on the time axis; .*"), note);
        WebElement picker = browser.findElement(By.cssSelector("input[aria-label='compare: first actor']"));
        assertTrue(picker.isDisplayed(), "a third dyad may be added");
        HeadlessChromium.screenshot(browser, SHOTS, "dyad");
    }

    @Test
    void noViewShowsAnActorIdOrAThemeCode() throws Exception {
        JsonNode facets = AccordJson.mapper().readTree(get("api/articles?limit=1")).get("facets");
        List<String> codes = new ArrayList<>();
        facets.get("themes").forEach(t -> codes.add(t.get("key").asText()));
        String person = null;
        for (JsonNode a : facets.get("actors")) {
            if (person == null && a.get("key").asText().startsWith("person:")) {
                person = a.get("key").asText();
            }
        }
        assertTrue(person != null, "the corpus names a person among its top actors: " + facets.get("actors"));
        String article = AccordJson.mapper().readTree(get("api/articles?q=Astana&limit=1")).get("items").get(0)
                .get("id").asText();
        for (String view : List.of("#/search", "#/search?q=summit", "#/article/" + article, "#/actor/CHN",
                "#/actor/" + person, "#/dyad/CHN/KAZ", "#/quotes", "#/map")) {
            open(view);
            wait.until(d -> !d.findElement(By.id("view")).getText().isBlank());
            String text = browser.findElement(By.tagName("body")).getText();
            assertFalse(text.contains("person:") || text.contains("org:"), view + " shows an actor id: " + text);
            for (String code : codes.stream().filter(c -> c.contains("-")).toList()) {
                assertFalse(text.contains(code), view + " shows the theme code " + code);
            }
            assertFalse(Pattern.compile("\\b1 (events|articles|reports|quotes)\\b|\\b([02-9]|\\d\\d+) (event|article|report|quote)\\b")
                    .matcher(text).find(), view + " has a wrong plural: " + text);
        }
    }

    @Test
    void eachArticleLinksToItsOriginalAndOutlet() throws IOException {
        open("#/search?q=summit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .hit")));
        HeadlessChromium.screenshot(browser, SHOTS, "search");
        WebElement before = browser.findElement(By.cssSelector("#results .hit"));
        open("#/search?outlet=Wikinews");
        wait.until(ExpectedConditions.stalenessOf(before));
        By link = By.cssSelector("#results a.original");
        wait.until(ExpectedConditions.visibilityOfElementLocated(link));
        assertEquals("Wikinews ↗", wait.until(d -> d.findElement(link).getText()));
        String href = wait.until(d -> d.findElement(link).getAttribute("href"));
        assertTrue(href.matches("https?://en\\.wikinews\\.org/wiki/.+"), href);
        wait.until(d -> {
            d.findElement(By.cssSelector("#results .hit a.title")).click();
            return true;
        });
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("main a.original"), "href", href));
    }

    @Test
    void aDyadsEventsAndQuotesDownloadAsCsvAndJsonLinesWithTheirRows() throws Exception {
        long total = AccordJson.mapper().readTree(get("api/events?actor=CHN&with=KAZ&limit=1")).get("total").asLong();
        open("#/dyad/CHN/KAZ");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-table")));
        List<String> csv = download("events-csv");
        assertEquals(FactTable.EVENTS.columns().stream().map(Column::name).collect(Collectors.joining(","))
                + ",event,reports", csv.get(0), "the columns of the server's download");
        assertEquals(total, csv.size() - 1, "one line per event of the dyad: " + csv);
        List<String> lines = download("events-jsonl");
        assertEquals(total, lines.size());
        for (String line : lines) {
            JsonNode e = AccordJson.mapper().readTree(line);
            assertTrue(e.toString().contains("\"CHN\"") && e.toString().contains("\"KAZ\""), line);
        }
        open("#/actor/KAZ");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actor-title")));
        long quotes = AccordJson.mapper().readTree(get("api/quotes?speaker=KAZ&limit=500")).get("total").asLong();
        assertEquals(quotes, download("quotes-jsonl").size());
        assertEquals(quotes + 1, download("quotes-csv").size());
    }

    @Test
    void theMapClustersNearbyPlacesUntilZoomedAndListsWhatIsInView() throws Exception {
        open("#/map");
        WebElement inView = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("in-view")));
        wait.until(d -> !d.findElements(By.cssSelector("#place-list .place")).isEmpty());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String markers = "return echarts.getInstanceByDom(document.getElementById('map')).getOption().series[0].data.length;";
        long atWorld = ((Number) js.executeScript(markers)).longValue();
        int places = browser.findElements(By.cssSelector("#place-list .place")).size();
        assertTrue(atWorld < places, atWorld + " markers for " + places + " places: nearby places are joined; "
                + get("api/places"));
        HeadlessChromium.screenshot(browser, SHOTS, "map");
        String before = inView.getText();
        browser.findElement(By.xpath("//div[@id='place-list']//a[text()='Bishkek']")).click();
        wait.until(d -> !d.findElement(By.id("in-view")).getText().equals(before));
        long zoomed = ((Number) js.executeScript(markers)).longValue();
        assertTrue(zoomed > atWorld, "zoomed in, the joined places part: " + atWorld + " then " + zoomed);
        assertTrue(browser.findElement(By.id("place-list")).getText().contains("Bishkek"));
    }

    @Test
    void aCorrectionShowsWhoMadeItAndWhen() throws Exception {
        String article = AccordJson.mapper().readTree(get("api/articles?q=Kuala&limit=1")).get("items").get(0)
                .get("id").asText();
        JsonNode facts = AccordJson.mapper().readTree(get("api/articles/" + article));
        String event = facts.get("events").get(0).get("id").asText();
        HttpResponse<String> fixed = post("api/corrections", "{\"articleId\":\"" + article + "\",\"factId\":\"" + event
                + "\",\"action\":\"RETYPE\",\"type\":\"CONSULT\",\"curator\":\"Ana Curator\"}");
        assertTrue(fixed.statusCode() < 300, fixed.body());
        open("#/article/" + article);
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corrections")));
        assertTrue(list.getText().contains("retyped as Consult") && list.getText().contains("by Ana Curator · "),
                list.getText());
        assertTrue(browser.findElement(By.cssSelector("#events .ev[data-event='" + event + "'] .curated")).getText()
                .startsWith("corrected by Ana Curator · "));
        HeadlessChromium.screenshot(browser, SHOTS, "article");

        open("#/audit");
        WebElement audit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-table")));
        assertTrue(audit.getText().contains("Ana Curator") && audit.getText().contains("Retype → Consult"), audit.getText());
        audit.findElement(By.linkText("Ana Curator")).click();
        wait.until(ExpectedConditions.urlContains("user=Ana+Curator"));
        browser.navigate().refresh();
        WebElement filtered = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-table")));
        assertEquals("Ana Curator", browser.findElement(By.name("user")).getAttribute("value"));
        assertTrue(filtered.findElements(By.cssSelector("tr")).stream().skip(1)
                .allMatch(r -> r.getText().contains("Ana Curator")), filtered.getText());
        assertTrue(browser.findElement(By.cssSelector(".pager-count")).getText().matches("1–\\d+ of \\d+ corrections?"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theWatchlistShowsWhatIsNewAfterAnArticleIsAdded() throws Exception {
        open("#/actor/KAZ");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#actor-chart canvas")));
        assertTrue(browser.findElement(By.cssSelector(".undated")).getText().contains("on the time axis"));
        WebElement partners = browser.findElement(By.id("partners"));
        assertTrue(partners.getText().contains("China"), partners.getText());
        HeadlessChromium.screenshot(browser, SHOTS, "actor");
        WebElement watch = browser.findElement(By.cssSelector("button.watch"));
        watch.click();
        wait.until(ExpectedConditions.textToBePresentInElement(watch, "Watching"));
        for (String view : List.of("#/dyad/CHN/KAZ", "#/search?type=PROTEST")) {
            open(view);
            WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.watch")));
            button.click();
            wait.until(ExpectedConditions.textToBePresentInElement(button, "Watching"));
        }
        open("#/watch");
        wait.until(d -> d.findElements(By.cssSelector("#watchlist .watch-item")).size() == 3);
        assertEquals(List.of(), browser.findElements(By.cssSelector(".badge.new")), "nothing is new before the article");

        HttpResponse<String> stored = post("api/articles", "{\"title\":\"Kazakhstan protests a border incident\","
                + "\"published\":\"2025-10-02\",\"source\":\"wire/border.txt\",\"text\":"
                + AccordJson.compact(TestStores.HOSTILE_TEXT) + "}");
        assertEquals(201, stored.statusCode(), stored.body());
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".badge.new")));
        List<String> titles = browser.findElements(By.cssSelector(".watch-item")).stream()
                .filter(w -> !w.findElements(By.cssSelector(".badge.new")).isEmpty())
                .map(w -> w.findElement(By.cssSelector(".watch-title")).getText()).toList();
        assertTrue(titles.contains("Kazakhstan") && titles.contains("Protest events"), titles.toString());
        for (WebElement badge : browser.findElements(By.cssSelector(".badge.new"))) {
            assertTrue(badge.getText().matches("1 new event|[2-9] new events"), badge.getText());
        }
        assertTrue(browser.findElement(By.id("watchlist")).getText().contains("Protest"),
                browser.findElement(By.id("watchlist")).getText());
        HeadlessChromium.screenshot(browser, SHOTS, "watchlist");
        int fresh = browser.findElements(By.cssSelector(".badge.new")).size();
        browser.findElement(By.cssSelector("button.seen")).click();
        wait.until(d -> d.findElements(By.cssSelector(".badge.new")).size() == fresh - 1);
    }

    /**
     * The lines of what a download link of the view downloads: the link is the server's download endpoint with
     * the view's filters, fetched as the browser would.
     */
    private List<String> download(String which) throws IOException, InterruptedException {
        String href = browser.findElement(By.cssSelector("a[data-download='" + which + "']")).getAttribute("href");
        assertTrue(href.startsWith(url("api/")) && href.contains("/download?"), href);
        HttpResponse<String> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, got.statusCode(), got.body());
        return got.body().lines().toList();
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector("#results .hit a.title")).stream().map(WebElement::getText).toList();
    }

    private String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String rest) {
        return page.url(rest);
    }

    /** Opens a view afresh, so that no element of the view before is found while the new one renders. */
    private void open(String rest) {
        browser.get("about:blank");
        browser.get(url(rest));
    }
}
