package dev.accord.cli;

import dev.accord.extract.FactExtractor;
import dev.accord.model.Article;
import dev.accord.pipeline.Consolidation;
import dev.accord.server.AccordServer;
import dev.accord.store.FactStore;
import dev.accord.store.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** {@code accord serve}: the REST API and the analysts' web page over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the web page and the REST API (described at /api/openapi.json) over the store. "
                + "Reading is open; ingest and corrections need a user's token (accord users add) or the server's "
                + "shared token. The language models load at start, while reads are already answered.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Where to listen (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--allowed-hosts", paramLabel = "HOST", split = ",",
            description = "Further host names the server is reached by (a team server's), besides loopback and "
                    + "--host; requests for any other Host are refused, so a hostile page cannot read the store.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The shared token for writes, for one person working alone: its corrections are signed "
                    + "with the curator the request names. Default: $ACCORD_TOKEN, else a new random one printed "
                    + "at start. Users' own tokens (accord users add) work besides it.")
    String token;

    @Option(names = "--read-only", description = "Refuse every write, whatever the token.")
    boolean readOnly;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String apiToken = readOnly ? null : token != null ? token : System.getenv("ACCORD_TOKEN");
        if (!readOnly && apiToken == null) {
            // A token only this run knows: a page on another site cannot guess it, and it is printed for the user.
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            apiToken = HexFormat.of().formatHex(random);
        }
        FactStore db = store.open();
        // The models load beside the server: reads never touch them, and an ingest waits until they are in.
        // A read-only server ingests nothing, so it loads no models.
        CompletableFuture<FactExtractor> models = readOnly ? null : CompletableFuture.supplyAsync(() -> load(out, err));
        AccordServer server = AccordServer.start(db, host, port, apiToken,
                models == null ? null : article -> models.join().analyze(article), allowedHosts);
        String url = "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port() + "/";
        out.printf("accord serve: %d events of %d articles at %s (API description: %sapi/openapi.json)%n",
                server.eventCount(), db.articleCount(), url, url);
        if (apiToken != null) {
            out.printf("Open %s#token=%s to correct facts (the page keeps the token for this tab).%n", url, apiToken);
        }
        out.printf("%d users' tokens sign as their users (accord users list).%n",
                db.users().list().stream().filter(Users.User::live).count());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * The extractor and the consolidation's sentence encoder, loaded and run once on a sentence of their
     * own, so that the first posted article is analysed at the speed of the later ones.
     */
    private static FactExtractor load(PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        FactExtractor extractor;
        try {
            extractor = Engine.extractor(err);
            extractor.analyze(Article.of("accord-serve/warm-up", null, null, "en",
                    "The two ministers met in the capital on Monday and signed a trade agreement."));
            Consolidation.encoder();
        } catch (RuntimeException e) {
            err.println("accord serve: the language models failed to load (" + e.getMessage() + "); reads are "
                    + "served, POST /api/articles fails");
            err.flush();
            throw e;
        }
        out.printf("accord serve: language models loaded in %.1f s; POST /api/articles is ready.%n",
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return extractor;
    }
}
