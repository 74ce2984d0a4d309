package dev.accord.extract.event;

import dev.accord.model.CharSpan;
import dev.accord.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InheritanceTest {

    private static final EventLexicon LEXICON = EventLexicon.standard();

    private static Draft draft(String verb, int sentence, List<Party> actors) {
        Draft d = new Draft(LEXICON.forVerb(verb, List.of()).orElseThrow(), sentence, sentence * 10,
                new CharSpan(sentence * 10, sentence * 10 + 3));
        d.addActors(actors);
        return d;
    }

    private static List<Party> states(String... iso3) {
        Written w = Written.sentence(String.join(" ", iso3), "NNP ".repeat(iso3.length).strip(),
                "- ".repeat(iso3.length).strip());
        for (int i = 0; i < iso3.length; i++) {
            w.state(i, i, iso3[i]);
        }
        return w.actors().stream().map(a -> new Party(a, null, a.mentions().get(0).evidence().span())).toList();
    }

    /** "They signed" in sentence {@code sentence}, after a meeting of Peru and Chile in the first. */
    private static Draft theySignedIn(int sentence) {
        Draft met = draft("meet", 0, states("PER", "CHL"));
        Draft signed = draft("sign", sentence, List.of());
        signed.pronounSubject = true;
        Inheritance.apply(signed, List.of(signed), List.of(met));
        return signed;
    }

    @Test
    void theySignedIsByThePartiesOfTheLastGroupEventBefore() {
        assertEquals(List.of("state:PER", "state:CHL"), theySignedIn(1).actors.stream().map(p -> p.actor().id())
                .toList());
    }

    @Test
    void aGroupMoreThanTwoSentencesBackIsTooFar() {
        assertTrue(theySignedIn(3).actors.isEmpty());
    }

    @Test
    void aSigningWithoutASubjectIsByThePartiesOfItsSentencesOtherEvent() {
        Draft summit = draft("meet", 0, states("LAO", "VNM", "KHM"));
        summit.name = "Mekong Summit";
        Draft signed = draft("sign", 0, List.of());
        signed.agreementToken = 5;
        Inheritance.apply(signed, List.of(summit, signed), List.of());
        assertEquals(3, signed.actors.size());
        assertEquals(EventType.SUPPORT, signed.trigger.type());
        assertEquals(null, signed.name);
    }
}
