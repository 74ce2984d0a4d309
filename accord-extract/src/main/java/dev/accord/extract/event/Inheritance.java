package dev.accord.extract.event;

import dev.accord.model.ActorKind;
import dev.accord.model.EventType;
import dev.accord.model.text.Sentence;

import java.util.List;
import java.util.Optional;

/**
 * The event coder's step "inheritance": an event whose subject names no actor takes its parties
 * (and its place, date and name where it has none) from another event. A signing with no subject of
 * its own ("where the Astana Declaration was signed") is by the parties of the summit in its sentence;
 * "They signed" is by the parties of the last event of a group before. An event its own sentence does
 * not date may take the date of the event told just before it ({@link #carryDate}).
 */
final class Inheritance {

    private Inheritance() {
    }

    /**
     * @param inSentence the drafts of the draft's own sentence
     * @param earlier    the drafts of the sentences before, in text order
     */
    static void apply(Draft d, List<Draft> inSentence, List<Draft> earlier) {
        Optional<Draft> source = Optional.empty();
        if (d.actors.isEmpty() && d.trigger.type() == EventType.SUPPORT && d.agreementToken != null) {
            source = inSentence.stream().filter(o -> o != d && !o.actors.isEmpty()).findFirst();
        }
        if (d.pronounSubject && source.isEmpty()) {
            // A plural subject names a group: the last event of a group (several parties, or an
            // organisation) within two sentences, else the event just before.
            for (int k = earlier.size() - 1; k >= 0 && source.isEmpty(); k--) {
                Draft o = earlier.get(k);
                boolean group = o.actors.size() >= 2 || o.actors.get(0).actor().kind() == ActorKind.IGO;
                if (d.sentence - o.sentence <= 2 && group) {
                    source = Optional.of(o);
                }
            }
            if (source.isEmpty() && !earlier.isEmpty() && d.sentence - earlier.get(earlier.size() - 1).sentence <= 1) {
                source = Optional.of(earlier.get(earlier.size() - 1));
            }
        }
        source.ifPresent(o -> {
            d.addActors(o.actors);
            if (d.place == null) {
                d.place = o.place;
            }
            if (d.time == null) {
                d.time = o.time;
            }
            if (d.name == null && o.name != null && d.trigger.type() == EventType.CONSULT) {
                d.name = o.name;
            }
        });
    }

    /**
     * An event its own sentence does not date takes the date of the last dated event of the sentence
     * just before, in the same paragraph, when the two share a party and the event is told in the simple
     * past: news tells one occasion over consecutive sentences ("In June, the summit was held in Astana.
     * The six countries voiced their commitment ..."). A word of the present or a vague past of its own
     * ("now", "today", "recently"), a new paragraph, another tense or no shared party leaves it undated,
     * so it takes the article's date. ("A shared future" names no time of the event and does not stop it.)
     */
    static void carryDate(EventContext c, Sentence s, Draft d, List<Draft> earlier) {
        if (d.time != null || d.sentence == 0 || !"VBD".equals(c.token(d.triggerToken).pos())
                || c.times.stream().anyMatch(t -> s.span().overlaps(t.evidence().span())
                        && (t.value().equals("PRESENT_REF") || t.value().equals("PAST_REF")))) {
            return;
        }
        Sentence before = c.annotated.sentences().get(d.sentence - 1);
        if (c.annotated.text().substring(before.span().end(), s.span().begin()).indexOf('\n') >= 0) {
            return;
        }
        for (int k = earlier.size() - 1; k >= 0 && earlier.get(k).sentence == before.index(); k--) {
            Draft o = earlier.get(k);
            boolean shared = o.actors.stream().anyMatch(a -> d.actors.stream()
                    .anyMatch(b -> b.actor().id().equals(a.actor().id())));
            if (o.time != null && shared) {
                d.time = o.time;
                return;
            }
        }
    }
}
