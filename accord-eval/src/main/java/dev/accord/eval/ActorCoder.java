package dev.accord.eval;

import dev.accord.model.CharSpan;

import java.util.List;
import java.util.Objects;

/**
 * What one system says the coded actors of an analysed text are. Accord's actors and the plain
 * recogniser's states are two coders; once events exist, a coder reading each event's source and
 * target roles replaces the first without touching the scorer.
 */
public interface ActorCoder {

    /** The system's name in the score table. */
    String name();

    /** Every coded actor mention the system finds; mentions it cannot code are left out. */
    List<CodedMention> code(Analysis analysis);

    /**
     * One coded mention.
     *
     * @param span   where it stands in the analysed text
     * @param text   its words
     * @param code   in PLOVER's terms: a state's ISO alpha-3, {@code IGO} or {@code NGO}
     * @param sector a CAMEO sector such as GOV or MIL, or {@code null}
     */
    record CodedMention(CharSpan span, String text, String code, String sector) {
        public CodedMention {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(code, "code");
        }
    }
}
