package dev.accord.extract.event;

import dev.accord.extract.TimeExtractor;
import dev.accord.model.Article;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.Evidence;
import dev.accord.model.TimeExpression;
import dev.accord.model.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The event coder's step "dates and places": where an event happened, from its trigger's "in" or "at"
 * phrase, and when, by the one event-date rule of {@link TimeExtractor#eventTime}.
 */
final class DatesAndPlaces {

    private DatesAndPlaces() {
    }

    /** Sets the draft's place and time from its trigger. */
    static void apply(EventContext c, ParseGraph g, Sentence s, Draft d) {
        d.place = place(c, g, d.triggerToken);
        d.time = time(c, s, d.triggerToken);
    }

    /** The place named in the trigger's "in" or "at" phrase, a city before a state. */
    static EventPlace place(EventContext c, ParseGraph g, int head) {
        List<Integer> heads = new ArrayList<>(g.children(head, "obl:in"));
        heads.addAll(g.children(head, "obl:at"));
        heads.addAll(g.children(head, "nmod:in"));
        for (int h : heads) {
            TreeSet<Integer> phrase = g.phrase(h);
            EventPlace best = null;
            for (Entity e : c.entities) {
                if (e.type() != EntityType.PLACE && e.type() != EntityType.STATE) {
                    continue;
                }
                for (Evidence m : e.mentions()) {
                    boolean inside = phrase.stream().anyMatch(t -> m.span().contains(c.token(t).span()));
                    if (inside && (best == null || e.type() == EntityType.PLACE && !"REGION".equals(e.tag()))) {
                        best = new EventPlace(e.id(), e.name(), m);
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The time expression that dates the words at token {@code head}, or {@code null}. */
    static TimeExpression time(EventContext c, Sentence s, int head) {
        return TimeExtractor.eventTime(c.times, s.span(), c.token(head).span()).orElse(null);
    }

    /** An event's date from its time expression, else the article's publication date marked as such. */
    static EventDate date(Article article, TimeExpression time) {
        return time != null ? TimeExtractor.dateOf(time) : TimeExtractor.publicationDate(article).orElse(null);
    }
}
