package dev.accord.extract;

import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Evidence;
import dev.accord.model.MentionKind;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The article {@link ActorExtractor} is reading and the actors found so far, keyed by id in order of
 * discovery, with the token lookups its steps share.
 */
final class ActorDrafts {

    final Article article;
    final AnnotatedText annotated;
    final String text;
    final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    /** Every mention so far, by span, so that one stretch of text belongs to one actor. */
    final TreeMap<CharSpan, ActorDraft> bySpan = new TreeMap<>();

    ActorDrafts(Article article, AnnotatedText annotated) {
        this.article = article;
        this.annotated = annotated;
        this.text = article.text();
    }

    ActorDraft actor(String id, ActorKind kind, String name) {
        return actors.computeIfAbsent(id, k -> new ActorDraft(id, kind, name));
    }

    boolean covered(CharSpan span) {
        return bySpan.keySet().stream().anyMatch(s -> s.overlaps(span));
    }

    /**
     * Records a mention unless another one already claims part of its words. A name that contains
     * another actor's name whole ("China Studies Center in Kazakhstan") is a mention of its own.
     */
    void mention(ActorDraft actor, CharSpan span, MentionKind kind, String sector) {
        if (bySpan.keySet().stream().anyMatch(s -> s.overlaps(span) && !(span.contains(s) && !span.equals(s)))) {
            return;
        }
        actor.mentions.add(new ActorMention(Evidence.of(article, span), kind, sector));
        bySpan.put(span, actor);
    }

    static CharSpan span(List<Token> tokens, int first, int last) {
        return new CharSpan(tokens.get(first).span().begin(), tokens.get(last).span().end());
    }

    static int indexAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().begin() >= offset) {
                return i;
            }
        }
        return -1;
    }

    static int indexBefore(List<Token> tokens, int offset) {
        int found = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= offset; i++) {
            found = i;
        }
        return found;
    }

    static Token tokenBefore(AnnotatedText a, int offset) {
        int i = indexBefore(a.tokens(), offset);
        return i < 0 ? null : a.tokens().get(i);
    }

    static int sentenceOf(AnnotatedText a, int offset) {
        for (Sentence s : a.sentences()) {
            if (s.span().end() > offset) {
                return s.index();
            }
        }
        return a.sentences().size();
    }
}
