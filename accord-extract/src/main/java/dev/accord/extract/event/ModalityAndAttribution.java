package dev.accord.extract.event;

import dev.accord.extract.WordList;
import dev.accord.model.Attribution;
import dev.accord.model.CharSpan;
import dev.accord.model.EventType;
import dev.accord.model.Modality;
import dev.accord.model.Quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The event coder's step "modality and attribution": whether an event is asserted, negated, future or
 * hypothetical, read from its trigger's auxiliaries and governors; how that recodes it (future
 * cooperation is an intent, AGREE; future force a threat, THREATEN; refused cooperation a rejection);
 * and whose words it is, the reporter's or a quoted speaker's.
 */
final class ModalityAndAttribution {

    private static final Set<String> NEGATIONS = WordList.set("negations");
    private static final Set<String> FUTURE_AUX = WordList.set("future-auxiliaries");
    private static final Set<String> HYPOTHETICAL_AUX = WordList.set("hypothetical-auxiliaries");
    private static final Set<String> INTENT_VERBS = WordList.set("intent-verbs");
    static final Set<String> SPEECH_VERBS = WordList.set("speech-verbs");
    /** Types that, negated, are a refusal. */
    static final Set<EventType> COOPERATIVE = Set.of(EventType.AGREE, EventType.CONSULT, EventType.COOPERATE,
            EventType.AID, EventType.SUPPORT);

    private ModalityAndAttribution() {
    }

    /**
     * Sets the draft's modality; a harmful act held over a condition ("will withdraw its force unless a
     * ceasefire is arranged") becomes a threat (CAMEO 13).
     */
    static void apply(EventContext c, ParseGraph g, Draft d) {
        d.modality = modality(c, g, d.triggerToken);
        if (d.modality != Modality.ASSERTED && d.modality != Modality.NEGATED && !COOPERATIVE.contains(d.trigger.type())
                && conditionalOnUnless(c, g, d.triggerToken)) {
            d.trigger = new EventLexicon.Trigger(d.trigger.verb(), d.trigger.noun(), "130", EventType.THREATEN, null,
                    d.trigger.context());
        }
    }

    /** Negation, future, intention and condition from the trigger's auxiliaries and governors. */
    static Modality modality(EventContext c, ParseGraph g, int verb) {
        for (var d : g.children(verb)) {
            String w = c.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
                    && NEGATIONS.contains(w)) {
                return Modality.NEGATED;
            }
            if (d.relation().equals("mark") && (w.equals("if") || w.equals("unless"))) {
                return Modality.HYPOTHETICAL;
            }
        }
        for (var d : g.children(verb)) {
            String w = c.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().startsWith("aux") && FUTURE_AUX.contains(w)) {
                return Modality.FUTURE;
            }
            if (d.relation().startsWith("aux") && w.equals("would") && reported(c, g, verb)) {
                // "they said they would boycott": reported speech puts "will" into "would".
                return Modality.FUTURE;
            }
            if (d.relation().startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
                return Modality.HYPOTHETICAL;
            }
        }
        for (var d : g.parents(verb)) {
            if (d.governor() >= 0 && d.relation().equals("xcomp") && INTENT_VERBS.contains(c.lemma(d.governor()))) {
                return Modality.FUTURE;
            }
            if (d.governor() >= 0 && d.relation().equals("xcomp")) {
                Modality outer = modality(c, g, d.governor());
                if (outer != Modality.ASSERTED) {
                    return outer;
                }
            }
        }
        return Modality.ASSERTED;
    }

    /** Whether the verb heads the clause a speech verb reports ("said they would ..."). */
    private static boolean reported(EventContext c, ParseGraph g, int verb) {
        return g.parents(verb).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("ccomp")
                && SPEECH_VERBS.contains(c.lemma(d.governor())));
    }

    /** Whether the verb has a clause introduced by "unless" ({@code advcl}, or enhanced {@code advcl:unless}). */
    private static boolean conditionalOnUnless(EventContext c, ParseGraph g, int verb) {
        return g.children(verb, "advcl").stream().anyMatch(clause -> g.children(clause, "mark").stream()
                .anyMatch(mark -> c.token(mark).word().equalsIgnoreCase("unless")));
    }

    /**
     * The trigger as its modality codes it: future cooperation is an intent to cooperate (AGREE) and
     * future force a threat (THREATEN), as the PLOVER manual asks; cooperation negated ("will not
     * accept", "refused to meet") is a rejection (CAMEO 12).
     */
    static EventLexicon.Trigger recode(EventLexicon.Trigger trigger, Modality modality) {
        EventType type = trigger.type();
        String cameo = trigger.cameo();
        if (modality == Modality.FUTURE) {
            String recoded = futureCode(type, cameo);
            type = recoded.equals(cameo) ? type : recoded.startsWith("13") ? EventType.THREATEN : EventType.AGREE;
            cameo = recoded;
        } else if (modality == Modality.NEGATED && COOPERATIVE.contains(type)) {
            cameo = type == EventType.CONSULT ? "125" : "120";
            type = EventType.REJECT;
        }
        return new EventLexicon.Trigger(trigger.verb(), trigger.noun(), cameo, type, trigger.mode(), trigger.context(),
                trigger.mined());
    }

    /** Future cooperation is an intent to cooperate (AGREE); future force is a threat (THREATEN). */
    static String futureCode(EventType type, String cameo) {
        return switch (type) {
            case CONSULT -> "036";
            case COOPERATE -> cameo.startsWith("061") ? "0311" : "031";
            case AID -> "033";
            case SUPPORT -> "032";
            case CONCEDE, RETREAT -> "035";
            case SANCTION, COERCE -> "131";
            case ASSAULT, MOBILIZE -> "138";
            case PROTEST -> "133";
            default -> cameo;
        };
    }

    /** The quote whose words hold the trigger, and its speaker; else the article's own voice. */
    static Attribution attribution(List<Quote> quotes, CharSpan trigger) {
        return quotes.stream()
                .filter(q -> q.parts().stream().anyMatch(p -> p.span().contains(trigger)))
                .findFirst().map(q -> new Attribution(q.id(), q.speaker())).orElse(Attribution.ARTICLE);
    }
}
