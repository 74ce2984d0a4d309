package dev.accord.server;

import dev.accord.store.SqliteFactStore;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;

/**
 * A store served on a free port, analysing posted articles with the real pipeline, and headless Chromium to
 * open its page; closing it stops the browser, the server and the store.
 */
record ServedPage(SqliteFactStore store, AccordServer server, ChromeDriver browser) implements AutoCloseable {

    static ServedPage open(SqliteFactStore store, String token, Path dir) {
        AccordServer server = AccordServer.start(store, "127.0.0.1", 0, token,
                article -> TestStores.extractor().analyze(article).verify());
        return new ServedPage(store, server, HeadlessChromium.start(dir));
    }

    /** The address of {@code rest} on the server. */
    String url(String rest) {
        return "http://127.0.0.1:" + server.port() + "/" + rest;
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
        store.close();
    }
}
