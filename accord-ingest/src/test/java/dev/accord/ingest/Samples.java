package dev.accord.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Inputs written for these tests: web pages, feeds and WARC records of made-up news. */
final class Samples {

    private Samples() {
    }

    static final String PARAGRAPH_1 = "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on "
            + "Tuesday and agreed to share the waters of the Syr Darya more fairly during the summer months.";
    static final String PARAGRAPH_2 = "The two ministers said the deal, which covers irrigation and hydropower, "
            + "would be signed by both presidents in September.";

    /** A news page with the furniture real pages have around the article. */
    static String page(String title, String date, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%1$s | Steppe Daily</title>
                <meta property="og:site_name" content="Steppe Daily">
                <meta name="author" content="Aigerim Sultanova">
                <meta property="article:published_time" content="%2$sT09:30:00+05:00">
                <link rel="canonical" href="https://steppe.example/news/water">
                </head><body>
                <header><nav><a href="/">Home</a> <a href="/world">World news</a></nav></header>
                <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
                <main><article>
                <h1>%1$s</h1>
                <p class="byline">By Aigerim Sultanova</p>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                %3$s<figure><img src="x.jpg"><figcaption>Photo: Steppe Daily archive</figcaption></figure>
                <p>Read more: Central Asia's water crisis</p>
                <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Drought in the delta</a></li></ul></aside>
                </article></main>
                <footer>© 2025 Steppe Daily. All rights reserved.</footer>
                </body></html>
                """.formatted(title, date, body);
    }

    static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Caspian Wire</title><link>https://caspian.example/</link>
                <description>News</description>
                %s
                </channel></rss>
                """.formatted(String.join("\n", items));
    }

    static String rssItem(String title, String link, String pubDate, String html) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + pubDate + "</pubDate>"
                + "<description><![CDATA[" + html + "]]></description></item>";
    }

    /** One WARC response record holding an HTTP response with {@code html}. */
    static byte[] warcResponse(String uri, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        byte[] block = concat(http.getBytes(StandardCharsets.ISO_8859_1), body);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
                + "WARC-Date: 2025-06-18T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Records written one after another, each as its own gzip member when {@code gzip}, as CC-NEWS does. */
    static byte[] warc(boolean gzip, List<byte[]> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            if (gzip) {
                ByteArrayOutputStream member = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(member)) {
                    z.write(r);
                }
                out.write(member.toByteArray());
            } else {
                out.write(r);
            }
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
