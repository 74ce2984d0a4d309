package dev.accord.ingest;

import dev.accord.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateTest {

    private static final String COOKIES = "We and our partners use cookies to measure traffic and show you "
            + "relevant offers. By continuing to use this website, you agree to our cookie policy.";
    private static final String FOOTER = "Steppe Daily Media Ltd, 12 Abai Avenue, Almaty 050000. Copyright 2025 "
            + "Steppe Daily. All rights reserved.";
    private static final String NEWSLETTER = "Sign up for our daily newsletter and get the region's news delivered "
            + "straight to your inbox every morning.";
    private static final String ABOUT = "Steppe Daily is an independent newsroom covering Central Asia from "
            + "offices in Almaty, Tashkent and Bishkek since 2009.";
    private static final String STORY_2 = "Kyrgyzstan and Tajikistan opened a new border crossing near Batken on "
            + "Friday, ending a two-year closure that had cut farmers off from their markets on the other side.";
    private static final String STORY_2B = "Customs officers from both countries will staff the crossing around "
            + "the clock, and trucks carrying grain and fruit will be cleared within an hour, officials said.";

    private static String page(String body) {
        return "<html lang=\"en\"><head><title>Steppe Daily</title></head><body>" + body + "</body></html>";
    }

    private static Article read(HtmlArticleReader reader, String url, String html) throws UnreadableInputException {
        return reader.read(url, html.getBytes(StandardCharsets.UTF_8),
                new HtmlArticleReader.Context(url, url, null, null, null));
    }

    @Test
    void aPageHoldingOnlyACookieBannerAndAFooterIsAProblemThatSaysSo() {
        String html = page("<div class=\"notice\"><p>" + COOKIES + "</p></div><div class=\"bottom\"><p>" + FOOTER
                + "</p></div>");
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> read(new HtmlArticleReader(), "https://steppe.example/a", html));
        assertTrue(e.problem().reason().startsWith("only a cookie or consent banner and a footer, no article text"),
                e.problem().reason());
        assertTrue(e.problem().reason().endsWith("expected a page holding a news article"), e.problem().reason());
    }

    @Test
    void aFooterOnlyPageIsAProblemAndANewsletterBoxIsNeverTheArticle() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> read(new HtmlArticleReader(), "https://steppe.example/b", page("<div><p>" + NEWSLETTER
                        + "</p><p>" + FOOTER + "</p></div>")));
        assertTrue(e.problem().reason().startsWith("only a newsletter box and a footer"), e.problem().reason());
    }

    @Test
    void theArticleBesideACookieBannerKeepsItsTextWithoutTheBanner() throws Exception {
        Article a = read(new HtmlArticleReader(), "https://steppe.example/c", page("<div><p>" + COOKIES + "</p></div>"
                + "<div><p>" + Samples.PARAGRAPH_1 + "</p><p>" + Samples.PARAGRAPH_2 + "</p></div>"));
        assertEquals(Samples.PARAGRAPH_1 + "\n" + Samples.PARAGRAPH_2, a.text());
    }

    @Test
    void aSitesTemplateIsLeftOutOfItsLaterPagesAndTheFirstPageKeepsItsArticle() throws Exception {
        HtmlArticleReader reader = new HtmlArticleReader();
        Article first = read(reader, "https://www.steppe.example/news/water", page("<div><p>" + Samples.PARAGRAPH_1
                + "</p><p>" + Samples.PARAGRAPH_2 + "</p><p>" + ABOUT + "</p></div>"));
        assertTrue(first.text().startsWith(Samples.PARAGRAPH_1 + "\n" + Samples.PARAGRAPH_2), first.text());
        Article second = read(reader, "https://steppe.example/news/border", page("<div><p>" + STORY_2 + "</p><p>"
                + STORY_2B + "</p><p>" + ABOUT + "</p></div>"));
        assertEquals(STORY_2 + "\n" + STORY_2B, second.text());
        Article other = read(reader, "https://other.example/news/border", page("<div><p>" + STORY_2 + "</p><p>"
                + ABOUT + "</p></div>"));
        assertTrue(other.text().contains(ABOUT), "another site's pages learn nothing from this one");
    }

    @Test
    void aPageHoldingOnlyTheSitesTemplateIsAProblemNamingIt() throws Exception {
        HtmlArticleReader reader = new HtmlArticleReader();
        String template = "<div><p>" + ABOUT + "</p><p>Our reporters work in Almaty, Tashkent and Bishkek; send "
                + "tips to the desk by post or by phone.</p></div>";
        read(reader, "https://steppe.example/news/water", page("<div><p>" + Samples.PARAGRAPH_1 + "</p><p>"
                + Samples.PARAGRAPH_2 + "</p></div>" + template));
        read(reader, "https://steppe.example/news/border", page("<div><p>" + STORY_2 + "</p><p>" + STORY_2B
                + "</p></div>" + template));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> read(reader, "https://steppe.example/news/empty", page(template + "<div><p>Loading…</p></div>")));
        assertTrue(e.problem().reason().startsWith("only text repeated from earlier pages of the same site"),
                e.problem().reason());
    }

    @Test
    void thePageReadAgainOrANewVersionOfItIsReadWhole() throws Exception {
        HtmlArticleReader reader = new HtmlArticleReader();
        String html = page("<div><p>" + Samples.PARAGRAPH_1 + "</p><p>" + Samples.PARAGRAPH_2 + "</p></div>");
        Article once = read(reader, "https://steppe.example/news/water", html);
        assertEquals(once.text(), read(reader, "https://steppe.example/news/water", html).text());
        Article updated = read(reader, "https://steppe.example/news/water?v=2", page("<div><p>" + Samples.PARAGRAPH_1
                + "</p><p>" + Samples.PARAGRAPH_2 + "</p><p>Update: the deal was ratified.</p></div>"));
        assertTrue(updated.text().startsWith(once.text()), updated.text());
    }

    @Test
    void anArticleAboutCookiesOrCopyrightKeepsItsSentences() {
        assertFalse(Boilerplate.kind("The bakers' union said cookies and cakes made up a third of exports to "
                + "Russia in 2024, and that the new tariff would hit them hardest.").isPresent());
        assertFalse(Boilerplate.kind("The court ruled that copyright in the photographs belonged to the agency "
                + "that commissioned them, not to the freelancer.").isPresent());
        assertEquals("a paywall notice", Boilerplate.kind("Subscribe to continue reading this story.").orElseThrow());
        assertEquals("a related-stories list", Boilerplate.kind("Related stories").orElseThrow());
    }
}
