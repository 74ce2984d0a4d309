package dev.accord.eval;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Countries;

import java.util.ArrayList;
import java.util.List;

/**
 * Accord's actors in PLOVER's coding: a state by its ISO code, any registered international
 * organisation as {@code IGO}, a person or organisation by its country (or {@code IGO} when it belongs
 * to one), an organisation of sector NGO as {@code NGO}. Actors with none of these are not coded.
 */
public final class AccordActorCoder implements ActorCoder {

    @Override
    public String name() {
        return "accord";
    }

    @Override
    public List<CodedMention> code(Analysis analysis) {
        List<CodedMention> out = new ArrayList<>();
        for (Actor a : analysis.facts().actors()) {
            String code = plover(a);
            if (code == null) {
                continue;
            }
            for (ActorMention m : a.mentions()) {
                String sector = m.sector() != null ? m.sector() : a.sector();
                out.add(new CodedMention(m.evidence().span(), m.evidence().text(), code, sector));
            }
        }
        return out;
    }

    static String plover(Actor a) {
        if (a.kind() == ActorKind.STATE) {
            return a.code();
        }
        if (a.kind() == ActorKind.IGO) {
            return "IGO";
        }
        if ("NGO".equals(a.sector())) {
            return "NGO";
        }
        if (a.country() == null) {
            return null;
        }
        // A country that is no state's code is the code of the organisation the actor belongs to.
        return Countries.all().containsValue(a.country()) ? a.country() : "IGO";
    }
}
