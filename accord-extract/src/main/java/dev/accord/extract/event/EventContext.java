package dev.accord.extract.event;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Quote;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Token;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What every step of the event coder sees of one article: its annotation and the facts found before. */
final class EventContext {

    final Article article;
    final AnnotatedText annotated;
    final List<Entity> entities;
    final List<TimeExpression> times;
    final List<Theme> themes;
    final List<Quote> quotes;
    /** Every actor mention by its span. */
    final Map<CharSpan, Actor> mentions = new LinkedHashMap<>();
    final Map<CharSpan, ActorMention> mentionKinds = new LinkedHashMap<>();
    /**
     * The code of the one state the article names, by its name, adjective or capital (as an actor or as
     * a place), or {@code null} where it names none or several.
     */
    final String soleState;

    EventContext(Article article, AnnotatedText annotated, List<Entity> entities, List<TimeExpression> times,
                 List<Theme> themes, List<Actor> actors, List<Quote> quotes, ActorRegistry registry) {
        this.article = article;
        this.annotated = annotated;
        this.entities = entities;
        this.times = times;
        this.themes = themes;
        this.quotes = quotes;
        for (Actor a : actors) {
            for (ActorMention m : a.mentions()) {
                mentions.put(m.evidence().span(), a);
                mentionKinds.put(m.evidence().span(), m);
            }
        }
        Set<String> states = new TreeSet<>();
        actors.stream().filter(a -> a.kind() == ActorKind.STATE && a.code() != null)
                .forEach(a -> states.add(a.code()));
        entities.stream().filter(e -> e.type() == EntityType.PLACE)
                .forEach(e -> registry.findStateByCapital(e.name()).ifPresent(st -> states.add(st.iso3())));
        this.soleState = states.size() == 1 ? states.iterator().next() : null;
    }

    Token token(int i) {
        return annotated.tokens().get(i);
    }

    String lemma(int i) {
        return lemma(token(i));
    }

    /** The token's lemma in lower case, or its word where the annotator gave no lemma. */
    static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
