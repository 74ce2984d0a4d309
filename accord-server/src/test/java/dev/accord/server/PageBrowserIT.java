package dev.accord.server;

import dev.accord.model.AccordJson;
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
import org.openqa.selenium.interactions.Actions;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): the flows an
 * analyst follows, and proof that markup in an article runs nothing. Screenshots of every view go to
 * {@code java.io.tmpdir}/accord-screenshots. Skips where ChromeDriver is not installed. The test that adds a
 * second report of the store's events runs last, so the others see one article's events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBrowserIT {

    private static final String TOKEN = "browser-token";

    private Path dir;
    private SqliteFactStore store;
    private ServedPage page;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        if (!HeadlessChromium.installed()) {
            return;
        }
        dir = Files.createTempDirectory("accord-browser");
        page = ServedPage.open(TestStores.withAstana(dir), TOKEN, dir);
        store = page.store();
        browser = page.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /**
     * Each test skips by itself, so that a machine without the browser reports every browser test as
     * skipped with the reason, where a skip of the whole class would be counted as no tests at all.
     */
    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(browser != null, HeadlessChromium.MISSING);
    }

    @AfterAll
    void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void anAnalystSearchesOpensTheArticleAndHoversAnEventToSeeItsEvidence() throws IOException {
        browser.get(url("#/"));
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("Kazakhstan\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "transit trade"));
        // The facets may be drawn again after the results: look them up afresh until they show it.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".facet"), "Kazakhstan"));
        screenshot("search");

        browser.findElement(By.cssSelector("#results .hit a.title")).click();
        WebElement trigger = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".m-event")));
        assertEquals("China and Kazakhstan sign a transit trade agreement",
                browser.findElement(By.id("article-title")).getText());
        new Actions(browser).moveToElement(trigger).perform();
        WebElement tip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
        assertTrue(tip.getText().contains("Evidence: “" + trigger.getText() + "”"), tip.getText());
        assertTrue(tip.getText().contains("Actors: "), tip.getText());
        screenshot("article");

        browser.findElement(By.cssSelector("a.m-actor")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chart canvas")));
        screenshot("actor");
    }

    @Test
    void theDyadViewChartsTheEventsAndAnAnalystCorrectsOne() throws Exception {
        browser.get(url("#token=" + TOKEN));
        browser.get(url("#/dyad/CHN/KAZ"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-title"), "China – Kazakhstan"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dyad-chart canvas")));
        WebElement row = browser.findElement(By.cssSelector("#event-table tr[data-event]"));
        String eventId = row.getAttribute("data-event");
        screenshot("dyad");

        new Select(row.findElement(By.cssSelector("select.fix-type"))).selectByValue("THREATEN");
        row.findElement(By.cssSelector("button.fix-retype")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#event-table tr[data-event='" + eventId + "']"), "corrected"));
        assertTrue(browser.findElement(By.cssSelector("#event-table tr[data-event='" + eventId + "']")).getText()
                .contains("THREATEN"));
        screenshot("dyad-corrected");
        String export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("api/export"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(export.contains("\"type\":\"THREATEN\""), "the correction is in the export");
    }

    @Test
    void anAnalystAddsAnEventTheMachineMissedByItsWordsInTheText() throws IOException {
        browser.get(url("#token=" + TOKEN));
        String id = store.search(new dev.accord.store.SearchQuery("transit", null, 1)).get(0).articleId();
        browser.get(url("#/article/" + id));
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        int before = browser.findElements(By.cssSelector("#events .ev")).size();
        // Select "rail links" in the text as an analyst would with the mouse.
        ((JavascriptExecutor) browser).executeScript("const t = arguments[0]; const walker = document.createTreeWalker("
                + "t, NodeFilter.SHOW_TEXT); let n; while ((n = walker.nextNode())) { const i = n.data.indexOf('rail links');"
                + " if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 10);"
                + " getSelection().removeAllRanges(); getSelection().addRange(r); break; } }", text);
        WebElement form = browser.findElement(By.cssSelector(".ev.add"));
        new Select(form.findElement(By.cssSelector("select[aria-label='type of the missed event']"))).selectByValue("COOPERATE");
        new Select(form.findElement(By.cssSelector("select[aria-label='actors']"))).selectByVisibleText("China");
        new Select(form.findElement(By.cssSelector("select[aria-label='recipients']"))).selectByVisibleText("Kazakhstan");
        screenshot("article-curating");
        form.findElement(By.xpath(".//button[text()='Add event']")).click();
        wait.until(d -> d.findElements(By.cssSelector("#events .ev")).size() == before + 1);
        WebElement added = browser.findElement(By.cssSelector("#events .ev[data-event^='c']"));
        assertTrue(added.getText().contains("COOPERATE") && added.getText().contains("“rail links”"), added.getText());
        assertTrue(added.getText().contains("corrected"), added.getText());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anotherOutletsReportJoinsTheEventAndTheAnalystOpensBothReports() throws Exception {
        String body = "{\"title\":\"Transit trade deal in Astana\",\"published\":\"2025-06-18\",\"source\":"
                + "\"wire/astana.txt\",\"text\":" + AccordJson.compact(TestStores.ASTANA_REWRITE) + "}";
        HttpResponse<String> stored = postArticle(body);
        assertEquals(201, stored.statusCode(), stored.body());

        browser.get(url("#/dyad/CHN/KAZ"));
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//table[@id='event-table']//a[@class='reports' and text()='2 reports']")));
        screenshot("dyad-reports");
        link.click();
        WebElement reports = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-table")));
        assertEquals(2, reports.findElements(By.cssSelector("tr[data-report]")).size(), reports.getText());
        assertTrue(reports.getText().contains("China and Kazakhstan sign a transit trade agreement"), reports.getText());
        assertTrue(reports.getText().contains("Transit trade deal in Astana"), reports.getText());
        screenshot("event-reports");
        reports.findElement(By.linkText("Transit trade deal in Astana")).click();
        wait.until(ExpectedConditions.textToBe(By.id("article-title"), "Transit trade deal in Astana"));
    }

    @Test
    void theMapAndTheQuotesShowWhatTheStoreHolds() throws IOException {
        browser.get(url("#/map"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#map canvas")));
        screenshot("map");
        browser.get(url("#/quotes?speaker=Tokayev"));
        WebElement quotes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quotes")));
        assertTrue(quotes.getText().contains("Our partnership is growing every year"), quotes.getText());
        screenshot("quotes");
    }

    @Test
    void markupInAnArticleIsShownAsTextAndNothingInItRuns() throws Exception {
        String body = "{\"title\":\"<img src=x onerror=\\\"window.accordXss='title'\\\">Border talks\","
                + "\"published\":\"2025-07-01\",\"text\":" + AccordJson.compact(TestStores.HOSTILE_TEXT) + "}";
        HttpResponse<String> stored = postArticle(body);
        assertTrue(stored.statusCode() == 201 || stored.statusCode() == 200, stored.body());
        String id = AccordJson.mapper().readTree(stored.body()).get("id").asText();

        browser.get(url("#/search?q=border"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Border talks"));
        browser.get(url("#/article/" + id));
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        assertTrue(text.getText().contains("<script>window.accordXss = 'script';</script>"), text.getText());
        assertTrue(text.getText().contains("onerror="), text.getText());
        assertTrue(browser.findElement(By.id("article-title")).getText().startsWith("<img src=x"));
        List<WebElement> injected = browser.findElements(By.cssSelector("#view script, #view img"));
        assertEquals(List.of(), injected, "no element was made from the article's markup");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.accordXss;"), "nothing ran");
        screenshot("hostile-article");
    }

    /** Posts an article to the API with the token, as a face that ingests would. */
    private HttpResponse<String> postArticle(String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("api/articles")))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String rest) {
        return page.url(rest);
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, Path.of(System.getProperty("java.io.tmpdir"), "accord-screenshots"), name);
    }
}
