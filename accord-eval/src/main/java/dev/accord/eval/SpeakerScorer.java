package dev.accord.eval;

import dev.accord.model.Actor;
import dev.accord.model.ActorMention;
import dev.accord.model.ArticleFacts;
import dev.accord.model.CharSpan;
import dev.accord.model.Quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores quotes and their speakers against PolNeAR's attribution spans (BRAT standoff: Source, Cue and
 * Content spans tied into one attribution), for Accord and for any other reader given the same article.
 *
 * <p>An attribution is <em>direct</em> when its Content starts with a quotation mark, else <em>reported</em>.
 * It is <em>found</em> when a predicted quote overlaps its Content. Its speaker is <em>right</em> when the
 * predicted quote that overlaps its Content most names a speaker and one of these holds: a span the
 * prediction gives for the speaker (the local mention, or any mention of the person it resolved the
 * speaker to) overlaps the gold Source; or the gold Source's last word is the last word of the
 * predicted speaker's name (the gold is the local mention, often a surname: "Trump" for Donald Trump).
 * Speakers are counted over the attributions that have a Source.
 *
 * <p>The articles are split in two by a seeded shuffle ({@link #SPLIT_SEED}) of their sorted names: rules
 * are tuned, and misses read, only on the tuned part, so the untuned part gives a figure they were not
 * fitted to. An article with several annotators' files is scored on the first by name.
 */
public final class SpeakerScorer {

    /** The seed of the split into a tuned and an untuned part. */
    public static final long SPLIT_SEED = 17_04L;
    private static final String QUOTATION_MARKS = "\"\u201C\u201D\u00AB\u00BB\u201E'\u2018";
    /** A sentence's end between a Source and its quote: a stop, perhaps a closing mark, and a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!][\"\u201D'\u2019]*\\s");
    /** What may stand beside a quote in its paragraph when the quote is all the paragraph says. */
    private static final Pattern NO_WORDS = Pattern.compile("[\\s\\p{Punct}\u2012-\u2015\u201C\u201D\u2019]*");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "one");
    /** Words that open a phrase and are capitalised only for it: "The official", "A spokesman". */
    private static final Set<String> OPENING_WORDS = Set.of("the", "a", "an", "one", "another", "his", "her",
            "their", "its", "our", "some", "several", "two", "three");

    /** A gold attribution: its Content and Source segments (no Source when the annotator marked none). */
    public record GoldAttribution(List<CharSpan> content, List<CharSpan> source, boolean direct) {
        public GoldAttribution {
            content = List.copyOf(content);
            source = List.copyOf(source);
        }
    }

    /** A gold article: its name, text, attributions and whether it is in the tuned part. */
    public record GoldArticle(String name, String text, List<GoldAttribution> attributions, boolean tuned) {
        public GoldArticle {
            attributions = List.copyOf(attributions);
        }
    }

    /**
     * A predicted quote: its parts, the spans that stand for its speaker (none when it has no speaker)
     * and the speaker's name, or {@code null}.
     */
    public record Predicted(List<CharSpan> parts, List<CharSpan> speakerSpans, String speakerName) {
        public Predicted {
            parts = List.copyOf(parts);
            speakerSpans = List.copyOf(speakerSpans);
        }
    }

    /**
     * Quotes found and speakers right for one kind of attribution; {@code unresolved} counts the right speakers
     * that the reader named only by the local words, resolved to no person or actor.
     */
    public record Tally(int gold, int found, int withSource, int right, int unresolved) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(gold + o.gold, found + o.found, withSource + o.withSource, right + o.right,
                    unresolved + o.unresolved);
        }

        public double foundRate() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        /** Speakers right over the attributions with a gold Source. */
        public double rightRate() {
            return withSource == 0 ? 0 : (double) right / withSource;
        }
    }

    /** One reader's figures for direct and reported quotes. */
    public record Figures(Tally direct, Tally reported) {
        static final Figures ZERO = new Figures(Tally.ZERO, Tally.ZERO);

        Figures plus(Figures o) {
            return new Figures(direct.plus(o.direct), reported.plus(o.reported));
        }
    }

    /** Accord's and the other reader's figures over some articles. */
    public record Result(int articles, Figures accord, Figures other) {
        static final Result ZERO = new Result(0, Figures.ZERO, Figures.ZERO);

        Result plus(Result o) {
            return new Result(articles + o.articles, accord.plus(o.accord), other.plus(o.other));
        }
    }

    /** The figures on the tuned part, the untuned part and all. */
    public record Split(Result tuned, Result untuned) {
        public Result all() {
            return tuned.plus(untuned);
        }
    }

    /** Where a gold speaker stands from its quote, read from the text alone (the first that holds, in this order). */
    public enum Place {
        /** The annotator marked no Source. */
        NO_SOURCE,
        /** The quote is its paragraph's only words: the speaker is in another paragraph. */
        QUOTE_ONLY_PARAGRAPH,
        /** The quote opens after a word of its sentence, with no comma or colon before it: quoted words in a clause. */
        INSIDE_SENTENCE,
        /** The Source is in the quote's sentence, beside its cue. */
        SAME_SENTENCE,
        /** The Source is in another sentence of the quote's paragraph, or in the paragraph before or after. */
        NEIGHBOUR_SENTENCE,
        /** The Source is farther away. */
        FARTHER
    }

    /** How the gold Source names the speaker. */
    public enum Naming {
        NONE,
        /** A personal pronoun: "she", "they". */
        PRONOUN,
        /** Words with no capitalised name in them: "the official", "a campaign spokesman". */
        TITLE_ONLY,
        /** A name, perhaps with a title: "Trump", "Sen. Ted Cruz". */
        NAME
    }

    /** One gold attribution with what each reader made of it. */
    public record Outcome(String article, boolean tuned, boolean direct, Place place, Naming naming, String content,
                          String source, boolean accordFound, String accordSpeaker, boolean accordNamed,
                          boolean accordRight, boolean otherFound, String otherSpeaker, boolean otherNamed,
                          boolean otherRight) {
    }

    /**
     * The figures of the direct quotes of one kind: how many, how many each reader found, gave a speaker to
     * (any, right or wrong) and gave the right speaker.
     */
    public record KindTally(int gold, int accordFound, int accordNamed, int accordRight, int otherFound,
                            int otherNamed, int otherRight) {
        static final KindTally ZERO = new KindTally(0, 0, 0, 0, 0, 0, 0);

        KindTally plus(Outcome o) {
            return new KindTally(gold + 1, accordFound + (o.accordFound() ? 1 : 0),
                    accordNamed + (o.accordNamed() ? 1 : 0), accordRight + (o.accordRight() ? 1 : 0),
                    otherFound + (o.otherFound() ? 1 : 0), otherNamed + (o.otherNamed() ? 1 : 0),
                    otherRight + (o.otherRight() ? 1 : 0));
        }
    }

    /**
     * The direct quotes of one part ({@code tuned} or not) by where their speaker stands and by how it is named,
     * in the order of {@link Place} and then {@link Naming}: a kind the untuned part is weak on and the tuned part
     * strong on shows a rule fitted to the tuned part, and a kind both are weak on shows what is missing.
     */
    public static Map<String, KindTally> directKinds(List<Outcome> outcomes, boolean tuned) {
        Map<String, KindTally> out = new LinkedHashMap<>();
        for (Place p : Place.values()) {
            out.put("where: " + p.name().toLowerCase(Locale.ROOT).replace('_', ' '), KindTally.ZERO);
        }
        for (Naming n : Naming.values()) {
            out.put("named: " + n.name().toLowerCase(Locale.ROOT).replace('_', ' '), KindTally.ZERO);
        }
        for (Outcome o : outcomes) {
            if (o.direct() && o.tuned() == tuned) {
                out.computeIfPresent("where: " + o.place().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        (k, t) -> t.plus(o));
                out.computeIfPresent("named: " + o.naming().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        (k, t) -> t.plus(o));
            }
        }
        return out;
    }

    /** The two readers' quotes for one article. */
    public record Predictions(List<Predicted> accord, List<Predicted> other) {
    }

    private SpeakerScorer() {
    }

    /** The articles of a PolNeAR folder ({@code text/NAME.txt}, {@code attributions/NAME_ANNOTATOR.ann}). */
    public static List<GoldArticle> read(Path dir) {
        Map<String, Path> annotations = new HashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String file = f.getFileName().toString();
                annotations.putIfAbsent(file.substring(0, file.lastIndexOf('_')), f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the attribution files under " + dir, e);
        }
        List<String> names = new ArrayList<>(annotations.keySet());
        Collections.sort(names);
        boolean[] tuned = TunedHalf.of(names.size(), SPLIT_SEED);
        List<GoldArticle> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String text = readString(dir.resolve("text").resolve(name + ".txt"));
            out.add(new GoldArticle(name, text, attributions(text, annotations.get(name)), tuned[i]));
        }
        return out;
    }

    private static List<GoldAttribution> attributions(String text, Path ann) {
        Map<String, List<CharSpan>> spans = new HashMap<>();
        List<Map<String, String>> relations = new ArrayList<>();
        for (String line : readString(ann).split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndOffsets = cols[1].split(" ", 2);
                List<CharSpan> segments = new ArrayList<>();
                for (String segment : typeAndOffsets[1].split(";")) {
                    String[] be = segment.trim().split(" ");
                    segments.add(new CharSpan(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
                }
                spans.put(cols[0], segments);
            } else if (cols[0].startsWith("E")) {
                relations.add(Stream.of(cols[1].trim().split(" ")).map(a -> a.split(":", 2))
                        .collect(Collectors.toMap(a -> a[0].replaceAll("\\d+$", ""), a -> a[1], (a, b) -> a)));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (Map<String, String> r : relations) {
            List<CharSpan> content = spans.get(r.get("Content"));
            if (content == null) {
                continue;
            }
            List<CharSpan> source = r.containsKey("Source") ? spans.get(r.get("Source")) : List.of();
            boolean direct = QUOTATION_MARKS.indexOf(text.charAt(content.get(0).begin())) >= 0;
            out.add(new GoldAttribution(content, source, direct));
        }
        return out;
    }

    /** Accord's quotes: each speaker stands for the local mention and every mention of the resolved actor. */
    public static List<Predicted> accord(ArticleFacts facts) {
        Map<String, Actor> actors = facts.actors().stream().collect(Collectors.toMap(Actor::id, a -> a, (a, b) -> a));
        List<Predicted> out = new ArrayList<>();
        for (Quote q : facts.quotes()) {
            List<CharSpan> speaker = new ArrayList<>();
            Actor actor = q.speaker() == null ? null : actors.get(q.speaker());
            if (q.speakerMention() != null) {
                speaker.add(q.speakerMention().span());
            }
            if (actor != null) {
                actor.mentions().stream().map(ActorMention::evidence).map(e -> e.span()).forEach(speaker::add);
            }
            out.add(new Predicted(q.parts().stream().map(p -> p.span()).toList(), speaker,
                    actor == null ? null : actor.name()));
        }
        return out;
    }

    /** Scores every article with {@code read}'s predictions, one outcome per gold attribution. */
    public static Split score(List<GoldArticle> articles, Function<GoldArticle, Predictions> read,
                              Consumer<Outcome> outcomes) {
        Result tuned = Result.ZERO;
        Result untuned = Result.ZERO;
        for (GoldArticle article : articles) {
            Predictions p = read.apply(article);
            Figures accord = Figures.ZERO;
            Figures other = Figures.ZERO;
            for (GoldAttribution g : article.attributions()) {
                Predicted a = best(g, p.accord());
                Predicted o = best(g, p.other());
                accord = accord.plus(figures(g, a, article.text()));
                other = other.plus(figures(g, o, article.text()));
                String text = article.text();
                outcomes.accept(new Outcome(article.name(), article.tuned(), g.direct(), place(g, text),
                        naming(g, text), join(g.content(), text), join(g.source(), text), a != null,
                        a == null ? null : a.speakerName(), names(a), right(g, a, text), o != null,
                        o == null ? null : o.speakerName(), names(o), right(g, o, text)));
            }
            Result r = new Result(1, accord, other);
            if (article.tuned()) {
                tuned = tuned.plus(r);
            } else {
                untuned = untuned.plus(r);
            }
        }
        return new Split(tuned, untuned);
    }

    private static boolean names(Predicted p) {
        return p != null && (!p.speakerSpans().isEmpty() || p.speakerName() != null);
    }

    /** Where {@code g}'s Source stands from its Content; see {@link Place}. */
    static Place place(GoldAttribution g, String text) {
        if (g.source().isEmpty()) {
            return Place.NO_SOURCE;
        }
        int begin = g.content().stream().mapToInt(CharSpan::begin).min().orElseThrow();
        int end = g.content().stream().mapToInt(CharSpan::end).max().orElseThrow();
        int paragraph = paragraphStart(text, begin);
        int paragraphEnd = paragraphEnd(text, end);
        String before = text.substring(paragraph, begin);
        if (NO_WORDS.matcher(before).matches() && NO_WORDS.matcher(text.substring(end, paragraphEnd)).matches()) {
            return Place.QUOTE_ONLY_PARAGRAPH;
        }
        String lead = before.stripTrailing();
        if (!lead.isEmpty() && Character.isLetterOrDigit(lead.charAt(lead.length() - 1))) {
            return Place.INSIDE_SENTENCE;
        }
        CharSpan source = new CharSpan(g.source().stream().mapToInt(CharSpan::begin).min().orElseThrow(),
                g.source().stream().mapToInt(CharSpan::end).max().orElseThrow());
        // After the quote, the quote's own last stop counts: {@code ..." She said} is the next sentence.
        String between = source.begin() >= end ? text.substring(Math.max(begin, end - 2), source.begin())
                : source.end() <= begin ? text.substring(source.end(), begin) : "";
        if (!between.contains("\n") && !SENTENCE_END.matcher(between).find()) {
            return Place.SAME_SENTENCE;
        }
        int from = paragraph < 2 ? 0 : paragraphStart(text, nonBlankBefore(text, paragraph - 1));
        int to = paragraphEnd >= text.length() ? text.length() : paragraphEnd(text, nonBlankAfter(text, paragraphEnd));
        return source.begin() >= from && source.end() <= to ? Place.NEIGHBOUR_SENTENCE : Place.FARTHER;
    }

    private static int paragraphStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    private static int paragraphEnd(String text, int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline;
    }

    /** The last offset before {@code offset} that is not blank, so that a blank line is no paragraph. */
    private static int nonBlankBefore(String text, int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int nonBlankAfter(String text, int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** How {@code g}'s Source names the speaker; see {@link Naming}. */
    static Naming naming(GoldAttribution g, String text) {
        if (g.source().isEmpty()) {
            return Naming.NONE;
        }
        String source = join(g.source(), text).strip();
        if (PRONOUNS.contains(source.toLowerCase(Locale.ROOT))) {
            return Naming.PRONOUN;
        }
        String[] words = source.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            boolean capital = !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0));
            if (capital && !(i == 0 && OPENING_WORDS.contains(words[i].toLowerCase(Locale.ROOT)))) {
                return Naming.NAME;
            }
        }
        return Naming.TITLE_ONLY;
    }

    /** The predicted quote that overlaps the gold Content most, or {@code null}. */
    private static Predicted best(GoldAttribution g, List<Predicted> predicted) {
        Predicted best = null;
        int most = 0;
        for (Predicted p : predicted) {
            int overlap = 0;
            for (CharSpan part : p.parts()) {
                for (CharSpan c : g.content()) {
                    overlap += Math.max(0, Math.min(part.end(), c.end()) - Math.max(part.begin(), c.begin()));
                }
            }
            if (overlap > most) {
                most = overlap;
                best = p;
            }
        }
        return best;
    }

    private static Figures figures(GoldAttribution g, Predicted p, String text) {
        boolean hasSource = !g.source().isEmpty();
        boolean right = hasSource && right(g, p, text);
        Tally t = new Tally(1, p == null ? 0 : 1, hasSource ? 1 : 0, right ? 1 : 0,
                right && p.speakerName() == null ? 1 : 0);
        return g.direct() ? new Figures(t, Tally.ZERO) : new Figures(Tally.ZERO, t);
    }

    private static boolean right(GoldAttribution g, Predicted p, String text) {
        if (p == null || g.source().isEmpty() || p.speakerSpans().isEmpty() && p.speakerName() == null) {
            return false;
        }
        boolean overlaps = p.speakerSpans().stream().anyMatch(s -> g.source().stream().anyMatch(s::overlaps));
        return overlaps || p.speakerName() != null
                && lastWord(join(g.source(), text)).equals(lastWord(p.speakerName()));
    }

    private static String lastWord(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
        return w[w.length - 1];
    }

    private static String join(List<CharSpan> spans, String text) {
        return spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" "));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
