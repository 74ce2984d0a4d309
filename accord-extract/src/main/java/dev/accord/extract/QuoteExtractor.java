package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Direct and reported speech, each attributed to the actor who said it.
 *
 * <p>Direct quotes are the words between quotation marks (straight, typographic, two apostrophes, «guillemets»,
 * single marks), joined across paragraphs when a quote runs on (a paragraph that opens a quote without closing
 * it) and across an attribution that splits them ({@code "A," she said. "B."}). A quote is attributed by the words
 * next to its marks ({@code ," said X}, {@code ," X, a historian who was there, recalled}, {@code X told
 * reporters on Monday, "}, {@code X attacked Y, saying, "}, {@code quoted X as saying, "}, {@code ," according
 * to X}, {@code According to X, "}), else by a speaker and cue ending its sentence, a cue and its subject
 * earlier in its sentence (words quoted inside reported speech: {@code X said the plan was "a disaster"}, or
 * after a verb of naming, likening, citing or judging, or "as X put it"), a dash and a name after it, or a
 * paragraph ending "X continued:" before it;
 * failing those it takes the speaker of the nearest attributed quote of its paragraph, or, when it opens its
 * paragraph, of the paragraph before, unless it is a scare quote (one or two words inside a sentence that
 * has no speech cue), which is nobody's speech; failing all, a quote of six words or more with no speech cue in
 * its sentences takes the last person named before it outside quotation marks in its paragraph (or the paragraph
 * before, when it opens its own), with no cue.
 *
 * <p>The speaker beside a cue is the noun phrase there ({@link SpeakerPhrase}): the actor the
 * {@link ActorExtractor} resolved whose mention ends or opens it, pronouns included (but "he" or "she" skips a
 * person whose title, "Mr." or "Mrs.", calls for the other pronoun); else, for a spokesperson,
 * an official or a statement, the body named with them ("a Home Office spokesman"); else, for a definite title
 * ("the minister", "the senator", "the official"), the one person given that role, another form of its title
 * or a role of the sector it names before it, or the one of them named in the last few paragraphs; else no
 * actor, the phrase kept as the speaker's mention ("the union", "a reader"), so that the quote still says who
 * spoke. Reported speech is a sentence in which a resolved actor is followed by a speech verb ("X said that
 * ...", "X noted ..."), an inverted attribution ("..., said X") or "according to X", and needs a resolved actor;
 * short scare quotes without an attribution are left alone.
 */
public final class QuoteExtractor implements Extractor {

    private static final Set<String> CUES = WordList.set("quote-cues");
    /** Cues that report speech even without "that": "X said the talks were productive". */
    private static final Set<String> SAYING = WordList.set("saying-cues");
    private static final String OPENING = "\u201C\u00AB\u201E";
    private static final String CLOSING = "\u201D\u00BB";
    private static final Set<String> PARTICIPLE_CUES = WordList.set("participle-cues");
    private static final Set<String> NAMING = WordList.set("naming-cues");
    private static final Set<String> JUDGING = WordList.set("judging-cues");
    private static final Set<String> AUXILIARIES = Set.of("have", "do");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** The tags of "who", "which" and relative "that", which open a clause on the phrase before them. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("WP", "WDT");
    /** Cues whose object is the listener, not the words: "she told reporters". */
    private static final Set<String> TELLING = Set.of("told", "tells", "tell");
    /** Nouns for someone or something that speaks for a body named beside them. */
    private static final Set<String> VOICE_NOUNS = WordList.set("voice-nouns");
    /** Nouns for a finding or a piece of research, which speak only the quote their cue introduces. */
    private static final Set<String> MUTE_NOUNS = WordList.set("mute-nouns");
    private static final Set<String> BODY_PREPOSITIONS = Set.of("for", "of", "from", "at", "on");
    private static final int MIN_UNATTRIBUTED_WORDS = 6;
    private static final int MOST_SCARE_WORDS = 2;
    /** The most words between a cue and the quote it introduces: "told his radio audience on Monday". */
    private static final int MOST_OBJECT_TOKENS = 8;
    private static final int MOST_APPOSITIVE_TOKENS = 40;
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
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        List<CharSpan> quoted = new ArrayList<>();
        List<List<CharSpan>> chains = directChains(text);
        Speakers speakers = new Speakers(text, actors, chains);
        List<Optional<Attribution>> attributions = new ArrayList<>();
        for (List<CharSpan> chain : chains) {
            // The attribution follows a part (the last, or the one it splits the quote after) or precedes the first;
            // else it ends the quote's sentence, or a dash after the quote names the speaker.
            CharSpan last = chain.get(chain.size() - 1);
            attributions.add(chain.stream()
                    .map(part -> after(text, annotated, speakers, part)).flatMap(Optional::stream).findFirst()
                    .or(() -> before(text, annotated, speakers, chain.get(0)))
                    .or(() -> chain.stream().map(part -> laterInSentence(text, annotated, speakers, part))
                            .flatMap(Optional::stream).findFirst())
                    .or(() -> earlierInSentence(text, annotated, speakers, chain.get(0)))
                    .or(() -> dashed(annotated, speakers, last)));
        }
        for (int c = 0; c < chains.size(); c++) {
            List<CharSpan> chain = chains.get(c);
            Optional<Attribution> attribution = attributions.get(c)
                    .or(() -> introduced(text, annotated, speakers, chain.get(0)));
            // A scare quote in a sentence with no speech cue is the writer's distance from a word, not speech,
            // so it takes no neighbouring quote's speaker; inside reported speech it is the reporter's words.
            // Words in single marks that nothing attributes are a term or a title set apart ('mad cow disease'),
            // not a neighbour's speech: American news quotes speech in double marks.
            boolean single = isSingleMarked(text, chain);
            if (attribution.isEmpty() && !single && !(isScareQuote(text, chain) && !hasCue(annotated, chain))) {
                attribution = neighbour(text, chains, attributions, c);
            }
            int words = chain.stream().mapToInt(s -> s.of(text).split("\\s+").length).sum();
            if (attribution.isEmpty() && !single && words >= MIN_UNATTRIBUTED_WORDS && !hasCue(annotated, chain)) {
                attribution = lastPersonBefore(text, speakers, chains, chain.get(0));
            }
            attributions.set(c, attribution);
            if (attribution.isEmpty() && words < MIN_UNATTRIBUTED_WORDS) {
                // A few quoted words nobody said leave their sentence to be read as reported speech.
                continue;
            }
            chain.forEach(s -> quoted.add(new CharSpan(s.begin() - 1, Math.min(text.length(), s.end() + 1))));
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
            int single = open < 0 && !doubled ? singleClosing(text, i) : -1;
            if (single > 0) {
                // A quote in single marks ('...' or \u2018...\u2019), as headlines and British style write one.
                if (!continuesSplitQuote(text, current, i)) {
                    current = new ArrayList<>();
                    chains.add(current);
                }
                current.add(new CharSpan(i + 1, single));
                runsOn = false;
                i = single;
                continue;
            }
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

    /**
     * Where the single quotation mark that opens at {@code i} closes, or -1: an opening mark (\u2018, or an
     * apostrophe where a straight mark may open) before a letter, closed in its paragraph by the first
     * matching mark after a letter or a sentence's punctuation and before no letter, so that an apostrophe
     * inside a word ("don't", "the 90's") neither opens nor closes a quote; at least two letters inside.
     */
    static int singleClosing(String text, int i) {
        char c = text.charAt(i);
        char closing = c == '\u2018' ? '\u2019' : c == '\'' && opensHere(text, i) ? '\'' : 0;
        if (closing == 0 || i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) {
            return -1;
        }
        int letters = 0;
        for (int j = i + 1; j < text.length() && text.charAt(j) != '\n'; j++) {
            char d = text.charAt(j);
            letters += Character.isLetter(d) ? 1 : 0;
            boolean closes = d == closing && !text.startsWith("''", j)
                    && (Character.isLetter(text.charAt(j - 1)) || ".,!?".indexOf(text.charAt(j - 1)) >= 0)
                    && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)));
            if (closes) {
                return letters >= 2 ? j : -1;
            }
        }
        return -1;
    }

    /** Whether a quote opens with a single mark (\u2018 or an apostrophe that is not one of two). */
    private static boolean isSingleMarked(String text, List<CharSpan> chain) {
        int mark = chain.get(0).begin() - 1;
        return mark >= 0 && (text.charAt(mark) == '\u2018'
                || text.charAt(mark) == '\'' && (mark == 0 || text.charAt(mark - 1) != '\''));
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

    /**
     * {@code ," she said}, {@code ," said Shaimergenova}, {@code ," the union wrote} or
     * {@code ," Ana Ruiz, a farmer who lost her crop, said} right after the closing mark: a cue and the
     * speaker after it, or a speaker, perhaps an appositive set off by commas or dashes, and a cue.
     */
    private Optional<Attribution> after(String text, AnnotatedText a, Speakers speakers, CharSpan quote) {
        List<Token> tokens = a.tokens();
        int i = indexAt(tokens, quote.end() + 1);
        while (i >= 0 && i < tokens.size() && isPunctuation(tokens.get(i))
                && tokens.get(i).span().begin() <= quote.end() + 2) {
            if (tokens.get(i).word().equals(".") || isQuotationMark(tokens.get(i))) {
                // {@code "...". Experts warned}: the sentence ended with the quote; {@code "..." "Tests show}: the
                // words after it are the next quote's.
                return Optional.empty();
            }
            i++;
        }
        if (i < 0 || i >= tokens.size() || crossesParagraph(text, quote.end(), tokens.get(i).span().begin())) {
            return Optional.empty();
        }
        int limit = sentenceEnd(a, i);
        if (isCue(tokens.get(i))) {
            return subjectAfter(speakers, tokens, i, limit);
        }
        if (isAccordingTo(tokens, i) && tokens.get(i).word().equals("according")) {
            // Lower case, it goes on the quote's sentence; "According to" after a closing mark opens another.
            return accordingTo(speakers, tokens, i, limit);
        }
        int head = SpeakerPhrase.from(tokens, i, limit);
        if (head < 0) {
            return Optional.empty();
        }
        // The cue follows the whole phrase, which may run past its head ("the mother of three replied") and
        // hold a prepositional phrase after it ("a professor at the university said"), perhaps after a
        // participle or an adjective ("an official briefed on the talks said", "a person close to her said").
        int end = SpeakerPhrase.runEnd(tokens, i, limit);
        // The participle of a reduced relative is often tagged as a past tense ("an official briefed on").
        String modifier = end + 2 < limit ? tokens.get(end + 1).pos() : "";
        int preposition = modifier.equals("VBN") || modifier.equals("VBD") || modifier.equals("RB") ? end + 2
                : end + 1;
        if (preposition + 1 < limit && isPreposition(tokens.get(preposition))) {
            int object = SpeakerPhrase.runEnd(tokens, preposition + 1, limit);
            if (object > preposition && adverbSkipped(tokens, object + 1, limit) < limit
                    && isCue(tokens.get(adverbSkipped(tokens, object + 1, limit)))) {
                end = object;
            }
        }
        int cue = adverbSkipped(tokens, end + 1, limit);
        if (cue < limit && isCue(tokens.get(cue))) {
            return Optional.of(named(speakers, tokens, i, head, cue));
        }
        cue = appositiveCue(tokens, end, limit);
        if (cue < 0) {
            cue = relativeCue(tokens, end, limit);
        }
        return cue < 0 ? Optional.empty() : Optional.of(named(speakers, tokens, i, head, cue));
    }

    /**
     * {@code She said: "...}, {@code X told reporters on Monday, "...}, {@code X, who runs the campaign, said,
     * "...} or {@code X attacked Y, saying, "...} just before the opening mark, in the same paragraph: a cue
     * with perhaps its object or a time between it and the quote, and the speaker before the cue; a
     * participle of saying after a comma takes the subject of its clause.
     */
    private Optional<Attribution> before(String text, AnnotatedText a, Speakers speakers, CharSpan quote) {
        List<Token> tokens = a.tokens();
        // The token before the opening mark, which may be two characters long ('').
        int i = indexAt(tokens, quote.begin()) - 2;
        boolean setOff = i >= 0 && (tokens.get(i).word().equals(":") || tokens.get(i).word().equals(","));
        if (setOff) {
            i--;
        }
        int opening = i;
        int floor = Math.max(0, i - MOST_OBJECT_TOKENS);
        while (i > floor && !isCue(tokens.get(i)) && !isNaming(tokens, i) && !isParticipleCue(tokens.get(i))
                && isObjectWord(tokens.get(i))) {
            i--;
        }
        Optional<Attribution> by = cueBefore(text, a, speakers, i, quote);
        // "an analysis confirmed the presence of an "aggressive" strain": a quote inside its cue's object is a
        // word of that object, not what the cue introduces, so only someone who speaks can have said it.
        return !setOff && i < opening ? by.filter(who -> !isMute(text, who)) : by;
    }

    /** The speaker of the cue at token {@code i} before {@code quote}, if token {@code i} is a cue. */
    private Optional<Attribution> cueBefore(String text, AnnotatedText a, Speakers speakers, int i, CharSpan quote) {
        List<Token> tokens = a.tokens();
        if (i < 1 || crossesParagraph(text, tokens.get(i).span().end(), quote.begin())) {
            return Optional.empty();
        }
        int first = a.sentences().get(sentenceIndex(a, i)).firstToken();
        if (isParticipleCue(tokens.get(i)) && tokens.get(i - 1).word().equals("as")) {
            return quotedAs(speakers, tokens, first, i);
        }
        if (isParticipleCue(tokens.get(i))
                && (tokens.get(i - 1).word().equals(",") || tokens.get(i - 1).pos().equals("IN"))) {
            return clauseSubject(speakers, tokens, first, i);
        }
        if (isAccordingTo(tokens, i)) {
            return accordingTo(speakers, tokens, i, quoteToken(tokens, quote));
        }
        return isCue(tokens.get(i)) || isNaming(tokens, i) || putsIt(tokens, i)
                ? subjectBefore(speakers, tokens, i, first) : Optional.empty();
    }

    /** The index of the quote's opening mark, before which a phrase after a cue must end. */
    private static int quoteToken(List<Token> tokens, CharSpan quote) {
        return indexAt(tokens, quote.begin()) - 1;
    }

    /**
     * {@code ," according to a campaign aide.} or {@code According to one aide, "...}: the source named after
     * "according to" (token {@code i}) is the speaker, as it is of reported speech.
     */
    private static boolean isAccordingTo(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i).word().equalsIgnoreCase("according")
                && tokens.get(i + 1).word().equalsIgnoreCase("to");
    }

    /** The speaker named after "according to" at token {@code i}, before {@code limit}; the two words are the cue. */
    private static Optional<Attribution> accordingTo(Speakers speakers, List<Token> tokens, int i, int limit) {
        CharSpan cue = new CharSpan(tokens.get(i).span().begin(), tokens.get(i + 1).span().end());
        return subjectAfter(speakers, tokens, i + 1, limit)
                .map(by -> new Attribution(by.speaker(), by.speakerSpan(), cue));
    }

    /** {@code as the magazine put it, "...}: "put it" after "as" and its subject is a cue of wording. */
    private static boolean putsIt(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).lemma().equals("put") && tokens.get(i).pos().startsWith("VB")
                && tokens.get(i + 1).word().equalsIgnoreCase("it")
                && IntStream.rangeClosed(Math.max(0, i - MOST_OBJECT_TOKENS), i - 1)
                .anyMatch(k -> tokens.get(k).word().equalsIgnoreCase("as"));
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
        int end = sentence.get().endToken();
        for (int i = from + 1; i < end - 1; i++) {
            Token t = tokens.get(i);
            if (isQuotationMark(t) || crossesParagraph(text, quote.end(), t.span().begin())) {
                return Optional.empty();
            }
            if (!isCue(t) || !takesNoObject(tokens, i, end)) {
                continue;
            }
            int cue = i;
            Optional<Attribution> who = subjectBefore(speakers, tokens, cue, from)
                    .or(() -> tokens.get(cue - 1).word().equals(",") ? subjectAfter(speakers, tokens, cue, end)
                            : Optional.empty());
            if (who.isPresent()) {
                return who;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code X said at a press conference the discovery was "serious"}, {@code X has announced that the samples
     * tested positive for a "low pathogenic" strain}: words quoted inside a clause of reported speech are said
     * by the subject of the nearest cue before them in their sentence that has one, with no other quote and no
     * comma between ("After X said no, the crowd chanted" is not X's).
     */
    private static Optional<Attribution> earlierInSentence(String text, AnnotatedText a, Speakers speakers,
                                                           CharSpan quote) {
        List<Token> tokens = a.tokens();
        int mark = indexAt(tokens, quote.begin()) - 1;
        if (mark < 1) {
            return Optional.empty();
        }
        int first = a.sentences().get(sentenceIndex(a, mark)).firstToken();
        for (int i = mark - 1; i > first; i--) {
            Token t = tokens.get(i);
            if (isQuotationMark(t) || t.word().equals(",") || t.word().equals(";")
                    || crossesParagraph(text, t.span().end(), quote.begin())) {
                return Optional.empty();
            }
            if (isCue(t) || isNaming(tokens, i)) {
                Optional<Attribution> who = subjectBefore(speakers, tokens, i, first).filter(by -> !isMute(text, by));
                if (who.isPresent()) {
                    return who;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code "..." ― Ana Ruiz}: a dash after the closing mark and the speaker's name; the dash is the cue. */
    private static Optional<Attribution> dashed(AnnotatedText a, Speakers speakers, CharSpan quote) {
        List<Token> tokens = a.tokens();
        int i = indexAt(tokens, quote.end() + 1);
        if (i < 0 || i + 1 >= tokens.size() || !isDash(tokens.get(i))) {
            return Optional.empty();
        }
        int head = SpeakerPhrase.from(tokens, i + 1, sentenceEnd(a, i + 1));
        if (head < 0 || !SpeakerPhrase.hasName(tokens, i + 1, head)) {
            return Optional.empty();
        }
        return Optional.of(named(speakers, tokens, i + 1, head, i));
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
        return subjectBefore(speakers, tokens, colon - 1, a.sentences().get(sentenceIndex(a, colon)).firstToken());
    }

    /**
     * The speaker before cue token {@code cue}, starting no earlier than token {@code floor}: the phrase that
     * ends just before it, an adverb between ("X also said"), a person's name set off by commas after their
     * title ("The island's health officer, Dr. Ana Ruiz, said"), or a name, an appositive set off by commas or
     * dashes and the cue ("X, a historian who attended the session, recalled"), the name opening the
     * clause.
     */
    private static Optional<Attribution> subjectBefore(Speakers speakers, List<Token> tokens, int cue, int floor) {
        int end = cue - 1;
        // "X also said", "X has said", "X has long argued", "X would say".
        for (int k = 0; k < 2 && end > floor && (tokens.get(end).pos().equals("RB") || isAuxiliary(tokens.get(end)));
             k++) {
            end--;
        }
        if (end - 2 > floor && tokens.get(end).pos().equals("CD") && tokens.get(end - 1).word().equals("of")) {
            // "the mother of three replied": the head is the noun before the number.
            end -= 2;
        }
        int begin = SpeakerPhrase.endingAt(tokens, end, floor);
        if (begin >= 0) {
            return Optional.of(named(speakers, tokens, begin, end, cue));
        }
        if (end <= floor || !isAppositiveMark(tokens.get(end))) {
            return Optional.empty();
        }
        // "Chief Health Officer for the island, Dr. Ana Ruiz, said": the name is itself the appositive.
        int name = SpeakerPhrase.endingAt(tokens, end - 1, floor);
        if (name > floor && opensClause(tokens, name) && SpeakerPhrase.hasName(tokens, name, end - 1)) {
            Attribution person = named(speakers, tokens, name, end - 1, cue);
            if (person.speaker() == null || person.speaker().kind() == ActorKind.PERSON) {
                return Optional.of(person);
            }
        }
        for (int s = floor; s < end - 1; s++) {
            if (s > floor && !opensClause(tokens, s)) {
                continue;
            }
            int head = SpeakerPhrase.from(tokens, s, end);
            if (head >= 0 && SpeakerPhrase.hasName(tokens, s, head) && appositiveCue(tokens, head, cue + 1) == cue) {
                return Optional.of(named(speakers, tokens, s, head, cue));
            }
        }
        return Optional.empty();
    }

    /** {@code said the ruling}, {@code said 9/11 widow Terry Strada}: the speaker named after cue token {@code cue}. */
    private static Optional<Attribution> subjectAfter(Speakers speakers, List<Token> tokens, int cue, int limit) {
        int head = SpeakerPhrase.from(tokens, cue + 1, limit);
        return head < 0 ? Optional.empty() : Optional.of(named(speakers, tokens, cue + 1, head, cue));
    }

    /**
     * {@code Trump attacked Clinton, saying, "...}: the subject of the clause a participle of saying closes,
     * the first phrase that opens the sentence, or a clause in it, and stands before a finite verb.
     */
    private static Optional<Attribution> clauseSubject(Speakers speakers, List<Token> tokens, int first, int cue) {
        for (int s = first; s < cue; s++) {
            if (s > first && !opensClause(tokens, s)) {
                continue;
            }
            int head = SpeakerPhrase.from(tokens, s, cue);
            int verb = head < 0 ? -1 : adverbSkipped(tokens, head + 1, cue);
            if (verb >= 0 && verb < cue && FINITE.contains(tokens.get(verb).pos())) {
                return Optional.of(named(speakers, tokens, s, head, cue));
            }
        }
        return Optional.empty();
    }

    /** {@code The agency quoted X, a ministry official, as saying, "...}: the one quoted is the speaker. */
    private static Optional<Attribution> quotedAs(Speakers speakers, List<Token> tokens, int first, int cue) {
        for (int q = cue - 2; q >= first; q--) {
            if (tokens.get(q).lemma().equals("quote") && tokens.get(q).pos().startsWith("VB")) {
                int head = SpeakerPhrase.from(tokens, q + 1, cue);
                return head < 0 ? Optional.empty() : Optional.of(named(speakers, tokens, q + 1, head, cue));
            }
        }
        return Optional.empty();
    }

    /**
     * The cue after an appositive that follows the phrase ending at token {@code head}: a comma or dash after
     * the phrase, the appositive (no quotation mark in it), a comma or dash and the cue, perhaps after an
     * adverb; -1 when there is none before {@code limit}.
     */
    private static int appositiveCue(List<Token> tokens, int head, int limit) {
        if (head + 1 >= limit || !isAppositiveMark(tokens.get(head + 1))) {
            return -1;
        }
        for (int k = head + 3; k < Math.min(limit, head + 2 + MOST_APPOSITIVE_TOKENS); k++) {
            Token t = tokens.get(k);
            if (isQuotationMark(t)) {
                return -1;
            }
            int mark = tokens.get(k - 1).pos().equals("RB") ? k - 2 : k - 1;
            if (isCue(t) && mark > head + 1 && isAppositiveMark(tokens.get(mark))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * {@code ," a campaign official who asked not to be named said}: the cue after a relative clause (no comma or
     * quotation mark in it) on the phrase ending at token {@code end}, the last finite cue of the sentence after
     * the clause's own verb that closes its clause ({@link #takesNoObject}); -1 when there is none before
     * {@code limit}.
     */
    private static int relativeCue(List<Token> tokens, int end, int limit) {
        if (end + 3 >= limit || !RELATIVE_PRONOUNS.contains(tokens.get(end + 1).pos())) {
            return -1;
        }
        int cue = -1;
        for (int k = end + 3; k < Math.min(limit, end + 2 + MOST_APPOSITIVE_TOKENS); k++) {
            Token t = tokens.get(k);
            if (isQuotationMark(t) || t.word().equals(",")) {
                break;
            }
            if (isCue(t) && FINITE.contains(t.pos()) && takesNoObject(tokens, k, limit)) {
                cue = k;
            }
        }
        return cue;
    }

    /**
     * The speaker a phrase (tokens {@code begin..head}) names: the actor whose mention ends it ("Foreign Minister
     * Murat Nurtleu", "she") or opens it ("Department of Health and Human Services science advisor"); else,
     * when it is headed by a noun for someone or something that speaks for a body ("a Home Office
     * spokesman", "a statement from the ministry"), the body named in it or just after it, with the phrase as
     * the mention; else the phrase itself, left unresolved ("the union", "a reader").
     */
    private static Attribution named(Speakers speakers, List<Token> tokens, int begin, int head, int cue) {
        CharSpan phrase = new CharSpan(tokens.get(begin).span().begin(), tokens.get(head).span().end());
        CharSpan cueSpan = tokens.get(cue).span();
        Optional<Map.Entry<CharSpan, Actor>> named = speakers.endingAt(phrase.end())
                .or(() -> speakers.startingAt(phrase.begin()));
        if (named.isPresent() && begin == head && !speakers.agrees(named.get().getValue(), phrase)) {
            return new Attribution(speakers.agreeing(phrase).orElse(null), phrase, cueSpan);
        }
        if (named.isPresent()) {
            return new Attribution(named.get().getValue(), named.get().getKey(), cueSpan);
        }
        String noun = tokens.get(head).word().toLowerCase(Locale.ROOT);
        Actor body = VOICE_NOUNS.contains(noun) ? speaksFor(speakers, tokens, begin, head) : null;
        if (body == null && tokens.get(begin).word().equalsIgnoreCase("the")
                && !SpeakerPhrase.hasName(tokens, begin, head)) {
            // "the minister said", after "Foreign Minister Ana Ruiz": a definite title names the one person
            // given that role before it (the role's head noun, as a definite description refers back).
            body = speakers.holderOf(noun, phrase.begin()).orElse(null);
        }
        return new Attribution(body, phrase, cueSpan);
    }

    /** The body a voice noun speaks for: an actor named in its phrase, or after "for", "of", "from", "at", "on". */
    private static Actor speaksFor(Speakers speakers, List<Token> tokens, int begin, int head) {
        CharSpan phrase = new CharSpan(tokens.get(begin).span().begin(), tokens.get(head).span().end());
        Optional<Actor> inside = speakers.bySpan.subMap(new CharSpan(phrase.begin(), phrase.begin()), true,
                new CharSpan(phrase.end(), phrase.end()), false).entrySet().stream()
                .filter(e -> phrase.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
        if (inside.isPresent() || head + 2 >= tokens.size()
                || !BODY_PREPOSITIONS.contains(tokens.get(head + 1).word())) {
            return inside.orElse(null);
        }
        int at = tokens.get(head + 2).pos().equals("DT") ? head + 3 : head + 2;
        return at < tokens.size() ? speakers.startingAt(tokens.get(at).span().begin()).map(Map.Entry::getValue)
                .orElse(null) : null;
    }

    /**
     * A quote with no attribution of its own takes the speaker of a quote next to it: the nearest attributed
     * quote of its paragraph (before it first), else, when its paragraph opens with it, the last attributed
     * quote of the paragraph before (a speaker who goes on for another paragraph).
     */
    private static Optional<Attribution> neighbour(String text, List<List<CharSpan>> chains,
                                                   List<Optional<Attribution>> given, int c) {
        List<Optional<Attribution>> attributions = given.stream()
                .map(a -> a.filter(by -> !isMute(text, by))).toList();
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
        List<Token> tokens = a.tokens();
        return a.sentences().stream()
                .filter(s -> chain.stream().anyMatch(part -> part.overlaps(s.span())))
                .anyMatch(s -> IntStream.range(s.firstToken(), s.endToken()).anyMatch(i -> isCue(tokens.get(i))
                        && takesNoObject(tokens, i, s.endToken())
                        && chain.stream().noneMatch(part -> part.contains(tokens.get(i).span()))));
    }

    /**
     * Whether an attribution's speaker is a finding or a piece of research that Accord resolved to no actor ("an
     * analysis", "the study"): it speaks only the quote its cue introduces.
     */
    private static boolean isMute(String text, Attribution by) {
        if (by.speaker() != null) {
            return false;
        }
        // The head ends the phrase or stands before its prepositional phrase: "an analysis of the leaves".
        String head = null;
        for (String word : by.speakerSpan().of(text).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (head != null && BODY_PREPOSITIONS.contains(word)) {
                break;
            }
            head = word;
        }
        return MUTE_NOUNS.contains(head);
    }

    /**
     * Whether a quote is a scare quote: one part of one or two words whose opening mark follows a word of its
     * sentence, with no comma or colon between ({@code an "aggressive" strain}), the frame of a word the
     * writer sets apart rather than of words someone spoke.
     */
    private static boolean isScareQuote(String text, List<CharSpan> chain) {
        if (chain.size() != 1 || chain.get(0).of(text).strip().split("\\s+").length > MOST_SCARE_WORDS) {
            return false;
        }
        int mark = chain.get(0).begin() - (text.startsWith("''", chain.get(0).begin() - 2) ? 2 : 1);
        int before = mark;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        return before > 0 && Character.isLetterOrDigit(text.charAt(before - 1));
    }

    /** Where the paragraph holding {@code offset} starts: just after the newline before it. */
    static int paragraphStart(String text, int offset) {
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
                // Reported speech keeps to speakers Accord resolved: "..., said the report" is left alone.
                Optional<Attribution> inverted = subjectAfter(speakers, a.tokens(), s.firstToken() + i, s.endToken())
                        .filter(by -> by.speaker() != null);
                if (inverted.isPresent()) {
                    CharSpan content = trimmed(text, new CharSpan(s.span().begin(), tokens.get(i - 1).span().begin()));
                    return Optional.of(quote(article, QuoteKind.REPORTED, List.of(Evidence.of(article, content)),
                            inverted.get(), null, provenance));
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

    /**
     * Whether cue token {@code cue} closes its clause as an attribution does ("she said.", "he added on
     * Monday", "the agency said in a statement"), rather than taking an object of its own ("the company
     * posted losses", "prices continued to rise"): the next token is punctuation, a preposition, an adverb
     * or a time, or the sentence ends. A verb of telling keeps its listener ("she told reporters").
     */
    private static boolean takesNoObject(List<Token> tokens, int cue, int limit) {
        if (cue + 1 >= limit || TELLING.contains(tokens.get(cue).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        Token next = tokens.get(cue + 1);
        return isPunctuation(next) || next.pos().equals("IN")
                || next.pos().startsWith("RB") || SpeakerPhrase.namesATime(next);
    }

    /**
     * A verb whose object holds words its subject said: one that names, likens or cites ({@code X called the plan
     * "a disaster"}) or judges ({@code X dismissed the report as "a hoax"}).
     */
    private static boolean isNaming(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String word = t.word().toLowerCase(Locale.ROOT);
        // "a group called 'Anonymous'": a participle right after a common noun is a reduced relative that gives
        // the noun its name, nobody's words; "X has called it" keeps its auxiliary before the participle, and
        // after a name the tag is more often a past tense mistaken ("Ruiz called it").
        String before = i > 0 ? tokens.get(i - 1).pos() : "";
        boolean reducedRelative = t.pos().equals("VBN") && (before.equals("NN") || before.equals("NNS"));
        return (NAMING.contains(word) || JUDGING.contains(word)) && t.pos().startsWith("VB") && !reducedRelative;
    }

    /** An auxiliary of a cue's tense or mood: "has said", "had told", "would say", "did say". */
    private static boolean isAuxiliary(Token t) {
        return t.pos().equals("MD") || t.pos().startsWith("VB") && AUXILIARIES.contains(t.lemma());
    }

    private static boolean isParticipleCue(Token t) {
        return PARTICIPLE_CUES.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().equals("VBG");
    }

    /** A word that may stand between a cue and its quote: the cue's object, a time or a place. */
    private static boolean isObjectWord(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("PRP") || pos.equals("DT")
                || pos.equals("IN") || pos.equals("CD") || pos.equals("POS") || pos.equals("TO") || pos.equals("RB");
    }

    /** A preposition that may open a speaker's modifier: "at the university", "close to her"; not "that". */
    private static boolean isPreposition(Token t) {
        return t.pos().equals("IN") && !t.word().equals("that") || t.pos().equals("TO");
    }

    private static boolean isDash(Token t) {
        return t.word().matches("[\u2012-\u2015-]+");
    }

    private static boolean isAppositiveMark(Token t) {
        return t.word().equals(",") || isDash(t);
    }

    /** Whether a clause may open at token {@code s}: after a comma, or after a quote closed by one ({@code ," X}). */
    private static boolean opensClause(List<Token> tokens, int s) {
        return tokens.get(s - 1).word().equals(",")
                || s >= 2 && isQuotationMark(tokens.get(s - 1)) && tokens.get(s - 2).word().equals(",");
    }

    /** Token {@code i}, or the one after it when {@code i} is an adverb ("X also said"). */
    private static int adverbSkipped(List<Token> tokens, int i, int limit) {
        return i + 1 < limit && tokens.get(i).pos().equals("RB") ? i + 1 : i;
    }

    /** The position in {@code a.sentences()} of the sentence that holds token {@code i}; sentences are in order. */
    private static int sentenceIndex(AnnotatedText a, int i) {
        List<Sentence> sentences = a.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).firstToken() <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The token index just past the sentence that holds token {@code i}. */
    private static int sentenceEnd(AnnotatedText a, int i) {
        return a.sentences().get(sentenceIndex(a, i)).endToken();
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

    /** The first token that begins at or after {@code offset}, or -1; tokens are in text order. */
    private static int indexAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() ? lo : -1;
    }
}
