package dev.accord.extract.event;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Evidence;
import dev.accord.model.MentionKind;
import dev.accord.model.Provenance;
import dev.accord.model.Quote;
import dev.accord.model.QuoteKind;
import dev.accord.model.TimeExpression;
import dev.accord.model.TimeType;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Dependency;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences written for a test with the tags, lemmas and dependency arcs a parser would give them, and
 * the facts the earlier stages would have found, so that each event step can be tested in
 * milliseconds without the language models. Token indices passed to a sentence's methods count from
 * that sentence's first token.
 */
final class Written {

    static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 20);
    private static final Provenance PROVENANCE = new Provenance("test", "test", "0");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", "'s", "n't");

    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<int[]> sentenceRanges = new ArrayList<>();
    private final List<List<Dependency>> arcs = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private Written() {
    }

    /**
     * A text whose first sentence has these space-separated words and tags; a word's lemma is the word
     * in lower case unless {@code lemmas} names another ({@code "-"} keeps the default).
     */
    static Written sentence(String words, String tags, String lemmas) {
        return new Written().then(words, tags, lemmas);
    }

    /** Adds a sentence after the ones before; later calls refer to its tokens. */
    Written then(String words, String tags, String lemmas) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        String[] l = lemmas.split(" ");
        if (w.length != t.length || w.length != l.length) {
            throw new IllegalArgumentException(w.length + " words, " + t.length + " tags and " + l.length
                    + " lemmas in '" + words + "'; expected as many of each");
        }
        int first = tokens.size();
        for (int i = 0; i < w.length; i++) {
            if (text.length() > 0 && !NO_SPACE_BEFORE.contains(w[i])) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(w[i]);
            String lemma = l[i].equals("-") ? w[i].toLowerCase(Locale.ROOT) : l[i];
            tokens.add(new Token(new CharSpan(begin, text.length()), w[i], lemma, t[i], "O"));
        }
        sentenceRanges.add(new int[] {first, tokens.size()});
        arcs.add(new ArrayList<>());
        return this;
    }

    private int first() {
        return sentenceRanges.get(sentenceRanges.size() - 1)[0];
    }

    /** The index in the whole text of the last sentence's token {@code local}. */
    int token(int local) {
        return first() + local;
    }

    /** An arc of the last sentence; a governor of -1 is the root. */
    Written arc(String relation, int governor, int dependent) {
        arcs.get(arcs.size() - 1).add(new Dependency(governor < 0 ? -1 : token(governor), token(dependent), relation));
        return this;
    }

    private CharSpan span(int from, int to) {
        return new CharSpan(tokens.get(token(from)).span().begin(), tokens.get(token(to)).span().end());
    }

    private Evidence evidence(int from, int to) {
        return new Evidence("written", span(from, to), span(from, to).of(text.toString()));
    }

    /** A state named by tokens {@code from..to} of the last sentence, mentioned again where it was before. */
    Written state(int from, int to, String iso3) {
        return actor("state:" + iso3, ActorKind.STATE, iso3, iso3, from, to, MentionKind.NAME);
    }

    /** A state named by its adjective ("Chadian") at tokens {@code from..to}. */
    Written demonym(int from, int to, String iso3) {
        return actor("state:" + iso3, ActorKind.STATE, iso3, iso3, from, to, MentionKind.DEMONYM);
    }

    /** An international organisation named by tokens {@code from..to}. */
    Written igo(int from, int to, String code, String name) {
        return actor("igo:" + code, ActorKind.IGO, name, code, from, to, MentionKind.NAME);
    }

    /** A person named by tokens {@code from..to}, of a state's government. */
    Written person(int from, int to, String iso3) {
        return person(from, to, iso3, null);
    }

    /** A person named by tokens {@code from..to}, holding {@code role}, whose state the text does not give. */
    Written official(int from, int to, String role) {
        return person(from, to, null, role);
    }

    /** A person named by tokens {@code from..to}, holding {@code role} in no state's offices ("the novelist"). */
    Written civilian(int from, int to, String role) {
        return person(from, to, null, null, role);
    }

    private Written person(int from, int to, String iso3, String role) {
        return person(from, to, iso3, "GOV", role);
    }

    private Written person(int from, int to, String iso3, String sector, String role) {
        String name = span(from, to).of(text.toString());
        Actor a = new Actor("person:" + name, ActorKind.PERSON, name, null, iso3, sector, role, null, null,
                List.of(), false, List.of(new ActorMention(evidence(from, to), MentionKind.NAME, null)), PROVENANCE);
        actors.add(a);
        return this;
    }

    /** An organisation of no state named by tokens {@code from..to}. */
    Written organisation(int from, int to) {
        String name = span(from, to).of(text.toString());
        return actor("organization:" + name, ActorKind.ORGANIZATION, name, null, from, to, MentionKind.NAME);
    }

    private Written actor(String id, ActorKind kind, String name, String code, int from, int to,
                          MentionKind mentionKind) {
        ActorMention m = new ActorMention(evidence(from, to), mentionKind, kind == ActorKind.IGO ? "IGO" : null);
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (a.id().equals(id)) {
                List<ActorMention> mentions = new ArrayList<>(a.mentions());
                mentions.add(m);
                actors.set(i, new Actor(a.id(), a.kind(), a.name(), a.code(), a.country(), a.sector(), a.role(),
                        a.affiliation(), a.roleEvidence(), a.members(), a.registered(), mentions, PROVENANCE));
                return this;
            }
        }
        actors.add(new Actor(id, kind, name, code, code, null, null, null, null, List.of(), true, List.of(m),
                PROVENANCE));
        return this;
    }

    /** A named entity over tokens {@code from..to}: a city is (PLACE, "CITY"), a document (OTHER, "DOCUMENT"). */
    Written entity(int from, int to, EntityType type, String tag) {
        String name = span(from, to).of(text.toString());
        entities.add(new Entity(type.name().toLowerCase(Locale.ROOT) + ":" + name, type, name, tag, null,
                List.of(evidence(from, to)), PROVENANCE));
        return this;
    }

    /** A time expression over tokens {@code from..to}. */
    Written time(int from, int to, TimeType type, String value) {
        times.add(new TimeExpression("t" + span(from, to).begin(), type, value, false, evidence(from, to),
                PROVENANCE));
        return this;
    }

    /** Direct speech by {@code speaker} whose words are tokens {@code from..to}. */
    Written quote(int from, int to, String speaker) {
        quotes.add(new Quote("q" + span(from, to).begin(), QuoteKind.DIRECT, List.of(evidence(from, to)), speaker,
                null, null, null, true, null, PROVENANCE));
        return this;
    }

    Article article() {
        return Article.of("written.txt", null, PUBLISHED, "en", text.toString());
    }

    AnnotatedText annotated() {
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < sentenceRanges.size(); s++) {
            int[] r = sentenceRanges.get(s);
            CharSpan extent = new CharSpan(tokens.get(r[0]).span().begin(), tokens.get(r[1] - 1).span().end());
            sentences.add(new Sentence(s, extent, r[0], r[1], arcs.get(s)));
        }
        return new AnnotatedText(text.toString(), sentences, tokens, List.of());
    }

    List<Actor> actors() {
        return actors;
    }

    EventContext context() {
        return new EventContext(article(), annotated(), entities, times, List.of(), actors, quotes,
                ActorRegistry.standard());
    }

    Sentence sentence(int index) {
        return annotated().sentences().get(index);
    }

    ParseGraph graph(int index) {
        return new ParseGraph(sentence(index));
    }

    /** The draft the verb at {@code token} (of the whole text) in the first sentence triggers, with its parties. */
    Draft withParties(int token) {
        Draft d = new Triggers(EventLexicon.standard()).verb(context(), graph(0), sentence(0), token).orElseThrow();
        new Parties(ActorRegistry.standard()).apply(context(), graph(0), sentence(0), d);
        return d;
    }
}
