package dev.accord.consolidate;

import dev.accord.model.EventDate;
import dev.accord.model.EventPlace;
import dev.accord.model.EventType;
import dev.accord.model.consolidated.AgreementMention;
import dev.accord.model.consolidated.ConsolidatedAgreement;
import dev.accord.model.consolidated.ConsolidatedEvent;
import dev.accord.model.consolidated.ConsolidatedPerson;
import dev.accord.model.consolidated.EventMention;
import dev.accord.model.consolidated.EventMentionRef;
import dev.accord.model.consolidated.PersonMention;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A cluster's members summarised as one consolidated fact. Every choice depends on the members alone, taken in
 * key order, so the same members always give the same fact.
 */
final class Summaries {

    private Summaries() {
    }

    static ConsolidatedEvent event(String id, List<EventMention> members, int reportWindowDays) {
        EventMention first = members.get(0);
        EventType type = majority(members, EventMention::type, Comparator.naturalOrder());
        String cameo = majority(members, EventMention::cameo, Comparator.naturalOrder());
        TreeSet<String> actors = new TreeSet<>();
        TreeSet<String> recipients = new TreeSet<>();
        for (EventMention m : members) {
            actors.addAll(m.actors());
            recipients.addAll(m.recipients());
        }
        recipients.removeAll(actors);
        EventMention dated = null;
        DateRange best = null;
        for (EventMention m : members) {
            DateRange r = m.date() == null ? null : DateRange.of(m.date(), m.ref().published(), reportWindowDays);
            if (m.date() != null && (dated == null || better(r, best))) {
                dated = m;
                best = r;
            }
        }
        String placeEntity = majority(members.stream().filter(m -> m.place() != null).toList(),
                m -> m.place().entity(), Comparator.<String>naturalOrder());
        EventMention placed = placeEntity == null ? null
                : members.stream().filter(m -> m.place() != null && m.place().entity().equals(placeEntity))
                .findFirst().orElseThrow();
        String name = members.stream().map(EventMention::name).filter(Objects::nonNull).findFirst().orElse(null);
        List<EventMentionRef> refs = members.stream().map(EventMention::ref).toList();
        return new ConsolidatedEvent(id, type, cameo, first.modality(), !first.attribution().isArticle(),
                List.copyOf(actors), List.copyOf(recipients), dated == null ? null : dated.date(),
                dated == null ? null : dated.ref(), placed == null ? null : placed.place(),
                placed == null ? null : placed.ref(), name, reports(refs, EventMentionRef::articleId),
                outlets(refs, EventMentionRef::outlet), first(refs, EventMentionRef::published),
                last(refs, EventMentionRef::published), refs);
    }

    /** A date the text gives beats a publication date; a shorter range beats a longer; a range beats none. */
    private static boolean better(DateRange r, DateRange best) {
        if (r == null) {
            return false;
        }
        if (best == null) {
            return true;
        }
        if (r.loose() != best.loose()) {
            return !r.loose();
        }
        return r.days() < best.days();
    }

    static ConsolidatedAgreement agreement(String id, List<AgreementMention> members,
                                           Function<String, String> eventOf, int reportWindowDays) {
        String name = majority(members, AgreementMention::name, null);
        String kind = majority(members, AgreementMention::kind, null);
        List<String> statuses = members.stream().map(AgreementMention::status).toList();
        String status = statuses.contains("SIGNED") ? "SIGNED" : statuses.contains("PROMISED") ? "PROMISED"
                : "MENTIONED";
        TreeSet<String> parties = new TreeSet<>();
        TreeSet<String> events = new TreeSet<>();
        EventDate date = null;
        DateRange best = null;
        for (AgreementMention m : members) {
            parties.addAll(m.parties());
            for (String e : m.events()) {
                String consolidated = eventOf.apply(m.articleId() + "#" + e);
                if (consolidated != null) {
                    events.add(consolidated);
                }
            }
            DateRange r = m.date() == null ? null : DateRange.of(m.date(), m.published(), reportWindowDays);
            if (m.date() != null && (date == null || better(r, best))) {
                date = m.date();
                best = r;
            }
        }
        String placeEntity = majority(members.stream().filter(m -> m.place() != null).toList(),
                m -> m.place().entity(), Comparator.<String>naturalOrder());
        EventPlace place = placeEntity == null ? null
                : members.stream().map(AgreementMention::place)
                .filter(p -> p != null && p.entity().equals(placeEntity)).findFirst().orElseThrow();
        return new ConsolidatedAgreement(id, name, kind, status, List.copyOf(parties), date, place,
                List.copyOf(events), reports(members, AgreementMention::articleId),
                outlets(members, AgreementMention::outlet), members);
    }

    static ConsolidatedPerson person(String id, List<PersonMention> members) {
        PersonMention first = members.get(0);
        String role = majority(members.stream().filter(m -> m.role() != null).toList(), PersonMention::role, null);
        String affiliation = members.stream().map(PersonMention::affiliation).filter(Objects::nonNull)
                .max(Comparator.comparingInt(String::length)).orElse(null);
        String country = majority(members.stream().filter(m -> m.country() != null).toList(),
                PersonMention::country, null);
        return new ConsolidatedPerson(id, first.name(), role, affiliation, country,
                reports(members, PersonMention::articleId), outlets(members, PersonMention::outlet), members);
    }

    /**
     * The value most members give; ties go to the smaller value by {@code order}, or, without an order, to the
     * value the first member (by key) gives. {@code null} for no members.
     */
    private static <M, V> V majority(List<M> members, Function<M, V> value, Comparator<V> order) {
        Map<V, Integer> counts = new LinkedHashMap<>();
        for (M m : members) {
            counts.merge(value.apply(m), 1, Integer::sum);
        }
        V best = null;
        int most = 0;
        for (Map.Entry<V, Integer> e : counts.entrySet()) {
            boolean more = e.getValue() > most;
            boolean tieWins = e.getValue() == most && order != null && order.compare(e.getKey(), best) < 0;
            if (more || tieWins) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static <M> int reports(List<M> members, Function<M, String> article) {
        return (int) members.stream().map(article).distinct().count();
    }

    private static <M> List<String> outlets(List<M> members, Function<M, String> outlet) {
        return members.stream().map(outlet).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static <M> LocalDate first(List<M> members, Function<M, LocalDate> date) {
        return members.stream().map(date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static <M> LocalDate last(List<M> members, Function<M, LocalDate> date) {
        return members.stream().map(date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
