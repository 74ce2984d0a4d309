package dev.accord.consolidate;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Agreement;
import dev.accord.model.Article;
import dev.accord.model.ArticleFacts;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.Evidence;
import dev.accord.model.MentionKind;
import dev.accord.model.consolidated.AgreementMention;
import dev.accord.model.consolidated.EventMention;
import dev.accord.model.consolidated.EventMentionRef;
import dev.accord.model.consolidated.PersonMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article's facts as consolidation's mentions: every event, agreement and person, with what the engine
 * compares. Made once per article (with sentence embeddings where an encoder is given, which is the costly
 * part), so a batch job can make them where the article is analysed and consolidate them elsewhere.
 *
 * @param articleId the article
 * @param events    its event mentions, sorted by key
 * @param agreements its agreement mentions, sorted by key
 * @param people    its person mentions, sorted by key
 */
public record ArticleMentions(String articleId, List<EventMention> events, List<AgreementMention> agreements,
                              List<PersonMention> people) {

    public ArticleMentions {
        Objects.requireNonNull(articleId, "articleId");
        events = events.stream().sorted(Comparator.comparing(EventMention::key)).toList();
        agreements = agreements.stream().sorted().toList();
        people = people.stream().sorted().toList();
        for (String key : keys(events, agreements, people)) {
            if (!key.startsWith(articleId + "#")) {
                throw new IllegalArgumentException("mention " + key + " given with article " + articleId
                        + "; expected only that article's mentions");
            }
        }
    }

    private static List<String> keys(List<EventMention> events, List<AgreementMention> agreements,
                                     List<PersonMention> people) {
        List<String> keys = new ArrayList<>();
        events.forEach(m -> keys.add(m.key()));
        agreements.forEach(m -> keys.add(m.key()));
        people.forEach(m -> keys.add(m.key()));
        return keys;
    }

    /**
     * The mentions of one article's facts.
     *
     * @param facts   the article's facts (curated, where an analyst corrected them)
     * @param encoder the sentence encoder for the words around each trigger, or {@code null} for none
     */
    public static ArticleMentions of(ArticleFacts facts, SentenceEncoder encoder) {
        Article article = facts.article();
        Map<String, String> agreementNames = new HashMap<>();
        facts.agreements().forEach(a -> agreementNames.put(a.id(), a.name()));
        List<EventMention> events = new ArrayList<>();
        for (Event e : facts.events()) {
            String context = sentenceAround(article.text(), e.trigger());
            EventMentionRef ref = new EventMentionRef(article.id(), e.id(), article.outlet(), article.published(),
                    e.trigger(), e.confidence());
            events.add(new EventMention(ref, e.type(), e.cameo(), e.modality(), e.attribution(), ids(e.actors()),
                    ids(e.recipients()), e.date(), e.place(), e.name(),
                    e.agreement() == null ? null : agreementNames.get(e.agreement()), context,
                    encoder == null ? null : encoder.encode(context)));
        }
        List<AgreementMention> agreements = new ArrayList<>();
        for (Agreement a : facts.agreements()) {
            agreements.add(new AgreementMention(article.id(), a.id(), article.outlet(), article.published(), a.name(),
                    a.kind(), a.status(), a.parties(), a.date(), a.place(), a.events(), a.mentions()));
        }
        List<PersonMention> people = new ArrayList<>();
        for (Actor a : facts.actors()) {
            if (a.kind() == ActorKind.PERSON && a.name().strip().indexOf(' ') > 0) {
                Evidence name = a.mentions().stream().filter(m -> m.kind() == MentionKind.NAME)
                        .map(ActorMention::evidence).findFirst().orElse(a.mentions().get(0).evidence());
                people.add(new PersonMention(article.id(), a.id(), article.outlet(), article.published(), a.name(),
                        a.role(), a.affiliation(), a.country(), name, a.roleEvidence()));
            }
        }
        return new ArticleMentions(article.id(), events, agreements, people);
    }

    private static List<String> ids(List<EventArgument> arguments) {
        return arguments.stream().map(EventArgument::actor).toList();
    }

    /** The sentence that holds the evidence: from the last sentence end before it to the next after it. */
    static String sentenceAround(String text, Evidence evidence) {
        int begin = evidence.span().begin();
        int end = evidence.span().end();
        int from = begin;
        while (from > 0 && !sentenceEnd(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !sentenceEnd(text, to)) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }

    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || ((c == '.' || c == '!' || c == '?')
                && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))));
    }
}
