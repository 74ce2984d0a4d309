package dev.accord.eval;

import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.TimeExpression;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scores temporal expressions against MEANTIME CAT XML (tokens with {@code TIMEX3} markables anchored
 * to them) and TimeML {@code .tml} files (inline {@code TIMEX3} tags), TempEval-style: span precision,
 * recall and F1, strict (the same span) and relaxed (overlapping spans), and the accuracy of the
 * normalised value over the relaxed matches.
 *
 * <p>A CAT document's text is rebuilt from its tokens, a space between tokens and a blank line between
 * sentences; its creation time ({@code functionInDocument="CREATION_TIME"}) is the article's date.
 * MEANTIME annotates only the first sentences of each article (the title, the date line and four
 * more), so the text ends with the last sentence that holds any markable: expressions found in
 * unannotated sentences would otherwise count as false positives.
 */
public final class TimexScorer {

    /** A gold temporal expression. */
    public record GoldTimex(CharSpan span, String type, String value) {
        public GoldTimex {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A gold document: its text, its creation date (or {@code null}) and its expressions. */
    public record GoldDocument(String id, String text, LocalDate created, List<GoldTimex> timexes) {
        public GoldDocument {
            timexes = List.copyOf(timexes);
        }
    }

    /** One gold or predicted expression and its counterpart; either side is {@code null} when unmatched. */
    public record Outcome(String document, String text, GoldTimex gold, TimeExpression predicted) {
    }

    /** The figures over a set of documents. */
    public record Result(int documents, int gold, int predicted, int strict, int relaxed, int valueCorrect) {

        public double strictPrecision() {
            return ratio(strict, predicted);
        }

        public double strictRecall() {
            return ratio(strict, gold);
        }

        public double strictF1() {
            return f1(strictPrecision(), strictRecall());
        }

        public double relaxedPrecision() {
            return ratio(relaxed, predicted);
        }

        public double relaxedRecall() {
            return ratio(relaxed, gold);
        }

        public double relaxedF1() {
            return f1(relaxedPrecision(), relaxedRecall());
        }

        /** Correct values over relaxed matches: how well found expressions are normalised. */
        public double valueAccuracy() {
            return ratio(valueCorrect, relaxed);
        }

        /** TempEval-3's value F1: a relaxed match with the right value is a true positive. */
        public double valueF1() {
            return f1(ratio(valueCorrect, predicted), ratio(valueCorrect, gold));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private TimexScorer() {
    }

    /** Every {@code .xml} (CAT) and {@code .tml} (TimeML) file under {@code dir}, in path order. */
    public static List<GoldDocument> read(Path dir) {
        List<Path> files = GoldXml.files(dir, ".xml", ".tml");
        List<GoldDocument> out = new ArrayList<>();
        for (Path f : files) {
            Document doc = GoldXml.parse(f);
            String root = doc.getDocumentElement().getTagName();
            if (root.equals("Document")) {
                out.add(readCat(f, doc.getDocumentElement()));
            } else if (root.equals("TimeML")) {
                out.add(readTimeMl(f, doc.getDocumentElement()));
            }
        }
        return out;
    }

    private static GoldDocument readCat(Path file, Element root) {
        StringBuilder text = new StringBuilder();
        Map<String, CharSpan> tokens = GoldXml.catTokens(root, lastAnnotatedSentence(root), text);
        LocalDate created = null;
        List<GoldTimex> timexes = new ArrayList<>();
        for (Element markables : GoldXml.children(root, "Markables")) {
            for (Element x : GoldXml.children(markables, "TIMEX3")) {
                if (x.getAttribute("functionInDocument").equals("CREATION_TIME")) {
                    created = date(x.getAttribute("value"));
                }
                CharSpan span = GoldXml.anchorSpan(file, x, tokens);
                if (span == null) {
                    continue;
                }
                timexes.add(new GoldTimex(span, x.getAttribute("type"), x.getAttribute("value")));
            }
        }
        return new GoldDocument(file.getFileName().toString(), text.toString(), created, timexes);
    }

    /** The highest sentence number any markable is anchored in. */
    private static int lastAnnotatedSentence(Element root) {
        Map<String, Integer> sentenceOf = new HashMap<>();
        for (Element t : GoldXml.children(root, "token")) {
            sentenceOf.put(t.getAttribute("t_id"), Integer.parseInt(t.getAttribute("sentence")));
        }
        int last = 0;
        NodeList anchors = root.getElementsByTagName("token_anchor");
        for (int i = 0; i < anchors.getLength(); i++) {
            last = Math.max(last, sentenceOf.getOrDefault(((Element) anchors.item(i)).getAttribute("t_id"), 0));
        }
        return last;
    }

    private static GoldDocument readTimeMl(Path file, Element root) {
        LocalDate created = null;
        NodeList all = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < all.getLength(); i++) {
            Element x = (Element) all.item(i);
            if (x.getAttribute("functionInDocument").equals("CREATION_TIME")) {
                created = date(x.getAttribute("value"));
            }
        }
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        for (Element body : GoldXml.children(root, "TEXT")) {
            walk(body, text, timexes);
        }
        return new GoldDocument(file.getFileName().toString(), text.toString(), created, timexes);
    }

    /** Appends the text under {@code node}, recording where each TIMEX3 stands in it. */
    private static void walk(Node node, StringBuilder text, List<GoldTimex> timexes) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node c = children.item(i);
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            } else if (c instanceof Element e) {
                int begin = text.length();
                walk(e, text, timexes);
                if (GoldXml.is(e, "TIMEX3")) {
                    timexes.add(new GoldTimex(new CharSpan(begin, text.length()), e.getAttribute("type"),
                            e.getAttribute("value")));
                }
            }
        }
    }

    /** A creation date as ISO {@code 2009-02-03}, or as one MEANTIME file writes it, {@code 03-02-2009}. */
    private static LocalDate date(String value) {
        try {
            if (value.matches("\\d{2}-\\d{2}-\\d{4}")) {
                return LocalDate.of(Integer.parseInt(value.substring(6)), Integer.parseInt(value.substring(3, 5)),
                        Integer.parseInt(value.substring(0, 2)));
            }
            return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Runs {@code analyze} over each document, dated by its creation time, and scores the expressions. */
    public static Result score(List<GoldDocument> gold, Function<Article, ArticleFacts> analyze,
                               Consumer<Outcome> each) {
        int golds = 0;
        int predictions = 0;
        int strict = 0;
        int relaxed = 0;
        int values = 0;
        for (GoldDocument d : gold) {
            List<TimeExpression> predicted = analyze.apply(Article.of(d.id(), null, d.created(), "en", d.text()))
                    .times();
            golds += d.timexes().size();
            predictions += predicted.size();
            List<TimeExpression> unmatched = new ArrayList<>(predicted);
            for (GoldTimex g : d.timexes()) {
                TimeExpression match = unmatched.stream().filter(p -> p.evidence().span().equals(g.span())).findFirst()
                        .or(() -> unmatched.stream().filter(p -> p.evidence().span().overlaps(g.span())).findFirst())
                        .orElse(null);
                each.accept(new Outcome(d.id(), g.span().of(d.text()), g, match));
                if (match == null) {
                    continue;
                }
                unmatched.remove(match);
                relaxed++;
                if (match.evidence().span().equals(g.span())) {
                    strict++;
                }
                if (match.value().equals(g.value())) {
                    values++;
                }
            }
            unmatched.forEach(p -> each.accept(new Outcome(d.id(), p.evidence().text(), null, p)));
        }
        return new Result(gold.size(), golds, predictions, strict, relaxed, values);
    }
}
