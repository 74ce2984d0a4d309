package dev.accord.eval;

import dev.accord.consolidate.ConsolidationSettings;
import dev.accord.consolidate.Consolidator;
import dev.accord.consolidate.SentenceEncoder;
import dev.accord.consolidate.Similarity;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.MentionKeys;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Event consolidation against MEANTIME's cross-document annotation: each document's events as Accord extracts
 * them, matched to the gold event mentions by their words' offsets, consolidated across documents, and scored
 * against the gold's event instances (one instance shared by several documents is one real event) over the
 * mentions that Accord and the gold share. A same-lemma-and-date baseline clusters the same mentions.
 *
 * <p>Only the topic {@value #TUNED_TOPIC} was looked at while the decision's weights and threshold were set;
 * the other topic of the folder is held back, and the scorer reports each topic alone and both together.
 */
public final class ConsolidationEvaluation {

    /** The topic the consolidation rules were tuned on; every other topic in the folder was held back. */
    public static final String TUNED_TOPIC = "corpus_airbus";

    /**
     * A gold event mention.
     *
     * @param span     its words in the document's text
     * @param instance the event instance it refers to, shared across documents
     */
    public record GoldMention(CharSpan span, String instance) {
        public GoldMention {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(instance, "instance");
        }
    }

    /**
     * A gold document: its tokens joined into a text (sentences a blank line apart), its creation date and its
     * event mentions that refer to an instance.
     *
     * @param id       the file's name
     * @param topic    the folder it lies in ({@code corpus_airbus})
     * @param text     the text Accord reads
     * @param created  the document's creation time, or {@code null}
     * @param mentions its event mentions with an instance, in text order
     */
    public record GoldDocument(String id, String topic, String text, LocalDate created, List<GoldMention> mentions) {
        public GoldDocument {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(text, "text");
            mentions = List.copyOf(mentions);
        }

        /** The article Accord analyses for this document. */
        public Article article() {
            return Article.of(topic + "/" + id, null, created, "en", text);
        }
    }

    /**
     * One clustering scored.
     *
     * @param label   which documents ("corpus_airbus (tuned)", "both")
     * @param method  which clustering ("Accord", "Accord, no embeddings", "same lemma and date")
     * @param scores  its scores
     */
    public record Row(String label, String method, CorefScores scores) {
    }

    /**
     * The whole evaluation.
     *
     * @param documents     gold documents read
     * @param goldMentions  gold event mentions with an instance
     * @param accordEvents  events Accord extracted in those documents
     * @param shared        mentions that Accord and the gold share
     * @param rows          every clustering of every part, in the order printed
     * @param wrongMerges   Accord's merges over all documents that the gold keeps apart, each pair's two
     *                      mentions as document, trigger and gold instance
     */
    public record Result(int documents, int goldMentions, int accordEvents, int shared, List<Row> rows,
                         List<String> wrongMerges) {
        public Result {
            rows = List.copyOf(rows);
            wrongMerges = List.copyOf(wrongMerges);
        }
    }

    private ConsolidationEvaluation() {
    }

    /** Every CAT {@code .xml} file under {@code dir}'s topic folders, in path order. */
    public static List<GoldDocument> read(Path dir) {
        List<Path> files = GoldXml.files(dir, ".xml");
        List<GoldDocument> out = new ArrayList<>();
        for (Path f : files) {
            Document doc = GoldXml.parse(f);
            if (doc.getDocumentElement().getTagName().equals("Document")) {
                out.add(readCat(f, doc.getDocumentElement()));
            }
        }
        return out;
    }

    private static GoldDocument readCat(Path file, Element root) {
        StringBuilder text = new StringBuilder();
        Map<String, CharSpan> tokens = GoldXml.catTokens(root, Integer.MAX_VALUE, text);
        LocalDate created = null;
        Map<String, CharSpan> mentionSpans = new HashMap<>();
        Map<String, String> instanceOfEvent = new HashMap<>();
        for (Element markables : GoldXml.children(root, "Markables")) {
            for (Element x : GoldXml.children(markables, "TIMEX3")) {
                if (x.getAttribute("functionInDocument").equals("CREATION_TIME")) {
                    created = date(x.getAttribute("value"));
                }
            }
            for (Element m : GoldXml.children(markables, "EVENT_MENTION")) {
                mentionSpans.put(m.getAttribute("m_id"), GoldXml.anchorSpan(file, m, tokens));
            }
            for (Element e : GoldXml.children(markables, "EVENT")) {
                if (!e.getAttribute("instance_id").isEmpty()) {
                    instanceOfEvent.put(e.getAttribute("m_id"), e.getAttribute("instance_id"));
                }
            }
        }
        List<GoldMention> mentions = new ArrayList<>();
        for (Element relations : GoldXml.children(root, "Relations")) {
            for (Element r : GoldXml.children(relations, "REFERS_TO")) {
                List<Element> targets = GoldXml.children(r, "target");
                String instance = targets.isEmpty() ? null : instanceOfEvent.get(targets.get(0).getAttribute("m_id"));
                if (instance == null) {
                    continue;
                }
                for (Element source : GoldXml.children(r, "source")) {
                    CharSpan span = mentionSpans.get(source.getAttribute("m_id"));
                    if (span != null) {
                        mentions.add(new GoldMention(span, instance));
                    }
                }
            }
        }
        mentions.sort(Comparator.comparing(GoldMention::span));
        Path topic = file.getParent().getFileName();
        return new GoldDocument(file.getFileName().toString(), topic == null ? "" : topic.toString(),
                text.toString(), created, mentions);
    }

    private static LocalDate date(String value) {
        try {
            return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Analyses every document once, then consolidates and scores each part (each topic, then all) with Accord's
     * decision with and without embeddings and with the baseline.
     *
     * @param analyze  Accord's analysis of an article
     * @param settings the consolidation settings (embeddings on); the run without embeddings turns them off
     * @param encoder  the sentence encoder
     */
    public static Result run(List<GoldDocument> gold, Function<Article, ArticleFacts> analyze,
                             ConsolidationSettings settings, SentenceEncoder encoder) {
        Map<String, ArticleFacts> facts = new LinkedHashMap<>();
        Map<String, String> goldOf = new HashMap<>();
        int goldMentions = 0;
        int events = 0;
        for (GoldDocument d : gold) {
            ArticleFacts f = analyze.apply(d.article());
            facts.put(d.id(), f);
            goldMentions += d.mentions().size();
            events += f.events().size();
            goldOf.putAll(match(d, f));
        }
        List<String> parts = gold.stream().map(GoldDocument::topic).distinct().sorted().toList();
        List<Row> rows = new ArrayList<>();
        List<List<GoldDocument>> subsets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String topic : parts) {
            subsets.add(gold.stream().filter(d -> d.topic().equals(topic)).toList());
            labels.add(topic + (topic.equals(TUNED_TOPIC) ? " (tuned)" : " (held back)"));
        }
        if (parts.size() > 1) {
            subsets.add(gold);
            labels.add("all topics");
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < subsets.size(); i++) {
            List<ArticleFacts> part = subsets.get(i).stream().map(d -> facts.get(d.id())).toList();
            Map<String, String> partGold = restrict(goldOf, part);
            Map<String, String> system = consolidate(part, partGold, settings, encoder);
            rows.add(new Row(labels.get(i), "Accord", CorefScores.score(partGold, system)));
            if (i == subsets.size() - 1) {
                wrong.addAll(wrongMerges(system, partGold, facts.values()));
            }
            rows.add(new Row(labels.get(i), "Accord, no embeddings", CorefScores.score(partGold,
                    consolidate(part, partGold, settings.withEmbeddings(false), null))));
            rows.add(new Row(labels.get(i), "same lemma and date", CorefScores.score(partGold,
                    sameLemmaAndDate(part, partGold))));
        }
        return new Result(gold.size(), goldMentions, events, goldOf.size(), rows, wrong);
    }

    /** The pairs a clustering puts together that the gold keeps apart, each mention described. */
    private static List<String> wrongMerges(Map<String, String> system, Map<String, String> gold,
                                            Collection<ArticleFacts> facts) {
        Map<String, String> described = new HashMap<>();
        for (ArticleFacts f : facts) {
            for (Event e : f.events()) {
                described.put(MentionKeys.of(f.article().id(), e.id()),
                        f.article().source() + " '" + e.trigger().text() + "'");
            }
        }
        List<String> keys = List.copyOf(system.keySet());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (system.get(a).equals(system.get(b)) && !gold.get(a).equals(gold.get(b))) {
                    out.add(described.get(a) + " (" + gold.get(a) + ") / " + described.get(b) + " (" + gold.get(b)
                            + ")");
                }
            }
        }
        return out;
    }

    /**
     * Accord's events matched to the document's gold mentions, one to one: each gold mention, in text order,
     * takes the first unmatched event whose trigger overlaps it. Each matched event's key with its instance.
     */
    static Map<String, String> match(GoldDocument d, ArticleFacts f) {
        Map<String, String> matched = new TreeMap<>();
        List<Event> free = new ArrayList<>(f.events());
        for (GoldMention g : d.mentions()) {
            free.stream().filter(e -> e.trigger().span().overlaps(g.span())).findFirst().ifPresent(e -> {
                free.remove(e);
                matched.put(MentionKeys.of(f.article().id(), e.id()), g.instance());
            });
        }
        return matched;
    }

    private static Map<String, String> restrict(Map<String, String> goldOf, List<ArticleFacts> part) {
        Map<String, String> out = new TreeMap<>();
        for (ArticleFacts f : part) {
            for (Event e : f.events()) {
                String key = MentionKeys.of(f.article().id(), e.id());
                if (goldOf.containsKey(key)) {
                    out.put(key, goldOf.get(key));
                }
            }
        }
        return out;
    }

    /** Accord's consolidation of every event of the part, read for the shared mentions. */
    private static Map<String, String> consolidate(List<ArticleFacts> part, Map<String, String> shared,
                                                   ConsolidationSettings settings, SentenceEncoder encoder) {
        Consolidator c = Consolidator.inMemory(settings, encoder);
        part.forEach(c::add);
        Map<String, String> system = new TreeMap<>();
        for (String key : shared.keySet()) {
            system.put(key, c.eventOf(key).orElseThrow());
        }
        return system;
    }

    /** The baseline: mentions with the same trigger word (lower case, ending cut) and the same date are one. */
    static Map<String, String> sameLemmaAndDate(List<ArticleFacts> part, Map<String, String> shared) {
        Map<String, String> system = new TreeMap<>();
        for (ArticleFacts f : part) {
            for (Event e : f.events()) {
                String key = MentionKeys.of(f.article().id(), e.id());
                if (shared.containsKey(key)) {
                    LocalDate published = f.article().published();
                    String date = e.date() != null ? e.date().value() : Objects.toString(published, "none");
                    system.put(key, lemma(e.trigger().text()) + "|" + date);
                }
            }
        }
        return system;
    }

    /** A crude lemma: lower case, a plural or verb ending cut ("signed", "signs", "signing" are "sign"). */
    static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        for (String ending : List.of("ing", "ed", "es", "s")) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /**
     * The synthetic check: each story with rewrites by other outlets, every event consolidated together.
     *
     * @param stories            stories rewritten
     * @param reports            articles consolidated (each story and its rewrites)
     * @param events             event mentions among them
     * @param expectedPairs      pairs of one story's reports' mentions of one event (the same type, trigger word
     *                           and actors in two reports of the story), which must be one consolidated event
     * @param joinedPairs        of those, the pairs consolidated together
     * @param crossStoryEvents   consolidated events holding mentions of two stories or more
     * @param crossStoryExamples the first few of them, each as its stories' ids and its triggers
     * @param missedExamples     the first few expected pairs left apart, each mention with its date and place
     */
    public record SyntheticResult(int stories, int reports, int events, long expectedPairs, long joinedPairs,
                                  int crossStoryEvents, List<String> crossStoryExamples, List<String> missedExamples) {
        public SyntheticResult {
            crossStoryExamples = List.copyOf(crossStoryExamples);
            missedExamples = List.copyOf(missedExamples);
        }

        /** The share of expected pairs joined; 1 when none was expected. */
        public double storyRecall() {
            return expectedPairs == 0 ? 1 : (double) joinedPairs / expectedPairs;
        }
    }

    /** How many rewrites each story gets, one per outlet after the first. */
    static final int REWRITES = 3;
    private static final String[] OUTLETS = {"Steppe Daily", "Caspian Wire", "Eurasia Monitor", "Silk Road Post"};

    /**
     * Rewrites each story as {@value #REWRITES} other outlets would (a dateline, a byline, a credit line, a
     * paragraph dropped, a few words changed, paragraphs joined or the story trimmed: the edits of {@code
     * accord eval dedup}), published the same day or the next, analyses every report and consolidates them all
     * together.
     */
    public static SyntheticResult synthetic(List<Article> stories, Function<Article, ArticleFacts> analyze,
                                            ConsolidationSettings settings, SentenceEncoder encoder, long seed) {
        Random random = new Random(seed);
        Consolidator c = Consolidator.inMemory(settings, encoder);
        Map<String, Integer> storyOf = new HashMap<>();
        Map<String, List<String>> bySignature = new TreeMap<>();
        Map<String, String> triggerOf = new HashMap<>();
        Map<String, String> describe = new HashMap<>();
        int reports = 0;
        int events = 0;
        for (int i = 0; i < stories.size(); i++) {
            Article story = stories.get(i);
            List<Article> versions = new ArrayList<>();
            versions.add(story.withWeb(null, null, OUTLETS[0], null, null));
            for (int v = 1; v <= REWRITES; v++) {
                LocalDate published = story.published() == null ? null : story.published().plusDays(random.nextInt(2));
                versions.add(Article.of(story.source() + "#rewrite" + v, story.title(), published, "en",
                        DedupEvaluation.reprint(story.text(), random)).withWeb(null, null, OUTLETS[v], null, null));
            }
            for (Article a : versions) {
                ArticleFacts f = analyze.apply(a);
                reports++;
                storyOf.put(a.id(), i);
                for (Event e : f.events()) {
                    events++;
                    String key = MentionKeys.of(a.id(), e.id());
                    triggerOf.put(key, e.trigger().text());
                    describe.put(key, "'" + e.trigger().text() + "' " + e.type() + " "
                            + (e.date() == null ? "no date" : e.date().value() + (e.date().fromArticleDate()
                            ? " (published)" : "")) + ", " + (e.place() == null ? "no place" : e.place().name()));
                    String signature = i + "|" + e.type() + "|" + e.trigger().text().toLowerCase(Locale.ROOT) + "|"
                            + e.actors().stream().map(EventArgument::actor).sorted().toList();
                    bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(key);
                }
                c.add(f);
            }
        }
        long expected = 0;
        long joined = 0;
        List<String> missed = new ArrayList<>();
        for (List<String> keys : bySignature.values()) {
            for (int x = 0; x < keys.size(); x++) {
                for (int y = x + 1; y < keys.size(); y++) {
                    if (!MentionKeys.articleId(keys.get(x)).equals(MentionKeys.articleId(keys.get(y)))) {
                        expected++;
                        if (c.eventOf(keys.get(x)).equals(c.eventOf(keys.get(y)))) {
                            joined++;
                        } else if (missed.size() < 5) {
                            missed.add(describe.get(keys.get(x)) + " / " + describe.get(keys.get(y)));
                        }
                    }
                }
            }
        }
        int cross = 0;
        List<String> examples = new ArrayList<>();
        for (ConsolidatedEvent event : c.events()) {
            List<Integer> of = event.mentions().stream().map(m -> storyOf.get(m.articleId())).distinct().sorted()
                    .toList();
            if (of.size() > 1) {
                cross++;
                if (examples.size() < 5) {
                    examples.add(event.type() + " " + event.actors() + " in stories "
                            + of.stream().map(i -> stories.get(i).source()).toList() + ": "
                            + event.mentions().stream().map(m -> triggerOf.get(m.key())).distinct().toList());
                }
            }
        }
        return new SyntheticResult(stories.size(), reports, events, expected, joined, cross, examples, missed);
    }

    /**
     * How well one similarity of the words around two gold mentions tells reports of one event from reports of
     * different events, over every pair of gold mentions in different documents of one topic.
     *
     * @param label     which documents
     * @param pairs     pairs compared
     * @param positives of those, pairs of one event instance
     * @param lexical   the area under the ROC curve of the shared-words similarity (0.5: no better than chance)
     * @param semantic  the same for the sentence embeddings
     * @param combined  the same for the two together, as consolidation combines them
     */
    public record ContextAuc(String label, long pairs, long positives, double lexical, double semantic,
                             double combined) {
    }

    /**
     * What the embeddings add, measured on the gold mentions themselves (all of them, not only those Accord
     * finds): each mention's sentence compared with every other document's mentions' sentences of its topic.
     */
    public static List<ContextAuc> contextAuc(List<GoldDocument> gold, SentenceEncoder encoder) {
        List<ContextAuc> out = new ArrayList<>();
        for (String topic : gold.stream().map(GoldDocument::topic).distinct().sorted().toList()) {
            List<String> docs = new ArrayList<>();
            List<String> instances = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            Map<String, float[]> encoded = new HashMap<>();
            for (GoldDocument d : gold) {
                if (!d.topic().equals(topic)) {
                    continue;
                }
                for (GoldMention m : d.mentions()) {
                    String sentence = sentenceOf(d.text(), m.span());
                    docs.add(d.id());
                    instances.add(m.instance());
                    sentences.add(sentence);
                    vectors.add(encoded.computeIfAbsent(sentence, encoder::encode));
                }
            }
            List<double[]> lexical = new ArrayList<>();
            List<double[]> semantic = new ArrayList<>();
            List<double[]> combined = new ArrayList<>();
            long positives = 0;
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    if (docs.get(i).equals(docs.get(j))) {
                        continue;
                    }
                    double same = instances.get(i).equals(instances.get(j)) ? 1 : 0;
                    positives += (long) same;
                    double lex = Similarity.lexical(sentences.get(i), sentences.get(j));
                    double sem = Similarity.semantic(vectors.get(i), vectors.get(j));
                    lexical.add(new double[] {lex, same});
                    semantic.add(new double[] {sem, same});
                    combined.add(new double[] {Similarity.combined(lex, sem), same});
                }
            }
            out.add(new ContextAuc(topic + (topic.equals(TUNED_TOPIC) ? " (tuned)" : " (held back)"),
                    lexical.size(), positives, auc(lexical), auc(semantic), auc(combined)));
        }
        return out;
    }

    /** The sentence of the document (its sentences lie a blank line apart) that holds {@code span}. */
    private static String sentenceOf(String text, CharSpan span) {
        int from = text.lastIndexOf("\n\n", span.begin());
        int to = text.indexOf("\n\n", span.end());
        return text.substring(from < 0 ? 0 : from + 2, to < 0 ? text.length() : to);
    }

    /** The area under the ROC curve of scored pairs {score, 1 or 0}: ties count a half (Mann-Whitney). */
    static double auc(List<double[]> scored) {
        List<double[]> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(p -> p[0]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) {
                j++;
            }
            double meanRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (sorted.get(k)[1] > 0) {
                    rankSum += meanRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = sorted.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
