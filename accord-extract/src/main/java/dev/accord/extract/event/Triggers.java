package dev.accord.extract.event;

import dev.accord.model.text.Sentence;
import dev.accord.model.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The event coder's first step, "triggers": the verbs of a sentence that {@code events.tsv} codes,
 * alone or with their object ("hold talks", "launched a mediation effort"), each made a draft event
 * with its CAMEO code, PLOVER type and a confidence that is higher for a verb–noun pair.
 */
final class Triggers {

    private final EventLexicon lexicon;

    Triggers(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the tokens hold a word an event can start from: a verb the lexicon codes (alone or with a
     * noun) or a summit noun.
     */
    boolean mayTrigger(List<Token> tokens) {
        for (Token t : tokens) {
            String lemma = EventContext.lemma(t);
            if (Summits.SUMMIT_NOUNS.contains(lemma)
                    || t.pos().startsWith("VB") && (lexicon.forVerb(lemma, List.of()).isPresent()
                    || lexicon.isPairVerb(lemma))) {
                return true;
            }
        }
        return false;
    }

    /** The draft event token {@code i} triggers, if it is a verb the lexicon codes with its arguments. */
    Optional<Draft> verb(EventContext c, ParseGraph g, Sentence s, int i) {
        Token t = c.token(i);
        if (!t.pos().startsWith("VB")) {
            return Optional.empty();
        }
        Optional<EventLexicon.Trigger> trigger = lexicon.forVerb(c.lemma(i), argumentLemmas(c, g, i));
        if (trigger.isEmpty() || governedByTrigger(c, g, i)) {
            return Optional.empty();
        }
        Draft d = new Draft(trigger.get(), s.index(), i, t.span());
        // A mined trigger was not checked against Accord's text: it counts for less than one of the lexicon's.
        d.confidence = (trigger.get().specific() ? 0.8 : 0.65) - (trigger.get().mined() ? 0.15 : 0);
        return Optional.of(d);
    }

    /** The words a verb–noun pair may need: the lemmas and forms of the verb's objects and obliques. */
    private static List<String> argumentLemmas(EventContext c, ParseGraph g, int i) {
        List<String> argumentLemmas = new ArrayList<>();
        for (var d : g.children(i)) {
            if (d.relation().startsWith("obj") || d.relation().startsWith("obl") || d.relation().equals("nsubj:pass")
                    || d.relation().equals("compound:prt")) {
                // The lexicon writes some nouns as lemmas ("talk") and some as used ("sanctions", "ties").
                argumentLemmas.add(c.lemma(d.dependent()));
                argumentLemmas.add(c.token(d.dependent()).word().toLowerCase(Locale.ROOT));
                // "launched a mediation effort", "received a mission of observers": the noun's modifiers
                // count, by lemma and as used, as the argument itself does.
                for (var m : g.children(d.dependent())) {
                    if (m.relation().equals("compound") || m.relation().equals("nmod:of")) {
                        argumentLemmas.add(c.lemma(m.dependent()));
                        argumentLemmas.add(c.token(m.dependent()).word().toLowerCase(Locale.ROOT));
                    }
                }
                if (d.relation().startsWith("obl:")) {
                    argumentLemmas.add(d.relation().substring(4));
                }
            }
        }
        return argumentLemmas;
    }

    /**
     * "agreed to cooperate": the inner verb belongs to the outer trigger, which codes the sentence. Only a
     * trigger of Accord's own lexicon takes the inner verb's place: a mined one ("sworn to fight") gives
     * way to the lexicon's, as everywhere.
     */
    private boolean governedByTrigger(EventContext c, ParseGraph g, int i) {
        for (var d : g.parents(i)) {
            if (d.governor() >= 0 && d.relation().equals("xcomp")
                    && lexicon.forVerb(c.lemma(d.governor()), List.of()).filter(t -> !t.mined()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
