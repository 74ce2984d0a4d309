package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.Agreement;
import dev.accord.model.Article;
import dev.accord.model.Entity;
import dev.accord.model.Event;
import dev.accord.model.Place;
import dev.accord.model.Quote;
import dev.accord.model.Theme;
import dev.accord.model.TimeExpression;
import dev.accord.model.text.AnnotatedText;

import java.util.List;
import java.util.Objects;

/**
 * A named kind of value that one stage provides and later stages need, such as the article's actors.
 * The names are what a {@link Pipeline} writes when it says what a stage is missing, so they are
 * short nouns; two slots are the same slot when their names are equal.
 *
 * @param <T> the type of the value
 */
public record Slot<T>(String name) {

    /** The article, whose clean text every evidence span indexes into. */
    public static final Slot<Article> ARTICLE = new Slot<>("article");
    /** The article's annotation: tokens, sentences, lemmas, tags and entity mentions, without parses. */
    public static final Slot<AnnotatedText> ANNOTATION = new Slot<>("annotation");
    public static final Slot<List<Entity>> ENTITIES = new Slot<>("entities");
    public static final Slot<List<TimeExpression>> TIMES = new Slot<>("times");
    public static final Slot<List<Place>> PLACES = new Slot<>("places");
    public static final Slot<List<Theme>> THEMES = new Slot<>("themes");
    public static final Slot<List<Actor>> ACTORS = new Slot<>("actors");
    public static final Slot<List<Quote>> QUOTES = new Slot<>("quotes");
    /** The annotation with dependency parses of the sentences the events read. */
    public static final Slot<AnnotatedText> PARSES = new Slot<>("parses");
    public static final Slot<List<Event>> EVENTS = new Slot<>("events");
    public static final Slot<List<Agreement>> AGREEMENTS = new Slot<>("agreements");

    public Slot {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a slot's name is blank; expected a short noun such as 'actors'");
        }
    }

    @Override
    public String toString() {
        return "'" + name + "'";
    }
}
