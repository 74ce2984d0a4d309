package dev.accord.ingest;

import dev.accord.model.Article;
import dev.accord.model.OffsetMap;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the page reader decides which parts of a page are the article, on pages shaped like real ones. */
class MainContentTest {

    private static final List<String> STORY = List.of(Samples.PARAGRAPH_1, Samples.PARAGRAPH_2,
            Samples.PARAGRAPH_1.replace("Tuesday", "Monday"), Samples.PARAGRAPH_2.replace("two", "both"),
            Samples.PARAGRAPH_1.replace("summer", "spring"));

    private static Article read(String html) throws UnreadableInputException {
        return new HtmlArticleReader().read("page.html", html.getBytes(StandardCharsets.UTF_8),
                new HtmlArticleReader.Context("page.html", null, null, null, null));
    }

    private static String text(String html) throws UnreadableInputException {
        return read(html).text();
    }

    private static String paragraphs(List<String> texts) {
        return "<p>" + String.join("</p><p>", texts) + "</p>";
    }

    @Test
    void aLinkedWordWhoseClassNamesAPopupStaysInItsSentence() throws Exception {
        String html = "<html><body><div class=\"story\"><p>The ministers of Kazakhstan and Uzbekistan met in "
                + "<a href=\"#\" class=\"popup\">Tashkent</a> on Tuesday and agreed to share the waters of the "
                + "Syr Darya.</p>" + paragraphs(STORY) + "</div></body></html>";
        assertTrue(text(html).startsWith("The ministers of Kazakhstan and Uzbekistan met in Tashkent on Tuesday"),
                "the linked word is kept");
    }

    @Test
    void aLeadSetApartBeforeTheStorysContainerIsKeptButProseInAnotherColumnIsNot() throws Exception {
        String lead = "A joint commission of the two neighbours will now meet every quarter, officials said, after "
                + "years of quarrels over the river.";
        String other = "A feature on the melon harvest in the south, with its growers and its markets, runs in "
                + "the other column of the page.";
        String html = "<html><body><div class=\"column\"><p>" + other + "</p></div><div class=\"layout\">"
                + "<div class=\"story-body\"><div class=\"intro\"><p><strong>" + lead + "</strong></p></div>"
                + "<p><a href=\"/more\">Read more</a></p><div class=\"rest\">" + paragraphs(STORY)
                + "</div></div></div></body></html>";
        String text = text(html);
        assertTrue(text.startsWith(lead + "\n" + Samples.PARAGRAPH_1), text);
        assertFalse(text.contains("melon"), text);
    }

    @Test
    void aLinkedHeadingBeforeProseHeadsItsSectionButALinkedTeaserIsLeftOut() throws Exception {
        String html = "<html><body><article><h2>1) <a href=\"/treaty\">The water treaty</a></h2>" + paragraphs(STORY)
                + "<h3><a href=\"/other\">Drought in the delta, and what farmers plan next</a></h3></article>"
                + "</body></html>";
        String text = text(html);
        assertTrue(text.startsWith("1) The water treaty\n" + Samples.PARAGRAPH_1), text);
        assertFalse(text.contains("Drought"), text);
    }

    @Test
    void aFiguresCaptionInTheArticleIsKeptButCaptionsNeverChooseWhereTheArticleIs() throws Exception {
        String caption = "Ministers of the two states shake hands in Tashkent after the talks on Tuesday.";
        String gallery = "<div class=\"gallery\">" + "<figure><img src=\"a.jpg\"><figcaption>A long caption of a "
                + "photograph in the site's gallery of the week, with places, dates, and names, and more.</figcaption>"
                + "</figure><figure><img src=\"b.jpg\"><figcaption>Another long caption of the "
                + "gallery, with places, dates, names, commas, and more, and more again.</figcaption></figure>"
                + "</div>";
        String html = "<html><body>" + gallery + "<div class=\"story\"><p>" + STORY.get(0) + "</p><figure>"
                + "<img src=\"x.jpg\"><figcaption>" + caption + "</figcaption></figure>"
                + paragraphs(STORY.subList(1, STORY.size())) + "</div></body></html>";
        String text = text(html);
        assertEquals(STORY.get(0) + "\n" + caption + "\n" + String.join("\n", STORY.subList(1, STORY.size())),
                text);
    }

    @Test
    void whenTheSiblingsOfTheChosenBoxHoldMostOfTheTextTheirParentIsTheArticle() throws Exception {
        String heading = "Both sides said the deal would hold through the dry years, and that more would follow";
        String html = "<html><body><div id=\"col-a\"><div class=\"story-video\"><p>Watch: the ministers arrive "
                + "in Tashkent</p></div><h2>" + heading + "</h2>" + paragraphs(STORY) + "</div></body></html>";
        assertTrue(text(html).contains(heading + "\n" + Samples.PARAGRAPH_1), "the heading among the siblings");
    }

    @Test
    void aShortStoryIsNotTradedForALooserTryThatOnlyAddsABoxBesideIt() throws Exception {
        String html = "<html><body><article><p>" + Samples.PARAGRAPH_1 + "</p><p>" + Samples.PARAGRAPH_2
                + "</p><aside><p>Our guide to the region's rivers, its dams, its canals, and the treaties that "
                + "share them, with maps.</p></aside></article></body></html>";
        assertEquals(Samples.PARAGRAPH_1 + "\n" + Samples.PARAGRAPH_2, text(html));
    }

    @Test
    void linkedCellsOfATableOfProseAreKeptButAListOfLinksInTheArticleIsNot() throws Exception {
        String html = "<html><body><article>" + paragraphs(STORY) + "<table><tr><td><a href=\"/syr\">Syr Darya</a>"
                + "</td><td>Shared by four states, it feeds the cotton fields of the valley below the dams.</td></tr>"
                + "<tr><td><a href=\"/amu\">Amu Darya</a></td><td>Its delta shrank as the canals took more of its "
                + "water every summer.</td></tr></table><ul><li><a href=\"/a\">Drought in the delta</a></li><li>"
                + "<a href=\"/b\">Dams on the upper river</a></li></ul></article></body></html>";
        String text = text(html);
        assertTrue(text.contains("\nSyr Darya\nShared by four states") && text.contains("\nAmu Darya\n"), text);
        assertFalse(text.contains("Drought"), text);
    }

    @Test
    void whenTheRowsOfATableHoldTheProseTheParagraphsAroundTheTableAreKeptToo() throws Exception {
        String intro = "This list gives the treaties that share the rivers of the region, with the year each was "
                + "signed and what it settled.";
        StringBuilder rows = new StringBuilder();
        for (String p : STORY) {
            rows.append("<tr><td>1998</td><td>").append(p).append("</td></tr>");
        }
        String html = "<html><body><div class=\"wiki\"><p>" + intro + "</p><h2>Treaties</h2><table><tbody>" + rows
                + "</tbody></table><p>" + Samples.PARAGRAPH_2.replace("September", "October") + "</p></div>"
                + "</body></html>";
        String text = text(html);
        assertTrue(text.startsWith(intro + "\nTreaties\n1998\n" + Samples.PARAGRAPH_1), text);
        assertTrue(text.endsWith("in October."), text);
    }

    @Test
    void ideographicCommasCountAsCommasDoInChoosingTheArticle() throws Exception {
        String story = "中央アジアの二つの国は、火曜日に、首都で、川の水の分け方について、長い話し合いの末に、合意した。";
        String weather = "きょうの天気は晴れで気温は高く風は弱い見込みです午後からは雲が増えて夜には雨になるでしょう";
        String html = "<html><body><div><p>" + weather + "</p><p>" + weather + "</p><p>" + weather + "</p></div>"
                + "<div><p>" + story + "</p><p>" + story + "</p><p>" + story + "</p></div></body></html>";
        assertEquals(String.join("\n", story, story, story), text(html));
    }

    @Test
    void notesLinkedToPlacesOnTheSamePageAreNotTakenForALinkList() throws Exception {
        String note = "Ministry of Water Resources, yearly report on the flows of the Syr Darya";
        String html = "<html><body><article>" + paragraphs(STORY) + "<ol><li><a href=\"#r1\">" + note + "</a></li>"
                + "<li><a href=\"#r2\">" + note.replace("yearly", "monthly") + "</a></li></ol>"
                + "<ul><li><a href=\"/a\">" + note.replace("yearly", "old") + "</a></li></ul></article></body></html>";
        String text = text(html);
        assertTrue(text.endsWith(note + "\n" + note.replace("yearly", "monthly")), text);
    }

    /** A side column of teasers with more commas than the story: the page the story must win against. */
    private static final String TEASERS = "<div class=\"rail\"><div class=\"teaser\"><h4><a href=\"/t1\">Elections"
            + "</a></h4><p>The opposition named its candidate on Sunday, after weeks of wrangling, and promised a "
            + "campaign about prices, jobs, rents, and the cost of fuel.</p></div><div class=\"teaser\"><h4>"
            + "<a href=\"/t2\">Markets</a></h4><p>The currency fell again against the dollar on Friday, as traders "
            + "worried about the central bank, its reserves, its rates, and the budget.</p></div></div>";

    @Test
    void linesSplitByBreaksAreTheParagraphsOfTheirContainerNotOfThePage() throws Exception {
        String html = "<html><body><div id=\"story\">" + String.join("<br><br>", STORY) + "</div>" + TEASERS
                + "</body></html>";
        assertEquals(String.join("\n", STORY), text(html));
    }

    @Test
    void aWrapperAroundEveryParagraphDoesNotLoseTheStoryToASideColumn() throws Exception {
        StringBuilder story = new StringBuilder();
        for (String p : STORY) {
            story.append("<div class=\"para\"><div class=\"inner\"><p>").append(p).append("</p></div></div>");
        }
        String html = "<html><body><div class=\"x\">" + story + "</div>" + TEASERS + "</body></html>";
        assertEquals(String.join("\n", STORY), text(html));
    }

    @Test
    void aStorySplitByARelatedBoxIsKeptWholeWithoutTheColumnBesideIt() throws Exception {
        String related = "<div class=\"inline-box\"><h3>Read more</h3><ul><li><a href=\"/x1\">Drought hits the "
                + "delta as canals run dry</a></li><li><a href=\"/x2\">Why the old dams worry engineers</a></li>"
                + "</ul></div>";
        String html = "<html><body><div class=\"wrapper\"><div class=\"col\"><div class=\"part-a\">"
                + paragraphs(STORY.subList(0, 2)) + "</div>" + related + "<div class=\"part-b\">"
                + paragraphs(STORY.subList(2, STORY.size())) + "</div></div>" + TEASERS + "</div></body></html>";
        assertEquals(String.join("\n", STORY), text(html));
    }

    @Test
    void aPageWhoseStoryAScriptWritesInIsReadFromItsDeclaredArticleBody() throws Exception {
        String body = String.join("\\n", STORY);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"" + body + "\"}</script></head><body><div id=\"app\"><p>" + STORY.get(0)
                + "</p></div>" + TEASERS + "</body></html>";
        Article a = read(html);
        assertEquals(String.join("\n", STORY), a.text());
        OffsetMap.Segment first = a.rawOffsets().segments().get(0);
        assertEquals(STORY.get(0), html.substring(first.rawBegin(), first.rawEnd()), "mapped where it stands");
    }

    @Test
    void aShortPartOfTheStoryAfterALinkBoxIsKeptInAnElementNamedTheStoryButNotInAnyOther() throws Exception {
        String box = "<div class=\"x-box\"><a href=\"/r1\">Drought in the delta</a></div>";
        String tail = "<div class=\"more\"><div class=\"inner\">" + paragraphs(STORY.subList(3, 5)) + "</div></div>";
        String story = "<div class=\"article\"><div class=\"body-1\">" + paragraphs(STORY.subList(0, 3)) + "</div>"
                + box + tail + "</div>";
        assertEquals(String.join("\n", STORY), text("<html><body>" + story + TEASERS + "</body></html>"));
        String column = story.replace("class=\"article\"", "class=\"column\"");
        assertEquals(String.join("\n", STORY.subList(0, 3)), text("<html><body>" + column + "</body></html>"));
    }

    @Test
    void aBoxInsideTheStoryWhoseNameWeighsAgainstContentIsCleanedOutButAPlainBoxIsNot() throws Exception {
        String player = "Video: the two foreign ministers shake hands at the border crossing after the talks";
        String aside = "The river rises in the Tian Shan mountains and flows for more than two thousand kilometres.";
        String html = "<html><body><div class=\"story-body\">" + paragraphs(STORY.subList(0, 2))
                + "<div class=\"media-placeholder\"><figure><figcaption>" + player + "</figcaption></figure></div>"
                + "<div class=\"box\"><p>" + aside + "</p></div>" + paragraphs(STORY.subList(2, 5))
                + "</div></body></html>";
        String text = text(html);
        assertFalse(text.contains(player), text);
        assertTrue(text.contains(aside), text);
        assertTrue(text.contains(Samples.PARAGRAPH_1.replace("summer", "spring")), text);
    }

    @Test
    void aLinkedCreditAmongTheStorysParagraphsIsKeptButABoxOfLinkedParagraphsIsNot() throws Exception {
        String html = "<html><body><div class=\"post\">" + paragraphs(STORY.subList(0, 3))
                + "<p><a href=\"/artist/ana\">(Map: Ana Petrova)</a></p>" + paragraphs(STORY.subList(3, 5))
                + "</div><div class=\"more\"><p><a href=\"/a\">Drought hits the Aral basin again this year</a></p>"
                + "<p><a href=\"/b\">Dam talks with Kyrgyzstan resume in the spring</a></p></div></body></html>";
        String text = text(html);
        assertTrue(text.contains("(Map: Ana Petrova)"), text);
        assertFalse(text.contains("Drought"), text);
    }

    @Test
    void theLabelsOfAChartDrawnAsHtmlAreNotTakenForTheStory() throws Exception {
        String html = "<html><body><article>" + paragraphs(STORY.subList(0, 3))
                + "<div class=\"ai2html chart-box\"><p>Water drawn from the Syr Darya</p><p>1,200</p><p>\u201998</p>"
                + "<p>\u201914</p></div>" + paragraphs(STORY.subList(3, 5)) + "</article></body></html>";
        String text = text(html);
        assertFalse(text.contains("Water drawn"), text);
        assertTrue(text.contains(STORY.get(4)), text);
    }
}
