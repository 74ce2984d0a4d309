package dev.accord.consolidate;

import dev.accord.model.Attribution;
import dev.accord.model.CharSpan;
import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.EventType;
import dev.accord.model.Evidence;
import dev.accord.model.Modality;
import dev.accord.model.consolidated.EventMention;
import dev.accord.model.consolidated.EventMentionRef;
import dev.accord.model.consolidated.PersonMention;

import java.time.LocalDate;
import java.util.List;

/** Mentions written by hand for the engine's tests: one sentence each, the trigger its first word. */
final class Written {

    private Written() {
    }

    static EventMention event(String article, String outlet, LocalDate published, EventType type, Modality modality,
                              List<String> actors, String date, String place, String sentence) {
        String trigger = sentence.substring(0, sentence.indexOf(' '));
        Evidence evidence = new Evidence(article, new CharSpan(0, trigger.length()), trigger);
        EventMentionRef ref = new EventMentionRef(article, "e0", outlet, published, evidence, 0.9);
        return new EventMention(ref, type, type == EventType.CONSULT ? "040" : "057", modality, Attribution.ARTICLE,
                actors, List.of(), date == null ? null : new EventDate(date, "t1", null, false),
                place == null ? null : new EventPlace("place:" + place.toLowerCase(), place, evidence), null, null,
                sentence, null);
    }

    static PersonMention person(String article, String name, String role, String affiliation, String country) {
        Evidence evidence = new Evidence(article, new CharSpan(0, name.length()), name);
        return new PersonMention(article, "person:" + name.toLowerCase().replace(' ', '-'), null, null, name, role,
                affiliation, country, evidence, null);
    }
}
