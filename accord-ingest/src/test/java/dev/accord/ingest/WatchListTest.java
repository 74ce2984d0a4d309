package dev.accord.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchListTest {

    @TempDir
    Path dir;

    private List<WatchList.Entry> read(String name, String text) throws IOException {
        return WatchList.read(Files.writeString(dir.resolve(name), text));
    }

    private String refusal(String name, String text) {
        return assertThrows(IllegalArgumentException.class, () -> read(name, text)).getMessage();
    }

    @Test
    void aPlainListHasOneUrlALineWithItsOwnIntervalAndCommentsBetween() throws IOException {
        List<WatchList.Entry> entries = read("feeds.txt", """
                # Central Asia
                https://steppe.example/feed.xml 15m

                https://caspian.example/news.html
                https://steppe.example/feed.xml 1h
                """);
        assertEquals(List.of(new WatchList.Entry(URI.create("https://steppe.example/feed.xml"), Duration.ofMinutes(15)),
                new WatchList.Entry(URI.create("https://caspian.example/news.html"), null)), entries);
    }

    @Test
    void anOpmlFileGivesItsFeedsAndPagesAtEveryLevel() throws IOException {
        List<WatchList.Entry> entries = read("subs.opml", """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Subscriptions</title></head><body>
                <outline text="Region"><outline text="Steppe" type="rss" xmlUrl="https://steppe.example/feed.xml"/>
                <outline text="Page" type="link" url="https://caspian.example/news.html" interval="PT2H"/></outline>
                </body></opml>
                """);
        assertEquals(List.of(new WatchList.Entry(URI.create("https://steppe.example/feed.xml"), null),
                new WatchList.Entry(URI.create("https://caspian.example/news.html"), Duration.ofHours(2))), entries);
    }

    @Test
    void aBadLineIsNamedWithWhatWasExpected() {
        String reason = refusal("bad.txt", "https://ok.example/\nftp://files.example/feed 10m\n");
        assertTrue(reason.endsWith("bad.txt:2: 'ftp://files.example/feed'; expected an http(s) URL with a host"),
                reason);
        assertTrue(refusal("int.txt", "https://ok.example/ soon\n").endsWith("int.txt:1: interval 'soon'; "
                + "expected a positive duration such as 90s, 15m, 2h, 1d or PT15M"));
        assertTrue(refusal("empty.txt", "# nothing yet\n").endsWith("names no URL; expected an OPML file of feeds "
                + "or one http(s) URL a line"));
    }

    @Test
    void anOpmlFileWithADoctypeIsRefusedSoItCannotReadLocalFiles() {
        String reason = refusal("xxe.opml", """
                <?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <opml><body><outline xmlUrl="https://a.example/&x;"/></body></opml>
                """);
        assertTrue(reason.contains("is not well-formed XML"), reason);
    }
}
