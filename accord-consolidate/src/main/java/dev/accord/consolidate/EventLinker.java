package dev.accord.consolidate;

import dev.accord.model.EventType;
import dev.accord.model.consolidated.EventMention;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two event mentions report one event. Hard conditions first: the same type family, modality and voice
 * (a promised summit is never the summit held, a quoted claim never the article's report), a participant in
 * common, dates that may be the same day and places that are not different places. A mention whose date is only
 * its article's publication date may be a retrospective ("the declaration signed there"), so it links outside
 * that date's window only when both mentions name the same event or sign the same agreement. Then a score:
 * how far one party list contains the other and the same CAMEO code, which any two events of one actor and type
 * share, plus the evidence that they are one: the same day, the same place, the same name or agreement, and how
 * alike the words around the two triggers are — by shared content words and, with embeddings on, by the dot
 * product of their sentence embeddings. They link when the score reaches the threshold.
 */
final class EventLinker implements Linker<EventMention> {

    /** Dates longer than this are too vague to block by week; they are filed by year. */
    private static final int VAGUE_DAYS = 62;
    /** How many mentions' derived features are kept; all are dropped when there are more. */
    private static final int CACHE = 200_000;

    private final ConsolidationSettings settings;
    /** By the mention object: an in-memory index returns the same objects, a store's index new ones. */
    private final Map<EventMention, Features> cache = new IdentityHashMap<>();

    EventLinker(ConsolidationSettings settings) {
        this.settings = settings;
    }

    /**
     * The family of a PLOVER type: types that coders and writers confuse for one happening (a meeting, a
     * signing or material cooperation, verbal conflict, force) share one.
     */
    static String family(EventType type) {
        return switch (type) {
            case CONSULT -> "consult";
            case AGREE -> "agree";
            case SUPPORT, COOPERATE -> "cooperate";
            case AID -> "aid";
            case CONCEDE, RETREAT -> "yield";
            case REQUEST -> "request";
            case ACCUSE, REJECT, PROTEST -> "dispute";
            case THREATEN -> "threaten";
            case SANCTION -> "sanction";
            case MOBILIZE -> "mobilize";
            case COERCE, ASSAULT -> "force";
        };
    }

    /** What the decision reads of a mention, worked out once. */
    private record Features(String block, DateRange range, Set<String> participants,
                            Set<String> words, String place, String name, String agreement) {
    }

    private Features features(EventMention m) {
        Features f = cache.get(m);
        if (f != null) {
            return f;
        }
        if (cache.size() >= CACHE) {
            cache.clear();
        }
        String block = family(m.type()) + "|" + m.modality() + "|" + (m.attribution().isArticle() ? "A" : "Q");
        Set<String> participants = new TreeSet<>(m.actors());
        participants.addAll(m.recipients());
        f = new Features(block, DateRange.of(m.date(), m.ref().published(), settings.reportWindowDays()),
                Set.copyOf(participants), Words.content(m.context()), m.place() == null ? null : m.place().entity(),
                m.name() == null ? null : Words.normalName(m.name()),
                m.agreement() == null || !AgreementLinker.proper(m.agreement()) ? null
                        : Words.normalName(m.agreement()));
        cache.put(m, f);
        return f;
    }

    @Override
    public Set<String> blockingKeys(EventMention m) {
        Features f = features(m);
        Set<String> windows = new HashSet<>();
        DateRange r = f.range;
        if (r == null) {
            windows.add("none");
        } else if (r.days() > VAGUE_DAYS) {
            for (int y = r.first().getYear(); y <= r.last().getYear() && y <= r.first().getYear() + 2; y++) {
                windows.add("y" + y);
            }
        } else {
            int slack = settings.dateSlackDays();
            for (long w = Math.floorDiv(r.firstDay() - slack, 7); w <= Math.floorDiv(r.lastDay() + slack, 7); w++) {
                windows.add("w" + w);
            }
        }
        Set<String> keys = new HashSet<>();
        for (String p : f.participants) {
            for (String w : windows) {
                keys.add(f.block + "|" + p + "|" + w);
            }
        }
        // Named events and signings also meet by name within a year, whatever their dates' precision.
        for (int y : years(f.range, m.ref().published())) {
            if (f.name != null) {
                keys.add(f.block + "|name:" + f.name + "|" + y);
            }
            if (f.agreement != null) {
                keys.add(f.block + "|agreement:" + f.agreement + "|" + y);
            }
        }
        return keys;
    }

    private static Set<Integer> years(DateRange r, LocalDate published) {
        if (r != null && r.days() <= VAGUE_DAYS) {
            return new TreeSet<>(List.of(r.first().getYear(), r.last().getYear()));
        }
        return r != null ? Set.of(r.first().getYear()) : published != null ? Set.of(published.getYear()) : Set.of(0);
    }

    @Override
    public boolean conflict(EventMention a, EventMention b) {
        Features x = features(a);
        Features y = features(b);
        return !x.block.equals(y.block) || datesDiffer(x, y) || placesDiffer(x, y);
    }

    /** Two dates the texts give that cannot be the same day. */
    private boolean datesDiffer(Features x, Features y) {
        return x.range != null && y.range != null && !x.range.loose() && !y.range.loose()
                && !x.range.meets(y.range, settings.dateSlackDays());
    }

    private boolean datesMeet(Features x, Features y) {
        return x.range == null || y.range == null || x.range.meets(y.range, settings.dateSlackDays());
    }

    private static boolean sameNameOrAgreement(Features x, Features y) {
        return (x.name != null && x.name.equals(y.name)) || (x.agreement != null && x.agreement.equals(y.agreement));
    }

    private static boolean placesDiffer(Features x, Features y) {
        return x.place != null && y.place != null && !x.place.equals(y.place);
    }

    @Override
    public double link(EventMention a, EventMention b) {
        Features x = features(a);
        Features y = features(b);
        if (!x.block.equals(y.block) || datesDiffer(x, y) || placesDiffer(x, y)) {
            return 0;
        }
        boolean named = sameNameOrAgreement(x, y);
        if (!named && !datesMeet(x, y)) {
            return 0;
        }
        int shared = 0;
        for (String p : x.participants) {
            if (y.participants.contains(p)) {
                shared++;
            }
        }
        if (shared == 0) {
            return 0;
        }
        double containment = (double) shared / Math.min(x.participants.size(), y.participants.size());
        // What two reports of any two events of one actor and type share (a party, a code) is not enough alone:
        // the evidence that they are one event is a day, a place, a name or their words.
        double score = 0.25 * containment + 0.10 * (a.cameo().equals(b.cameo()) ? 1 : 0)
                + dateScore(x.range, y.range) + (x.place != null && x.place.equals(y.place) ? 0.15 : 0)
                + (named ? 0.25 : 0) + 0.35 * contextScore(a, b, x, y);
        return score >= settings.threshold() ? Math.min(1, score) : 0;
    }

    /** Two days the texts give (or short spans) that meet weigh 0.15, two months 0.05, anything else 0. */
    private static double dateScore(DateRange x, DateRange y) {
        if (x == null || y == null || x.loose() || y.loose()) {
            return 0;
        }
        return x.days() <= 3 && y.days() <= 3 ? 0.15 : 0.05;
    }

    private double contextScore(EventMention a, EventMention b, Features x, Features y) {
        double lexical = Words.dice(x.words, y.words);
        if (!settings.embeddings() || a.embedding() == null || b.embedding() == null) {
            return lexical;
        }
        return Similarity.combined(lexical, Similarity.semantic(a.embedding(), b.embedding()));
    }
}
