package dev.accord.eval;

import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores named-entity mentions against MEANTIME's CAT XML documents. A document's text is rebuilt from
 * its tokens (one space between tokens, a blank line between sentences, so each sentence is a
 * paragraph), with a map from token to offset. MEANTIME annotates only the first sentences of each
 * article (the headline, the date line and four more): the whole text is analysed, but only
 * predictions within the annotated sentences are scored. The gold mentions are the ENTITY_MENTION markables
 * of syntactic type NAM (names, which is what a recogniser finds) whose entity, reached through
 * REFERS_TO, is of type PER, ORG or LOC; PRO (products), FIN (financial) and MIX are not scored.
 *
 * <p>Each type is scored twice: exact (same begin and end) and overlap (any shared character; each
 * gold and each predicted mention used once), micro-averaged over all documents.
 */
public final class MeantimeEntityScorer {

    /** The gold types scored. */
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    /** One gold or predicted mention: where, its words and its MEANTIME type. */
    public record Mention(CharSpan span, String text, String type) {
        public Mention {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * One document: its id, rebuilt text and gold name mentions; {@code annotatedEnd} is where the
     * last annotated sentence ends.
     */
    public record GoldDocument(String id, String text, List<Mention> mentions, int annotatedEnd) {
        public GoldDocument {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            mentions = List.copyOf(mentions);
        }

        public Article article() {
            return Article.of("meantime:" + id, null, null, "en", text);
        }
    }

    /** What one system finds in a document, in MEANTIME's types. */
    public interface EntityTagger {
        String name();

        List<Mention> mentions(Analysis analysis);
    }

    /** One document with every system's mentions, for the per-item output. */
    public record Item(String id, List<Mention> gold, Map<String, List<Mention>> systems) {
        public Item {
            gold = List.copyOf(gold);
            systems = Map.copyOf(systems);
        }
    }

    private MeantimeEntityScorer() {
    }

    /** Every {@code *.xml} document under {@code dir}, in path order. */
    public static List<GoldDocument> load(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<GoldDocument> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list MEANTIME documents under " + dir, e);
        }
    }

    /** One CAT XML document. */
    public static GoldDocument read(Path file) {
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        StringBuilder text = new StringBuilder();
        Map<String, CharSpan> tokenSpans = new HashMap<>();
        String sentence = null;
        Map<String, Integer> sentenceEnds = new HashMap<>();
        Map<String, String> tokenSentences = new HashMap<>();
        NodeList tokens = root.getElementsByTagName("token");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            if (sentence != null) {
                text.append(sentence.equals(t.getAttribute("sentence")) ? " " : "\n\n");
            }
            sentence = t.getAttribute("sentence");
            int begin = text.length();
            text.append(t.getTextContent());
            tokenSpans.put(t.getAttribute("t_id"), new CharSpan(begin, text.length()));
            tokenSentences.put(t.getAttribute("t_id"), sentence);
            sentenceEnds.put(sentence, text.length());
        }
        int annotatedEnd = 0;
        for (Element anchor : elements(root, "token_anchor")) {
            String s = tokenSentences.get(anchor.getAttribute("t_id"));
            annotatedEnd = Math.max(annotatedEnd, s == null ? 0 : sentenceEnds.get(s));
        }
        Map<String, String> entityTypes = new HashMap<>();
        for (Element e : elements(root, "ENTITY")) {
            entityTypes.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
        }
        Map<String, String> mentionTypes = new HashMap<>();
        for (Element r : elements(root, "REFERS_TO")) {
            String target = entityTypes.get(((Element) r.getElementsByTagName("target").item(0)).getAttribute("m_id"));
            for (Element s : elements(r, "source")) {
                if (target != null) {
                    mentionTypes.put(s.getAttribute("m_id"), target);
                }
            }
        }
        String full = text.toString();
        List<Mention> mentions = new ArrayList<>();
        for (Element m : elements(root, "ENTITY_MENTION")) {
            String type = mentionTypes.get(m.getAttribute("m_id"));
            if (!"NAM".equals(m.getAttribute("syntactic_type")) || type == null || !TYPES.contains(type)) {
                continue;
            }
            List<Element> anchors = elements(m, "token_anchor");
            if (anchors.isEmpty()) {
                continue;
            }
            CharSpan first = tokenSpans.get(anchors.get(0).getAttribute("t_id"));
            CharSpan last = tokenSpans.get(anchors.get(anchors.size() - 1).getAttribute("t_id"));
            if (first == null || last == null) {
                throw new IllegalArgumentException("mention " + m.getAttribute("m_id") + " in " + file
                        + " anchors a token that is not in the document; expected anchors to its tokens");
            }
            CharSpan span = new CharSpan(first.begin(), last.end());
            mentions.add(new Mention(span, span.of(full), type));
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return new GoldDocument(root.getAttribute("doc_id"), full, mentions, annotatedEnd);
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // Gold files are data: no external entities or schemas are fetched.
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("cannot parse " + file + " as MEANTIME CAT XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /**
     * Scores {@code taggers} on every document into {@code exact} and {@code overlap}; returns each
     * document's mentions.
     */
    public static List<Item> score(List<GoldDocument> gold, Function<Article, Analysis> analyse,
                                   List<EntityTagger> taggers, ScoreTable exact, ScoreTable overlap) {
        List<Item> items = new ArrayList<>();
        for (GoldDocument d : gold) {
            Analysis analysis = analyse.apply(d.article());
            Map<String, List<Mention>> bySystem = new LinkedHashMap<>();
            for (EntityTagger tagger : taggers) {
                List<Mention> predicted = tagger.mentions(analysis).stream()
                        .filter(m -> TYPES.contains(m.type()) && m.span().end() <= d.annotatedEnd()).toList();
                bySystem.put(tagger.name(), predicted);
                for (String type : TYPES) {
                    List<Mention> g = ofType(d.mentions(), type);
                    List<Mention> p = ofType(predicted, type);
                    exact.add(tagger.name(), type, match(g, p, false));
                    overlap.add(tagger.name(), type, match(g, p, true));
                }
            }
            items.add(new Item(d.id(), d.mentions(), bySystem));
        }
        return items;
    }

    private static List<Mention> ofType(List<Mention> mentions, String type) {
        return mentions.stream().filter(m -> m.type().equals(type)).toList();
    }

    /** One-to-one matching in text order: each gold and each predicted mention counts once. */
    static Score match(List<Mention> gold, List<Mention> predicted, boolean overlap) {
        boolean[] used = new boolean[predicted.size()];
        int tp = 0;
        for (Mention g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                CharSpan p = predicted.get(i).span();
                if (!used[i] && (overlap ? p.overlaps(g.span()) : p.equals(g.span()))) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        return new Score(tp, predicted.size() - tp, gold.size() - tp);
    }
}
