package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.OffsetMap;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleReaderTest {

    /** A story over 500 characters, long enough that no looser try is made for it. */
    private static final List<String> STORY = List.of(Samples.PARAGRAPH_1, Samples.PARAGRAPH_2,
            Samples.PARAGRAPH_1.replace("Tuesday", "Monday"), Samples.PARAGRAPH_2.replace("two", "both"));

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article read(String html) throws UnreadableInputException {
        return reader.read("page.html", html.getBytes(StandardCharsets.UTF_8),
                new HtmlArticleReader.Context("page.html", null, null, null, null));
    }

    @Test
    void theArticleIsKeptAndNavigationBannersSharingCreditsAndRelatedLinksAreLeftOut() throws Exception {
        Article a = read(Samples.page("Kazakhstan and Uzbekistan agree on water sharing", "2025-06-18",
                Samples.PARAGRAPH_1, Samples.PARAGRAPH_2));
        assertEquals(Samples.PARAGRAPH_1 + "\n" + Samples.PARAGRAPH_2, a.text());
    }

    @Test
    void anArticleSplitIntoSectionsInOneChildWrappersIsKeptWhole() throws Exception {
        String third = "Officials from both sides said a joint commission would meet every quarter to check "
                + "the flows, and that farmers downstream would be told of every change a week ahead.";
        String html = "<html><body><nav><a href=\"/\">Home</a></nav><div class=\"wrap\"><div class=\"part\">"
                + "<div class=\"prose\"><p>" + Samples.PARAGRAPH_1 + "</p><p>" + Samples.PARAGRAPH_2 + "</p><p>"
                + Samples.PARAGRAPH_1.replace("Tuesday", "Monday") + "</p><p>" + Samples.PARAGRAPH_2.replace("two",
                "both") + "</p><p>" + Samples.PARAGRAPH_1.replace("summer", "spring") + "</p></div></div>"
                + "<div class=\"part\">"
                + "<div class=\"prose\"><p>" + third + "</p></div></div></div></body></html>";
        assertTrue(read(html).text().endsWith(third), "the second section is kept");
    }

    @Test
    void theElementHoldingTheDeclaredArticleBodyIsTakenWhenTheScoresChooseOtherText() throws Exception {
        String other = "A longer feature on the region's melon harvest, with its growers, its markets, its prices, "
                + "and its history, runs beside the story on every page of the site.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"" + String.join(" ", STORY) + "\"}</script></head><body>"
                + "<section><h2>Features</h2><div class=\"content-feature\"><p>" + other + "</p><p>"
                + other.replace("melon", "apple") + "</p><p>" + other.replace("melon", "cotton") + "</p><p>"
                + other.replace("melon", "wheat")
                + "</p><p>" + other.replace("melon", "rice") + "</p></div></section><div><p>"
                + String.join("</p><p>", STORY) + "</p></div></body></html>";
        assertEquals(String.join("\n", STORY), read(html).text());
    }

    @Test
    void aBoxNamedByJoiningAContentWordToABoxWordIsLeftOutButALayoutHoldingTheArticleIsNot() throws Exception {
        String teaser = "An earlier story from the same desk about river treaties, summarised at length so that "
                + "it reads like prose and carries no links at all inside it.";
        String html = "<html><body><div class=\"content-sidebar-wrap\"><div class=\"entry-content\"><p>"
                + String.join("</p><p>", STORY) + "</p><div class=\"jp-relatedposts\"><p>" + teaser
                + "</p></div><div class=\"c-article-most-popular\"><p>" + teaser.replace("river", "border")
                + "</p></div></div></div></body></html>";
        assertEquals(String.join("\n", STORY), read(html).text());
    }

    @Test
    void metadataComesFromTheMetaTags() throws Exception {
        Article a = read(Samples.page("Kazakhstan and Uzbekistan agree on water sharing", "2025-06-18",
                Samples.PARAGRAPH_1));
        assertEquals("Kazakhstan and Uzbekistan agree on water sharing", a.title());
        assertEquals(LocalDate.of(2025, 6, 18), a.published());
        assertEquals("Steppe Daily", a.outlet());
        assertEquals("Aigerim Sultanova", a.author());
        assertEquals("https://steppe.example/news/water", a.canonicalUrl());
        assertEquals("en", a.language());
    }

    @Test
    void jsonLdAndTheUrlGiveWhatMetaTagsDoNot() throws Exception {
        String html = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Talks resume\",\"datePublished\":\"2024-03-05\",\"author\":[{\"name\":\"A. Tan\"},"
                + "{\"name\":\"B. Lee\"}],\"publisher\":{\"name\":\"Island Post\"}}]}</script></head><body><article>"
                + "<p>" + Samples.PARAGRAPH_1 + "</p></article></body></html>";
        Article a = reader.read("p", html.getBytes(StandardCharsets.UTF_8), new HtmlArticleReader.Context("p",
                "https://post.example/2024/03/04/talks", null, null, null));
        assertEquals("Talks resume", a.title());
        assertEquals(LocalDate.of(2024, 3, 5), a.published());
        assertEquals("A. Tan, B. Lee", a.author());
        assertEquals("Island Post", a.outlet());
    }

    @Test
    void jsonLdWrappedInCdataIsStillReadAndOneMetaTagMayNameSeveralProperties() throws Exception {
        String html = "<html><head><title>Island Post</title><meta property=\"og:title twitter:title\" "
                + "content=\"Ministers meet\"><meta property=\"x:date article:published_time\" content=\"2023-11-02\">"
                + "<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"name\":\"C. Ng\"}}\n//]]></script></head><body><article><p>" + Samples.PARAGRAPH_1
                + "</p></article></body></html>";
        Article a = read(html);
        assertEquals("Ministers meet", a.title());
        assertEquals(LocalDate.of(2023, 11, 2), a.published());
        assertEquals("C. Ng", a.author());
    }

    @Test
    void aDateInTheUrlIsUsedWhenThePageGivesNone() throws Exception {
        String html = "<html><body><article><p>" + Samples.PARAGRAPH_1 + "</p></article></body></html>";
        Article a = reader.read("p", html.getBytes(StandardCharsets.UTF_8), new HtmlArticleReader.Context("p",
                "https://post.example/2023/11/30/water", null, null, null));
        assertEquals(LocalDate.of(2023, 11, 30), a.published());
        assertEquals("post.example", a.outlet());
    }

    @Test
    void aDatelineGivesTheDateWhenNothingElseDoes() throws Exception {
        Article a = read("<html><body><p>TASHKENT, June 17, 2025 — " + Samples.PARAGRAPH_1 + "</p></body></html>");
        assertEquals(LocalDate.of(2025, 6, 17), a.published());
    }

    @Test
    void everyMappedPartOfTheTextIsTheSameTextInTheRawHtml() throws Exception {
        String html = Samples.page("Water deal", "2025-06-18", Samples.PARAGRAPH_1,
                "Officials   said <b>the   deal</b> covers <a href=\"/x\">the Syr Darya</a> basin &amp; its canals.");
        Article a = read(html);
        OffsetMap map = a.rawOffsets();
        assertFalse(map.segments().isEmpty());
        int mapped = 0;
        for (OffsetMap.Segment s : map.segments()) {
            String text = a.text().substring(s.textBegin(), s.textEnd());
            String raw = html.substring(s.rawBegin(), s.rawEnd());
            if (text.length() == raw.length()) {
                assertEquals(raw, text);
                mapped += text.length();
            } else {
                assertTrue(raw.contains("&amp;"), raw);
            }
        }
        assertTrue(mapped > Samples.PARAGRAPH_1.length(), "mapped " + mapped);
        int word = a.text().indexOf("Syr Darya basin");
        assertEquals('S', html.charAt(map.toRaw(word)));
        int canals = a.text().indexOf("its canals");
        assertEquals("its canals", html.substring(map.toRaw(canals), map.toRaw(canals) + "its canals".length()));
        int ampersand = a.text().indexOf('&');
        assertEquals("&amp;", html.substring(map.toRaw(ampersand), map.toRaw(ampersand) + 5));
    }

    @Test
    void aPageWithNoArticleIsRefusedWithItsReason() {
        String html = "<html><body><nav><a href=/>Home</a></nav><ul><li><a href=/a>One</a></li></ul></body></html>";
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> read(html));
        assertTrue(e.problem().reason().startsWith("HTML with no article content"), e.getMessage());
    }

    @Test
    void latin1DeclaredAsUtf8IsReadAsLatin1() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Ministers met in Kraków and Zürich to "
                + "discuss trade, energy and the transit of goods across the region.</p></body></html>";
        Article a = reader.read("p", html.getBytes(StandardCharsets.ISO_8859_1),
                new HtmlArticleReader.Context("p", null, null, null, null));
        assertTrue(a.text().contains("Kraków and Zürich"), a.text());
    }

    @Test
    void utf8DeclaredAsLatin1IsReadAsUtf8() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ministers met in Kraków and Zürich "
                + "to discuss trade, energy and the transit of goods across the region.</p></body></html>";
        Article a = reader.read("p", html.getBytes(StandardCharsets.UTF_8),
                new HtmlArticleReader.Context("p", null, "ISO-8859-1", null, null));
        assertTrue(a.text().contains("Kraków and Zürich"), a.text());
    }
}
