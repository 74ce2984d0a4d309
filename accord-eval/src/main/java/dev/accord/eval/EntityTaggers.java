package dev.accord.eval;

import dev.accord.eval.MeantimeEntityScorer.EntityTagger;
import dev.accord.eval.MeantimeEntityScorer.Mention;
import dev.accord.model.Actor;
import dev.accord.model.ActorMention;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.Evidence;
import dev.accord.model.MentionKind;
import dev.accord.model.text.EntitySpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The two systems the entity scorer compares: Accord's entities and actors, and the plain recogniser. */
public final class EntityTaggers {

    /** The recogniser's tags that are places, fine-grained or not. */
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

    /** The actor mentions that are names; pronouns, demonyms and role nouns are not. */
    private static final Set<MentionKind> NAME_KINDS = Set.of(MentionKind.NAME, MentionKind.ACRONYM,
            MentionKind.SURNAME, MentionKind.CAPITAL);

    private EntityTaggers() {
    }

    /**
     * Accord: every mention of its named entities (states and places as LOC, people as PER,
     * organisations as ORG), and every name-like mention of its actors, whose kind decides where the
     * two disagree on the same words. Nationalities, initiatives and other names are not scored.
     */
    public static EntityTagger accord() {
        return new EntityTagger() {
            @Override
            public String name() {
                return "accord";
            }

            @Override
            public List<Mention> mentions(Analysis analysis) {
                Map<CharSpan, Mention> bySpan = new TreeMap<>();
                for (Entity e : analysis.facts().entities()) {
                    String type = switch (e.type()) {
                        case STATE, PLACE -> "LOC";
                        case PERSON -> "PER";
                        case ORGANIZATION -> "ORG";
                        case NATIONALITY, OTHER -> null;
                    };
                    for (Evidence m : e.mentions()) {
                        put(bySpan, m, type);
                    }
                }
                for (Actor a : analysis.facts().actors()) {
                    String type = switch (a.kind()) {
                        case STATE -> "LOC";
                        case PERSON -> "PER";
                        case IGO, ORGANIZATION, MEDIA -> "ORG";
                        case INITIATIVE -> null;
                    };
                    for (ActorMention m : a.mentions()) {
                        if (NAME_KINDS.contains(m.kind())) {
                            put(bySpan, m.evidence(), type);
                        }
                    }
                }
                return List.copyOf(bySpan.values());
            }

            private static void put(Map<CharSpan, Mention> bySpan, Evidence e, String type) {
                if (type != null) {
                    bySpan.put(e.span(), new Mention(e.span(), e.text(), type));
                }
            }
        };
    }

    /** The plain recogniser's mentions of the same run: PERSON, ORGANIZATION and every place tag. */
    public static EntityTagger corenlp() {
        return new EntityTagger() {
            @Override
            public String name() {
                return "corenlp-ner";
            }

            @Override
            public List<Mention> mentions(Analysis analysis) {
                List<Mention> out = new ArrayList<>();
                for (EntitySpan m : analysis.annotated().mentions()) {
                    String type = m.tag().equals("PERSON") ? "PER" : m.tag().equals("ORGANIZATION") ? "ORG"
                            : PLACE_TAGS.contains(m.tag()) ? "LOC" : null;
                    if (type != null) {
                        out.add(new Mention(m.span(), m.text(), type));
                    }
                }
                return out;
            }
        };
    }
}
