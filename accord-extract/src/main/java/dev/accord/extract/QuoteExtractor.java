package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Evidence;
import dev.accord.model.Provenance;
import dev.accord.model.Quote;
import dev.accord.model.QuoteKind;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct and reported speech, each attributed to the actor who said it.
 *
 * <p>Direct quotes are the words between quotation marks (straight, typographic, two apostrophes, «guillemets»),
 * joined across paragraphs when a quote runs on (a paragraph that opens a quote without closing it)
 * and across an attribution that splits them ({@code "A," she said. "B."}). A quote is attributed by the words
 * next to its marks, else by a speaker and cue ending its sentence, a dash and a name after it, or a paragraph
 * ending "X continued:" before it; failing those it takes the speaker of the nearest attributed quote of its
 * paragraph, or, when it opens its paragraph, of the paragraph before; failing all, a quote of six words or more
 * with no speech cue in its sentences takes the last person named before it outside quotation marks in its paragraph (or the paragraph before, when
 * it opens its own), with no cue. Reported speech is a
 * sentence in which a resolved actor is followed by a speech verb ("X said that ...", "X noted ..."),
 * an inverted attribution ("..., said X") or "according to X". The speaker must be an actor the
 * {@link ActorExtractor} resolved, pronouns included; short scare quotes without an attribution are
 * left alone.
 */
public final class QuoteExtractor implements Extractor {

    private static final Set<String> CUES = WordList.set("quote-cues");
    /** Cues that report speech even without "that": "X said the talks were productive". */
    private static final Set<String> SAYING = WordList.set("saying-cues");
    private static final String OPENING = "\u201C\u00AB\u201E";
    private static final String CLOSING = "\u201D\u00BB";
    private static final int MIN_UNATTRIBUTED_WORDS = 6;
    private static final Pattern VENUE = Pattern.compile(
            "\\A(?:In|During|At|Speaking (?:at|to|in|during)|Speaking) (?:an? |the )?(?:\\p{L}+ )?"
                    + "(?:interview|press conference|news conference|speech|statement|meeting|briefing|address|"
                    + "forum|summit|session)\\b[^,]*");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to ");

    @Override
    public String stage() {
        return "quotes";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ARTICLE, Slot.ANNOTATION, Slot.ACTORS);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.QUOTES);
    }

    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        analysis.put(Slot.QUOTES, extract(analysis.get(Slot.ARTICLE), analysis.get(Slot.ANNOTATION),
                analysis.get(Slot.ACTORS), provenance));
    }

    public List<Quote> extract(Article article, AnnotatedText annotated, List<Actor> actors, Provenance provenance) {
        Speakers speakers = new Speakers(actors);
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        List<CharSpan> quoted = new ArrayList<>();
        List<List<CharSpan>> chains = directChains(text);
        List<Optional<Attribution>> attributions = new ArrayList<>();
        for (List<CharSpan> chain : chains) {
            // The attribution follows a part (the last, or the one it splits the quote after) or precedes the first;
            // else it ends the quote's sentence, or a dash after the quote names the speaker.
            CharSpan last = chain.get(chain.size() - 1);
            attributions.add(chain.stream()
                    .map(part -> after(text, annotated, speakers, part)).flatMap(Optional::stream).findFirst()
                    .or(() -> before(text, annotated, speakers, chain.get(0)))
                    .or(() -> laterInSentence(text, annotated, speakers, last))
                    .or(() -> dashed(annotated, speakers, last)));
        }
        for (int c = 0; c < chains.size(); c++) {
            List<CharSpan> chain = chains.get(c);
            Optional<Attribution> attribution = attributions.get(c)
                    .or(() -> introduced(text, annotated, speakers, chain.get(0)));
            if (attribution.isEmpty()) {
                attribution = neighbour(text, chains, attributions, c);
            }
            int words = chain.stream().mapToInt(s -> s.of(text).split("\\s+").length).sum();
            if (attribution.isEmpty() && words >= MIN_UNATTRIBUTED_WORDS && !hasCue(annotated, chain)) {
                attribution = lastPersonBefore(text, speakers, chains, chain.get(0));
            }
            attributions.set(c, attribution);
            chain.forEach(s -> quoted.add(new CharSpan(s.begin() - 1, Math.min(text.length(), s.end() + 1))));
            if (attribution.isEmpty() && words < MIN_UNATTRIBUTED_WORDS) {
                continue;
            }
            List<Evidence> parts = chain.stream().map(s -> Evidence.of(article, s)).toList();
            quotes.add(quote(article, QuoteKind.DIRECT, parts, attribution.orElse(null), null, provenance));
        }
        for (Sentence s : annotated.sentences()) {
            if (quoted.stream().anyMatch(q -> q.overlaps(s.span()))) {
                continue;
            }
            reported(article, annotated, speakers, s, provenance).ifPresent(quotes::add);
        }
        quotes.sort(Comparator.comparing(q -> q.parts().get(0)));
        return quotes;
    }

    /** Who said it: the actor (or null), the words naming them and the cue (null when only the context tells). */
    private record Attribution(Actor speaker, CharSpan speakerSpan, CharSpan cue) {
    }

    /** Actor mentions by span, to find who stands at a place in the text. */
    private static final class Speakers {
        final TreeMap<CharSpan, Actor> bySpan = new TreeMap<>();

        Speakers(List<Actor> actors) {
            for (Actor a : actors) {
                for (ActorMention m : a.mentions()) {
                    bySpan.put(m.evidence().span(), a);
                }
            }
        }

        Optional<Map.Entry<CharSpan, Actor>> startingAt(int offset) {
            return bySpan.entrySet().stream().filter(e -> e.getKey().begin() == offset).findFirst();
        }

        Optional<Map.Entry<CharSpan, Actor>> endingAt(int offset) {
            return bySpan.entrySet().stream().filter(e -> e.getKey().end() == offset).findFirst();
        }

        /** The person whose role evidence ends at {@code offset}, with their name just before it. */
        Optional<Map.Entry<CharSpan, Actor>> withRoleEndingAt(String text, int offset) {
            return bySpan.entrySet().stream()
                    .filter(e -> e.getValue().roleEvidence() != null && e.getValue().roleEvidence().span().end() == offset)
                    .filter(e -> e.getKey().end() <= e.getValue().roleEvidence().span().begin()
                            && text.substring(e.getKey().end(), e.getValue().roleEvidence().span().begin()).matches(",\\s*(the\\s+)?"))
                    .findFirst();
        }
    }

    /**
     * The spans inside quotation marks, grouped into quotes: a quote left open at a paragraph's end
     * runs on into the next paragraph when that opens with a quotation mark, and a quote split by an
     * attribution continues after it.
     */
    static List<List<CharSpan>> directChains(String text) {
        List<List<CharSpan>> chains = new ArrayList<>();
        List<CharSpan> current = null;
        int open = -1;
        boolean runsOn = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Two apostrophes stand for a straight quotation mark in typewritten and wire text ('' ... '').
            boolean doubled = text.startsWith("''", i);
            boolean straight = c == '"' || doubled;
            // A paragraph may open with a closing mark typed for an opening one.
            boolean misturned = CLOSING.indexOf(c) >= 0 && (i == 0 || text.charAt(i - 1) == '\n');
            if (open < 0 && (OPENING.indexOf(c) >= 0 || misturned || straight && opensHere(text, i))) {
                open = i + (doubled ? 2 : 1);
                if (!runsOn && !continuesSplitQuote(text, current, i)) {
                    current = new ArrayList<>();
                    chains.add(current);
                }
                runsOn = false;
            } else if (open >= 0 && (CLOSING.indexOf(c) >= 0 || straight)) {
                current.add(new CharSpan(open, i));
                open = -1;
            } else if (open >= 0 && c == '\n') {
                current.add(new CharSpan(open, i));
                open = -1;
                runsOn = i + 1 < text.length() && (OPENING.indexOf(text.charAt(i + 1)) >= 0 || text.charAt(i + 1) == '"'
                        || text.startsWith("''", i + 1));
            }
            if (doubled) {
                i++;
            }
        }
        if (open >= 0 && open < text.length()) {
            current.add(new CharSpan(open, text.length()));
        }
        chains.removeIf(List::isEmpty);
        return chains;
    }

    private static boolean opensHere(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** {@code "A," she said. "B."}: the second quote continues the first when only a short attribution parts them. */
    private static boolean continuesSplitQuote(String text, List<CharSpan> current, int openMark) {
        if (current == null || current.isEmpty()) {
            return false;
        }
        int closed = current.get(current.size() - 1).end() + 1;
        if (closed > openMark) {
            return false;
        }
        String between = text.substring(closed, openMark);
        return between.length() < 60 && !between.contains("\n") && between.strip().matches("[,.]?.*\\b("
                + String.join("|", CUES) + ")\\b.*[.,:]");
    }

    /** {@code ," she said} or {@code ," said Shaimergenova} right after the closing mark. */
    private Optional<Attribution> after(String text, AnnotatedText a, Speakers speakers, CharSpan quote) {
        List<Token> tokens = a.tokens();
        int i = indexAt(tokens, quote.end() + 1);
        while (i >= 0 && i < tokens.size() && isPunctuation(tokens.get(i))
                && tokens.get(i).span().begin() <= quote.end() + 2) {
            i++;
        }
        if (i < 0 || i >= tokens.size() || crossesParagraph(text, quote.end(), tokens.get(i).span().begin())) {
            return Optional.empty();
        }
        Token first = tokens.get(i);
        // A title or two may stand before the name: "said Foreign Minister X", "President X said".
        for (int k = isCue(first) ? i + 1 : i; k < Math.min(tokens.size(), i + 5); k++) {
            Optional<Map.Entry<CharSpan, Actor>> speaker = speakerNamedAt(speakers, tokens, k);
            if (speaker.isPresent()) {
                if (isCue(first)) {
                    return Optional.of(new Attribution(speaker.get().getValue(), speaker.get().getKey(), first.span()));
                }
                int cue = indexAt(tokens, speaker.get().getKey().end());
                return cue >= 0 && isCue(tokens.get(cue))
                        ? Optional.of(new Attribution(speaker.get().getValue(), speaker.get().getKey(),
                        tokens.get(cue).span()))
                        : Optional.empty();
            }
            if (!tokens.get(k).ner().equals("TITLE") && !tokens.get(k).pos().equals("DT")
                    && !tokens.get(k).pos().startsWith("JJ") && !tokens.get(k).pos().equals("NNP")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker whose name starts at token {@code i}: a person after a state's or body's name that only
     * qualifies their title ("said Kazakh Foreign Minister X"), else the actor named there.
     */
    private static Optional<Map.Entry<CharSpan, Actor>> speakerNamedAt(Speakers speakers, List<Token> tokens, int i) {
        Optional<Map.Entry<CharSpan, Actor>> speaker = speakerAt(speakers, tokens, i);
        if (speaker.isPresent() && speaker.get().getValue().kind() != ActorKind.PERSON) {
            Optional<Map.Entry<CharSpan, Actor>> person = personAfterTitle(speakers, tokens,
                    indexAt(tokens, speaker.get().getKey().end()), i + 6);
            return person.isPresent() ? person : speaker;
        }
        return speaker;
    }

    /** The person named after title words from token {@code from} (before {@code limit}), if any. */
    private static Optional<Map.Entry<CharSpan, Actor>> personAfterTitle(Speakers speakers, List<Token> tokens,
                                                                          int from, int limit) {
        for (int j = Math.max(0, from); j < Math.min(tokens.size(), limit); j++) {
            Optional<Map.Entry<CharSpan, Actor>> person = speakerAt(speakers, tokens, j)
                    .filter(e -> e.getValue().kind() == ActorKind.PERSON);
            if (person.isPresent()) {
                return person;
            }
            if (!tokens.get(j).ner().equals("TITLE") && !tokens.get(j).pos().startsWith("NNP")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code She said: "...} just before the opening mark, in the same paragraph. */
    private Optional<Attribution> before(String text, AnnotatedText a, Speakers speakers, CharSpan quote) {
        List<Token> tokens = a.tokens();
        int i = indexAt(tokens, quote.begin() - 1) - 1;
        if (i >= 0 && (tokens.get(i).word().equals(":") || tokens.get(i).word().equals(","))) {
            i--;
        }
        if (i < 1 || !isCue(tokens.get(i)) || crossesParagraph(text, tokens.get(i).span().end(), quote.begin())) {
            return Optional.empty();
        }
        Token cue = tokens.get(i);
        return speakers.endingAt(tokens.get(i - 1).span().end())
                .map(s -> new Attribution(s.getValue(), s.getKey(), cue.span()));
    }

    /**
     * {@code "..." for criminal behaviour, she said.}: a speaker and a cue that end the quote's sentence, the
     * speaker on either side of the cue, with no other quote between.
     */
    private Optional<Attribution> laterInSentence(String text, AnnotatedText a, Speakers speakers, CharSpan quote) {
        List<Token> tokens = a.tokens();
        Optional<Sentence> sentence = a.sentences().stream()
                .filter(s -> s.span().begin() <= quote.end() && quote.end() < s.span().end()).findFirst();
        int from = indexAt(tokens, quote.end() + 1);
        if (sentence.isEmpty() || from < 0) {
            return Optional.empty();
        }
        for (int i = from + 1; i < sentence.get().endToken() - 1; i++) {
            Token t = tokens.get(i);
            if (isQuotationMark(t) || crossesParagraph(text, quote.end(), t.span().begin())) {
                return Optional.empty();
            }
            if (!isCue(t)) {
                continue;
            }
            int next = i + 1;
            Optional<Map.Entry<CharSpan, Actor>> who = speakers.endingAt(tokens.get(i - 1).span().end())
                    .or(() -> speakerNamedAt(speakers, tokens, next));
            if (who.isPresent()) {
                return Optional.of(new Attribution(who.get().getValue(), who.get().getKey(), t.span()));
            }
        }
        return Optional.empty();
    }

    /** {@code "..." ― Ana Ruiz}: a dash after the closing mark and the speaker's name; the dash is the cue. */
    private static Optional<Attribution> dashed(AnnotatedText a, Speakers speakers, CharSpan quote) {
        List<Token> tokens = a.tokens();
        int i = indexAt(tokens, quote.end() + 1);
        if (i < 0 || i + 1 >= tokens.size() || !tokens.get(i).word().matches("[\u2012-\u2015-]+")) {
            return Optional.empty();
        }
        Token dash = tokens.get(i);
        return speakerAt(speakers, tokens, i + 1)
                .map(s -> new Attribution(s.getValue(), s.getKey(), dash.span()));
    }

    /**
     * {@code Caddell continued:} ending the paragraph before the one the quote opens: the speaker and cue
     * that introduce it.
     */
    private Optional<Attribution> introduced(String text, AnnotatedText a, Speakers speakers, CharSpan quote) {
        int paragraph = paragraphStart(text, quote.begin() - 1);
        if (paragraph != quote.begin() - 1 || paragraph < 2) {
            return Optional.empty();
        }
        int end = paragraph - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end < 2 || text.charAt(end - 1) != ':') {
            return Optional.empty();
        }
        List<Token> tokens = a.tokens();
        int colon = indexAt(tokens, end - 1);
        if (colon < 2 || !isCue(tokens.get(colon - 1))) {
            return Optional.empty();
        }
        Token cue = tokens.get(colon - 1);
        return speakers.endingAt(tokens.get(colon - 2).span().end())
                .map(s -> new Attribution(s.getValue(), s.getKey(), cue.span()));
    }

    /**
     * A quote with no attribution of its own takes the speaker of a quote next to it: the nearest attributed
     * quote of its paragraph (before it first), else, when its paragraph opens with it, the last attributed
     * quote of the paragraph before (a speaker who goes on for another paragraph).
     */
    private static Optional<Attribution> neighbour(String text, List<List<CharSpan>> chains,
                                                   List<Optional<Attribution>> attributions, int c) {
        int begin = chains.get(c).get(0).begin();
        int paragraph = paragraphStart(text, begin - 1);
        int paragraphEnd = text.indexOf('\n', chains.get(c).get(chains.get(c).size() - 1).end());
        int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
        for (int k = c - 1; k >= 0 && chains.get(k).get(0).begin() >= paragraph; k--) {
            if (attributions.get(k).isPresent()) {
                return attributions.get(k);
            }
        }
        for (int k = c + 1; k < chains.size() && chains.get(k).get(0).begin() < end; k++) {
            if (attributions.get(k).isPresent()) {
                return attributions.get(k);
            }
        }
        if (paragraph != begin - 1 || c == 0) {
            return Optional.empty();
        }
        int previous = paragraphStart(text, Math.max(0, paragraph - 2));
        while (previous > 0 && text.substring(previous, paragraph).isBlank()) {
            previous = paragraphStart(text, previous - 2);
        }
        for (int k = c - 1; k >= 0 && chains.get(k).get(0).begin() >= previous; k--) {
            if (attributions.get(k).isPresent()) {
                return attributions.get(k);
            }
        }
        return Optional.empty();
    }

    /**
     * A quote that nothing attributes, and whose sentence has no speech cue of its own, takes the last person
     * named before it, outside quotation marks, in its paragraph, or in the paragraph before when it opens its
     * own: news introduces a speaker and then quotes them ("Ruiz spoke to farmers in Leon. \u201CWe will
     * ...\u201D"). There is no cue.
     */
    private static Optional<Attribution> lastPersonBefore(String text, Speakers speakers, List<List<CharSpan>> chains,
                                                          CharSpan quote) {
        int paragraph = paragraphStart(text, quote.begin() - 1);
        int from = paragraph == quote.begin() - 1 && paragraph >= 2 ? paragraphStart(text, paragraph - 2) : paragraph;
        return speakers.bySpan.headMap(new CharSpan(quote.begin() - 1, quote.begin() - 1), false).descendingMap().entrySet()
                .stream()
                .takeWhile(e -> e.getKey().begin() >= from)
                .filter(e -> e.getValue().kind() == ActorKind.PERSON && e.getKey().end() < quote.begin())
                .filter(e -> chains.stream().flatMap(List::stream).noneMatch(q -> q.contains(e.getKey())))
                .findFirst()
                .map(e -> new Attribution(e.getValue(), e.getKey(), null));
    }

    /**
     * Whether a speech cue stands outside the quote in a sentence that holds a part of it: someone said it whom
     * Accord has not resolved ("a diplomat said"), so the quote is not the last named person's.
     */
    private static boolean hasCue(AnnotatedText a, List<CharSpan> chain) {
        return a.sentences().stream()
                .filter(s -> chain.stream().anyMatch(part -> part.overlaps(s.span())))
                .flatMap(s -> a.tokens().subList(s.firstToken(), s.endToken()).stream())
                .anyMatch(t -> isCue(t) && chain.stream().noneMatch(part -> part.contains(t.span())));
    }

    /** Where the paragraph holding {@code offset} starts: just after the newline before it. */
    private static int paragraphStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    /** Reported speech in one sentence outside any direct quote. */
    private Optional<Quote> reported(Article article, AnnotatedText a, Speakers speakers, Sentence s,
                                     Provenance provenance) {
        String text = article.text();
        List<Token> tokens = a.tokens().subList(s.firstToken(), s.endToken());
        int end = contentEnd(tokens);
        Matcher according = ACCORDING_TO.matcher(text).region(s.span().begin(), s.span().end());
        if (according.find()) {
            int at = according.end() + (text.startsWith("the ", according.end()) ? 4 : 0);
            Optional<Map.Entry<CharSpan, Actor>> who = speakers.startingAt(at);
            int comma = who.isPresent() ? text.indexOf(',', who.get().getKey().end()) : -1;
            if (who.isPresent() && comma > 0 && comma < end - 10) {
                CharSpan content = trimmed(text, new CharSpan(comma + 1, end));
                CharSpan cue = new CharSpan(according.start(), according.end() - 1);
                return Optional.of(quote(article, QuoteKind.REPORTED, List.of(Evidence.of(article, content)),
                        new Attribution(who.get().getValue(), who.get().getKey(), cue), null, provenance));
            }
        }
        for (int i = 1; i < tokens.size() - 1; i++) {
            Token cue = tokens.get(i);
            if (!isCue(cue)) {
                continue;
            }
            // "X said", or "X also said" with one adverb between.
            Token previous = tokens.get(i - 1);
            Optional<Map.Entry<CharSpan, Actor>> subject = speakers.endingAt(previous.span().end());
            if (subject.isEmpty() && previous.pos().equals("RB") && i >= 2) {
                subject = speakers.endingAt(tokens.get(i - 2).span().end());
            }
            if (subject.isEmpty() && previous.word().equals(",")) {
                // "X, director of Y, said ...": the appositive that gave X's role ends at the comma.
                subject = speakers.withRoleEndingAt(text, previous.span().begin());
            }
            if (subject.isPresent()) {
                int from = i + 1;
                if (cue.word().startsWith("tell") || cue.word().equals("told")) {
                    while (from < tokens.size() && !tokens.get(from).word().equals("that")) {
                        from++;
                    }
                }
                boolean that = from < tokens.size() && tokens.get(from).word().equals("that");
                if (that) {
                    from++;
                } else if (!SAYING.contains(cue.word().toLowerCase(Locale.ROOT))) {
                    // "stressed the importance of ...": without "that", most cues take an object, not speech.
                    continue;
                }
                if (from < tokens.size() - 3 && tokens.get(from).span().begin() < end) {
                    CharSpan content = trimmed(text, new CharSpan(tokens.get(from).span().begin(), end));
                    Evidence venue = venue(article, s, subject.get().getKey());
                    return Optional.of(quote(article, QuoteKind.REPORTED, List.of(Evidence.of(article, content)),
                            new Attribution(subject.get().getValue(), subject.get().getKey(), cue.span()), venue,
                            provenance));
                }
            }
            if (i >= 3 && tokens.get(i - 1).word().equals(",")) {
                Optional<Map.Entry<CharSpan, Actor>> inverted = speakerNamedAt(speakers, a.tokens(),
                        s.firstToken() + i + 1);
                if (inverted.isPresent()) {
                    CharSpan content = trimmed(text, new CharSpan(s.span().begin(), tokens.get(i - 1).span().begin()));
                    return Optional.of(quote(article, QuoteKind.REPORTED, List.of(Evidence.of(article, content)),
                            new Attribution(inverted.get().getValue(), inverted.get().getKey(), cue.span()), null,
                            provenance));
                }
            }
        }
        return Optional.empty();
    }

    /** "In an interview with CGTN in Astana, X said ...": the words before the speaker that say where. */
    private static Evidence venue(Article article, Sentence s, CharSpan speaker) {
        Matcher m = VENUE.matcher(article.text()).region(s.span().begin(), speaker.begin());
        return m.lookingAt() ? Evidence.of(article, new CharSpan(m.start(), m.end())) : null;
    }

    private static Quote quote(Article article, QuoteKind kind, List<Evidence> parts, Attribution by, Evidence venue,
                               Provenance provenance) {
        Actor speaker = by == null ? null : by.speaker();
        boolean official = speaker != null && speaker.official();
        return new Quote("q" + parts.get(0).span().begin(), kind, parts, speaker == null ? null : speaker.id(),
                by == null ? null : Evidence.of(article, by.speakerSpan()),
                by == null || by.cue() == null ? null : Evidence.of(article, by.cue()), venue, official,
                official ? onBehalfOf(speaker) : null, provenance);
    }

    /** The state or IGO an official speaks for. */
    private static String onBehalfOf(Actor official) {
        return official.kind() == ActorKind.IGO ? official.code() : official.country();
    }

    private static Optional<Map.Entry<CharSpan, Actor>> speakerAt(Speakers speakers, List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        return speakers.startingAt(tokens.get(i).span().begin());
    }

    /** Where the reported words end: before the sentence's final punctuation. */
    private static int contentEnd(List<Token> tokens) {
        int last = tokens.size() - 1;
        while (last > 0 && isPunctuation(tokens.get(last))) {
            last--;
        }
        return tokens.get(last).span().end();
    }

    private static CharSpan trimmed(String text, CharSpan span) {
        int b = span.begin();
        int e = span.end();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return new CharSpan(b, e);
    }

    private static boolean isCue(Token t) {
        return CUES.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().startsWith("VB");
    }

    private static boolean isQuotationMark(Token t) {
        return t.word().equals("\"") || t.word().equals("``") || t.word().equals("''")
                || t.word().chars().anyMatch(ch -> OPENING.indexOf(ch) >= 0 || CLOSING.indexOf(ch) >= 0);
    }

    private static boolean isPunctuation(Token t) {
        return !t.word().isEmpty() && t.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean crossesParagraph(String text, int from, int to) {
        return from < to && text.substring(from, to).contains("\n");
    }

    private static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().begin() >= offset) {
                return i;
            }
        }
        return -1;
    }
}
