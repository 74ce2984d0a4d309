package dev.accord.extract.event;

import dev.accord.extract.TimeExtractor;
import dev.accord.extract.WordList;
import dev.accord.model.Agreement;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.EventDate;
import dev.accord.model.EventType;
import dev.accord.model.Evidence;
import dev.accord.model.Modality;
import dev.accord.model.Provenance;
import dev.accord.model.Theme;
import dev.accord.model.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The event coder's last step, "agreements": the named documents and the agreement nouns that events
 * sign or promise, each an {@link Agreement} with its kind, status (signed, promised or only
 * mentioned), parties, date, place, the summit it was signed at and its topics; each event that signs
 * or promises one is linked to it.
 */
final class Agreements {

    private static final List<String> AGREEMENT_KINDS = WordList.list("agreement-kinds");

    private Agreements() {
    }

    /** "signed and issued the Tianjin Declaration" is one signing: later drafts that repeat one are left out. */
    static List<Draft> distinctSignings(List<Draft> inSentence) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : inSentence) {
            boolean repeat = d.agreementToken != null && kept.stream().anyMatch(k ->
                    d.agreementToken.equals(k.agreementToken) && k.trigger.type() == d.trigger.type());
            if (!repeat) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** The article's agreements; links each signing or promising draft to its agreement. */
    static List<Agreement> apply(EventContext c, List<Draft> drafts, Provenance provenance) {
        Map<String, AgreementDraft> byId = new LinkedHashMap<>();
        for (Entity e : c.entities) {
            if (e.type() == EntityType.OTHER && "DOCUMENT".equals(e.tag())) {
                AgreementDraft a = byId.computeIfAbsent(idOf(e), id -> new AgreementDraft(id, e.name()));
                a.mentions.addAll(e.mentions());
            }
        }
        for (Draft d : drafts) {
            EventType type = d.trigger.type();
            if (d.agreementToken == null || type != EventType.SUPPORT && type != EventType.AGREE) {
                continue;
            }
            CharSpan span = c.token(d.agreementToken).span();
            Optional<Entity> doc = documentAt(c, span);
            AgreementDraft a = doc.map(e -> byId.get(idOf(e)))
                    .orElseGet(() -> byId.computeIfAbsent("agreement:" + c.lemma(d.agreementToken) + "-" + span.begin(),
                            id -> {
                                AgreementDraft fresh = new AgreementDraft(id, c.token(d.agreementToken).word());
                                fresh.mentions.add(Evidence.of(c.article, span));
                                return fresh;
                            }));
            d.agreement = a.id;
            a.events.add(d);
        }
        List<Agreement> out = new ArrayList<>();
        for (AgreementDraft a : byId.values()) {
            out.add(a.build(c, drafts, provenance));
        }
        return out;
    }

    private static String idOf(Entity document) {
        return "agreement:" + document.id().substring(document.id().indexOf(':') + 1);
    }

    /** The named document whose mention holds {@code span}. */
    static Optional<Entity> documentAt(EventContext c, CharSpan span) {
        return c.entities.stream().filter(e -> e.type() == EntityType.OTHER && "DOCUMENT".equals(e.tag()))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.span().contains(span))).findFirst();
    }

    private static final class AgreementDraft {
        final String id;
        final String name;
        final List<Evidence> mentions = new ArrayList<>();
        final List<Draft> events = new ArrayList<>();

        AgreementDraft(String id, String name) {
            this.id = id;
            this.name = name;
        }

        Agreement build(EventContext c, List<Draft> all, Provenance provenance) {
            Optional<Draft> signing = events.stream().filter(e -> e.trigger.type() == EventType.SUPPORT
                    && e.modality == Modality.ASSERTED).findFirst();
            Optional<Draft> main = signing.or(() -> events.stream().findFirst());
            String status = signing.isPresent() ? "SIGNED" : events.isEmpty() ? "MENTIONED" : "PROMISED";
            List<String> parties = new ArrayList<>();
            main.ifPresent(e -> {
                e.actors.forEach(p -> parties.add(p.actor().id()));
                e.recipients.stream().map(p -> p.actor().id()).filter(id -> !parties.contains(id))
                        .forEach(parties::add);
            });
            // An agreement is dated by its event's own words only: the publication date is no signing date.
            EventDate date = main.map(e -> e.time).map(TimeExtractor::dateOf).orElse(null);
            String signedAt = main.flatMap(e -> all.stream()
                    .filter(o -> o.name != null && o != e && o.sentence <= e.sentence && e.sentence - o.sentence <= 1)
                    .reduce((first, second) -> second)).map(o -> o.name).orElse(null);
            List<String> eventIds = events.stream().map(Draft::id).toList();
            List<Evidence> sorted = mentions.stream().sorted().toList();
            // Its topics: the themes named in the sentences that name or sign it.
            List<CharSpan> sentences = new ArrayList<>();
            sorted.forEach(m -> sentences.add(sentenceOf(c, m.span())));
            events.forEach(e -> sentences.add(sentenceOf(c, e.triggerSpan)));
            List<String> topics = c.themes.stream().filter(t -> sentences.stream().anyMatch(t::within))
                    .map(Theme::code).toList();
            return new Agreement(id, name, kindOf(name), status, parties, date, main.map(e -> e.place).orElse(null),
                    signedAt, topics, eventIds, sorted, provenance);
        }
    }

    private static CharSpan sentenceOf(EventContext c, CharSpan span) {
        return c.annotated.sentences().stream().map(Sentence::span).filter(s -> s.contains(span)).findFirst()
                .orElse(span);
    }

    /** The kind of an agreement from its name: the first of {@code agreement-kinds} the name holds. */
    static String kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String kind : AGREEMENT_KINDS) {
            if (lower.contains(kind)) {
                return kind.equals("communiqué") ? "communique" : kind;
            }
        }
        return "agreement";
    }
}
