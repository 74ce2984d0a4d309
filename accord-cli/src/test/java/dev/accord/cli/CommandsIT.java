package dev.accord.cli;

import dev.accord.model.AccordJson;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Correction;
import dev.accord.store.SearchQuery;
import dev.accord.store.SqliteFactStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands end to end, with the real CoreNLP pipeline and a real SQLite file. */
class CommandsIT {

    @TempDir
    static Path dir;

    static Path articles;

    @BeforeAll
    static void writeArticles() throws Exception {
        articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("2025-04-03-samarkand.txt"), """
                Uzbekistan and the European Union Open a New Chapter

                Uzbek President Shavkat Mirziyoyev hosted European Council President António Costa in Samarkand, Uzbekistan, on Thursday.
                The two sides signed the Samarkand Partnership Declaration, and Costa said the European Union (EU) would expand trade with Central Asia.
                """);
        Files.writeString(articles.resolve("2025-02-11-geneva.txt"), """
                Swiss and Norwegian diplomats met in Geneva on Monday to prepare talks on humanitarian aid.
                Norway said the meeting would resume in March.
                """);
    }

    @Test
    void ingestStoresEachArticleOnceAndSearchFindsIt() throws Exception {
        Path db = dir.resolve("store/accord.db");
        Run first = Run.of("ingest", "--db", db.toString(), articles.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("Stored 2 new articles, 0 already stored, 0 failed"), first.out());
        Run second = Run.of("ingest", "--db", db.toString(), articles.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("Stored 0 new articles, 2 already stored, 0 failed"), second.out());
        assertTrue(second.out().contains("holds 2."), second.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rows = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertEquals("wal", rows.getString(1));
        }

        Run search = Run.of("search", "--db", db.toString(), "Samarkand", "declaration");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("Uzbekistan and the European Union Open a New Chapter"), search.out());
        assertTrue(search.out().contains("1 article found."), search.out());
        Run byActor = Run.of("search", "--db", db.toString(), "--actor", "NOR");
        assertTrue(byActor.out().contains("1 article found."), byActor.out());

        String id = search.out().substring(0, 16);
        Run show = Run.of("show", "--db", db.toString(), id.substring(0, 8));
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("Shavkat Mirziyoyev"), show.out());
        assertTrue(show.out().contains("«Samarkand»"), show.out());

        Run export = Run.of("export", "--db", db.toString());
        List<ArticleFacts> exported = export.out().lines().map(AccordJson::readFacts).toList();
        assertEquals(2, exported.size());
        assertEquals(List.of("2025-02-11", "2025-04-03"),
                exported.stream().map(f -> f.article().published().toString()).toList());

        // The event filters find exactly the articles whose exported events qualify.
        for (String[] filter : List.of(new String[] {"--modality", "asserted"},
                new String[] {"--modality", "future,hypothetical"}, new String[] {"--voice", "quoted"},
                new String[] {"--voice", "article"})) {
            Set<String> expected = exported.stream().filter(f -> f.events().stream().anyMatch(e -> filter[0].equals(
                    "--modality") ? filter[1].contains(e.modality().name().toLowerCase(Locale.ROOT))
                    : filter[1].equals("quoted") != e.attribution().isArticle())).map(f -> f.article().id())
                    .collect(Collectors.toSet());
            Run filtered = Run.of("search", "--db", db.toString(), filter[0], filter[1]);
            assertEquals(0, filtered.exitCode(), filtered.err());
            Set<String> found = filtered.out().lines().filter(l -> l.matches("[0-9a-f]{16}  .*"))
                    .map(l -> l.substring(0, 16)).collect(Collectors.toSet());
            assertEquals(expected, found, String.join(" ", filter) + "\n" + filtered.out());
        }
        assertTrue(exported.stream().anyMatch(f -> f.events().stream().anyMatch(e -> e.attribution().isArticle())),
                "the articles hold no event in the article's voice, so the filters were not tried");
    }

    @Test
    void exportAndShowApplyAnAnalystsCorrectionAndMachineGivesTheOriginal() throws Exception {
        Path db = dir.resolve("curated.db");
        assertEquals(0, Run.of("ingest", "--db", db.toString(), articles.toString()).exitCode());
        String id;
        String actor;
        try (SqliteFactStore store = SqliteFactStore.open(db)) {
            ArticleFacts facts = store.expect(store.search(new SearchQuery("Samarkand", null, 1)).get(0).articleId());
            id = facts.article().id();
            actor = "\"id\":\"" + facts.actors().get(0).id() + "\"";
            store.addCorrection(Correction.of(id, Correction.Action.REJECT, facts.actors().get(0).id(), null, null,
                    null, null, null, "ana", "not a party"));
        }
        String curated = Run.of("export", "--db", db.toString()).out();
        String machine = Run.of("export", "--machine", "--db", db.toString()).out();
        assertTrue(machine.contains(actor), machine);
        assertFalse(curated.contains(actor), curated);
        assertFalse(Run.of("show", "--db", db.toString(), id, "--format", "jsonl").out().contains(actor));
        assertTrue(Run.of("show", "--db", db.toString(), id, "--format", "jsonl", "--machine").out().contains(actor));
    }

    @Test
    void aBadArticleInABatchIsReportedAndTheRestIsStored() throws Exception {
        Path batch = Files.createDirectory(dir.resolve("batch"));
        Files.writeString(batch.resolve("good.txt"), "Kenya and Ethiopia signed a trade memorandum in Nairobi.");
        Files.write(batch.resolve("bad.txt"), new byte[] {'C', 'a', 'f', 0, 1, 2});
        Path db = dir.resolve("batch.db");
        Run run = Run.of("ingest", "--db", db.toString(), batch.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("Stored 1 new article, 0 already stored, 1 failed"), run.out());
        assertTrue(run.err().contains("bad.txt: binary content (a NUL byte at offset 3)"), run.err());
    }

    @Test
    void analyzePrintsOneJsonObjectForOneArticleAndTheSameBytesEachTime() {
        String file = articles.resolve("2025-04-03-samarkand.txt").toString();
        Run run = Run.of("analyze", "--format", "json", file);
        assertEquals(0, run.exitCode(), run.err());
        ArticleFacts facts = AccordJson.readFacts(run.out());
        assertEquals("Uzbekistan and the European Union Open a New Chapter", facts.article().title());
        assertTrue(facts.times().stream().anyMatch(t -> t.value().equals("2025-04-03")), facts.times().toString());
        assertEquals(run.out(), Run.of("analyze", "--format", "json", file).out());
    }

    @Test
    void analyzeOfAFolderPrintsAJsonArrayOrOneLineAnArticle() throws Exception {
        Run array = Run.of("analyze", "--format", "json", articles.toString());
        assertEquals(2, AccordJson.mapper().readTree(array.out()).size());
        Run lines = Run.of("analyze", "--format", "jsonl", articles.toString());
        assertEquals(2, lines.out().lines().map(AccordJson::readFacts).count());
    }

    @Test
    void theTextFormatShowsEachFactWithItsEvidence() {
        Run run = Run.of("analyze", articles.resolve("2025-04-03-samarkand.txt").toString());
        assertTrue(run.out().contains("Uzbekistan [UZB]"), run.out());
        assertTrue(run.out().contains("António Costa  President, European Council; country EUCO"), run.out());
        assertTrue(run.out().contains("reported, António Costa (\"Costa\"), said, speaks for EUCO"), run.out());
        assertTrue(run.out().contains("Central Asia -> Central Asia"), run.out());
        assertTrue(run.out().contains("«Samarkand Partnership Declaration»"), run.out());
        assertTrue(run.out().contains("2025-04-03  date, resolved against the article's date"), run.out());
    }

    @Test
    void evalTimexPrintsTheFiguresAndWritesEachPrediction() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("timeml"));
        Files.writeString(gold.resolve("a.tml"), """
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-18" functionInDocument="CREATION_TIME">\
                June 18, 2025</TIMEX3></DCT><TEXT>Leaders met in Astana \
                <TIMEX3 tid="t1" type="DATE" value="2025-06-17">on Tuesday</TIMEX3>.</TEXT></TimeML>
                """);
        Path out = dir.resolve("timex-predictions.jsonl");
        Run run = Run.of("eval", "timex", gold.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 documents, 1 gold TIMEX3"), run.out());
        assertTrue(run.out().contains("value         accuracy 1.000"), run.out());
        assertEquals(1, Files.readAllLines(out).size());
    }

    @Test
    void evalGeoPrintsAccuracyRecallAndErrors() throws Exception {
        Path gold = dir.resolve("geo.xml");
        Files.writeString(gold, """
                <articles><article><source>s</source><text>Talks were held in Astana.</text><locations>\
                <location><name>Astana</name><start>20</start><end>26</end><lat>51.18</lat><lon>71.45</lon>\
                </location></locations></article></articles>
                """);
        Run run = Run.of("eval", "geo", gold.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("recall of place mentions   1.000"), run.out());
        assertTrue(run.out().contains("accuracy within 161 km     1.000"), run.out());
        assertTrue(run.out().contains("split seed 17161: 0 articles tuned on, 1 untuned"), run.out());
        assertTrue(run.out().contains("untuned  accuracy within 161 km     1.000"), run.out());
        assertTrue(run.out().contains("ranker not cross-validated: 5 folds over 1 articles leave a fold with no"
                + " toponym to train on"), run.out());
    }

    @Test
    void evalGeoRefusesAMissingFileWithUsageExit() {
        Run run = Run.of("eval", "geo", dir.resolve("missing.xml").toString());
        assertEquals(AccordCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("expected a GeoWebNews- or GeoVirus-style XML file"), run.err());
    }
}
