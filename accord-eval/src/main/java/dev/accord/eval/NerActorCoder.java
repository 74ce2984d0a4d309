package dev.accord.eval;

import dev.accord.model.Countries;
import dev.accord.model.text.EntitySpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The baseline: the plain recogniser's COUNTRY and NATIONALITY mentions coded by state name alone,
 * with no registry, no demonyms beyond what state names give and no sectors.
 */
public final class NerActorCoder implements ActorCoder {

    @Override
    public String name() {
        return "corenlp-ner";
    }

    @Override
    public List<CodedMention> code(Analysis analysis) {
        List<CodedMention> out = new ArrayList<>();
        for (EntitySpan m : analysis.annotated().mentions()) {
            if (!m.tag().equals("COUNTRY") && !m.tag().equals("NATIONALITY")) {
                continue;
            }
            Optional<String> code = Countries.findCode(m.text());
            code.ifPresent(c -> out.add(new CodedMention(m.span(), m.text(), c, null)));
        }
        return out;
    }
}
