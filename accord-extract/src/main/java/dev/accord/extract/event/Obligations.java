package dev.accord.extract.event;

import dev.accord.extract.WordList;
import dev.accord.model.EventType;
import dev.accord.model.text.Sentence;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The event coder's step for requests without a request verb: "X said Y must reach an agreement" is X
 * asking Y to act (CAMEO 10), triggered by the modal, with the speaker as actor and the clause's
 * subject as recipient.
 */
final class Obligations {

    private static final Set<String> OBLIGATION_AUX = WordList.set("obligation-auxiliaries");
    private static final EventLexicon.Trigger REQUEST = new EventLexicon.Trigger(null, null, "100", EventType.REQUEST,
            null, null);

    private Obligations() {
    }

    /** The request that speech verb {@code speech} reports, if it has a speaker and an addressee. */
    static Optional<Draft> request(EventContext c, ParseGraph g, Sentence s, int speech) {
        if (!ModalityAndAttribution.SPEECH_VERBS.contains(c.lemma(speech)) || !c.token(speech).pos().startsWith("VB")) {
            return Optional.empty();
        }
        for (int clause : g.children(speech, "ccomp")) {
            Optional<Integer> modal = g.children(clause, "aux").stream()
                    .filter(a -> OBLIGATION_AUX.contains(c.token(a).word().toLowerCase(Locale.ROOT))).findFirst();
            if (modal.isEmpty()) {
                continue;
            }
            Draft d = new Draft(REQUEST, s.index(), modal.get(), c.token(modal.get()).span());
            d.confidence = 0.6;
            for (int subject : g.children(speech, "nsubj")) {
                d.addActors(Parties.parties(c, g, subject));
            }
            for (int subject : g.children(clause, "nsubj")) {
                d.recipients.addAll(Parties.parties(c, g, subject));
            }
            d.time = DatesAndPlaces.time(c, s, speech);
            if (!d.actors.isEmpty() && !d.recipients.isEmpty()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
