package dev.accord.extract.event;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Attribution;
import dev.accord.model.CharSpan;
import dev.accord.model.Event;
import dev.accord.model.EventArgument;
import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.EventType;
import dev.accord.model.Evidence;
import dev.accord.model.MentionKind;
import dev.accord.model.Modality;
import dev.accord.model.Provenance;
import dev.accord.model.TimeExpression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** An event while the steps build it: each step fills in its part, and {@link #build} makes the fact. */
final class Draft {

    /** Words by which an organisation's name says it works across states. */
    private static final Pattern TRANSNATIONAL_NAME = Pattern.compile(
            "\\b(International|World|Global|African|Asian|European|Arab|Latin American|Pan-\\p{Lu}\\p{L}+)\\b");

    EventLexicon.Trigger trigger;
    final int sentence;
    final int triggerToken;
    final CharSpan triggerSpan;
    final List<Party> actors = new ArrayList<>();
    final List<Party> recipients = new ArrayList<>();
    /** The subject names no actor itself ("they", "the leaders"): the parties come from an earlier event. */
    boolean pronounSubject;
    EventPlace place;
    TimeExpression time;
    Modality modality = Modality.ASSERTED;
    String name;
    String agreement;
    Integer agreementToken;
    double confidence;

    /** A draft for the trigger at token {@code token} of sentence {@code sentence}. */
    Draft(EventLexicon.Trigger trigger, int sentence, int token, CharSpan span) {
        this.trigger = trigger;
        this.sentence = sentence;
        this.triggerToken = token;
        this.triggerSpan = span;
    }

    void addActors(List<Party> parties) {
        for (Party p : parties) {
            if (actors.stream().noneMatch(a -> a.actor().id().equals(p.actor().id()))) {
                actors.add(p);
            }
        }
    }

    /** The event's id: its trigger's offset, unique within an article. */
    String id() {
        return "e" + triggerSpan.begin();
    }

    Event build(EventContext c, Provenance provenance) {
        EventLexicon.Trigger coded = ModalityAndAttribution.recode(trigger, modality);
        EventType type = coded.type();
        String mode = actors.size() + recipients.size() >= 3 && type == EventType.CONSULT && trigger.mode() == null
                ? "multilateral" : trigger.mode();
        Attribution attribution = ModalityAndAttribution.attribution(c.quotes, triggerSpan);
        EventDate date = DatesAndPlaces.date(c.article, time);
        // One argument per actor: "the United States and Israel" reaches Israel twice in the parse. But a
        // state is on both sides of a domestic event, between two parts of it, when the recipient's words
        // name a part of it and not the state itself: "Palestinian police confiscated weapons from
        // Palestinian armed groups".
        Set<String> seen = new HashSet<>();
        List<Party> others = recipients.stream()
                .filter(r -> actors.stream().noneMatch(a -> a.span().overlaps(r.span())
                        || a.actor().id().equals(r.actor().id()) && !namesAPart(c, r)))
                .filter(r -> seen.add(r.actor().id()))
                .toList();
        List<Party> acting = actors;
        if (type == EventType.CONSULT && !directed(coded.cameo(), mode)) {
            // A meeting with no host and no visitor is had by all who meet: "in such instances, all of the
            // entities are considered as the actor and no recipient is included" (PLOVER manual, 2.4.2).
            acting = new ArrayList<>(actors);
            for (Party r : others) {
                if (acting.stream().noneMatch(a -> a.actor().id().equals(r.actor().id()))) {
                    acting.add(r);
                }
            }
            others = List.of();
        }
        return new Event(id(), type, mode, trigger.context(), coded.cameo(),
                arguments(c, acting), arguments(c, others), Evidence.of(c.article, triggerSpan), place, date,
                modality, attribution, agreement, name, Math.min(0.95, confidence), provenance);
    }

    /** Whether the party's words name a part of its state, by the state's adjective or institution. */
    private static boolean namesAPart(EventContext c, Party p) {
        ActorMention m = c.mentionKinds.get(p.span());
        return m != null && (m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.GOVERNMENT);
    }

    /**
     * Whether a consultation runs from one side to the other: a visit, whose visitor acts and whose
     * host receives (CAMEO 042, 043), or a mediation between parties (045).
     */
    private static boolean directed(String cameo, String mode) {
        return "visit".equals(mode) || cameo.startsWith("042") || cameo.startsWith("043") || cameo.startsWith("045");
    }

    private static List<EventArgument> arguments(EventContext c, List<Party> parties) {
        return parties.stream()
                .map(p -> new EventArgument(p.actor().id(), code(c, p), Evidence.of(c.article, p.span()))).toList();
    }

    /**
     * ISO alpha-3 (or IGO code) and sector, as CAMEO writes actors: KAZGOV, CHN, SCO. An official (a
     * person whose role is in a government, a military or a legislature) or an organisation the text does
     * not place acts for the one state the article names, where it names only one: PLOVER codes a person
     * by the state they act for, and a text about one state's affairs leaves its own officials' state
     * unsaid ("President X threatened Ugandan opposition candidates"). Anyone else acts for no state: "the
     * novelist X visited Kenya" is no Kenyan's visit. An organisation of no state named
     * for the world or a continent is a non-governmental one across borders, CAMEO's {@code NGO} ("the
     * Association of African Jurists", "a world water forum"); a business is not.
     */
    static String code(EventContext c, Party p) {
        Actor a = p.actor();
        String base = a.kind() == ActorKind.STATE || a.kind() == ActorKind.IGO ? a.code() : a.country();
        if (base == null && a.kind() == ActorKind.ORGANIZATION && !"BUS".equals(a.sector())
                && TRANSNATIONAL_NAME.matcher(a.name()).find()) {
            return "NGO";
        }
        boolean official = a.kind() == ActorKind.PERSON && a.role() != null
                && (a.official() || "LEG".equals(a.sector()));
        if (base == null && (official || a.kind() == ActorKind.ORGANIZATION)) {
            base = c.soleState;
        }
        if (base == null) {
            return null;
        }
        String sector = p.sector() != null ? p.sector() : a.kind() == ActorKind.STATE || a.kind() == ActorKind.IGO
                ? null : a.sector();
        return "IGO".equals(sector) ? base : base + (sector == null ? "" : sector);
    }
}
