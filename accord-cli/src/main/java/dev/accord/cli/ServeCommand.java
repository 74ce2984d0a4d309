package dev.accord.cli;

import dev.accord.server.AccordServer;
import dev.accord.store.FactStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code accord serve}: the REST API and the analysts' web page over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the web page and the REST API (described at /api/openapi.json) over the store. "
                + "Reading is open; ingest and corrections need the API token.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Where to listen (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The API token for writes; default: $ACCORD_TOKEN, else a new random one printed at start.")
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
        AccordServer server = AccordServer.start(db, host, port, apiToken,
                article -> Engine.extractor(err).analyze(article));
        String url = "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port() + "/";
        out.printf("accord serve: %d events of %d articles at %s (API description: %sapi/openapi.json)%n",
                server.eventCount(), db.articleCount(), url, url);
        if (apiToken != null) {
            out.printf("Open %s#token=%s to correct facts (the page keeps the token for this tab).%n", url, apiToken);
        }
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
}
