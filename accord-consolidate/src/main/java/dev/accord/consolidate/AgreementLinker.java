package dev.accord.consolidate;

import dev.accord.model.consolidated.AgreementMention;

import java.util.Set;

/**
 * Whether two articles name one agreement. A proper name ("Astana Declaration") is the agreement: the same
 * normalised name links unless the two give signing dates that cannot be the same or different places. A name
 * that is only a description ("a memorandum of understanding") links only with the same description, a party
 * in common and dates that agree.
 */
final class AgreementLinker implements Linker<AgreementMention> {

    /** Two signing dates this many days apart may still be one signing (a month named, a day in it). */
    private static final int SLACK = 1;

    private final ConsolidationSettings settings;

    AgreementLinker(ConsolidationSettings settings) {
        this.settings = settings;
    }

    /** Whether the name is a proper name: one of its words after the first starts with a capital. */
    static boolean proper(String name) {
        String[] words = name.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
                    && (i > 0 || words.length == 1 || Character.isUpperCase(words[1].charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<String> blockingKeys(AgreementMention m) {
        return Set.of(Words.normalName(m.name()));
    }

    private DateRange range(AgreementMention m) {
        return m.date() == null ? null : DateRange.of(m.date(), m.published(), settings.reportWindowDays());
    }

    @Override
    public boolean conflict(AgreementMention a, AgreementMention b) {
        DateRange x = range(a);
        DateRange y = range(b);
        boolean dates = x != null && y != null && !x.loose() && !y.loose() && !x.meets(y, SLACK);
        boolean places = a.place() != null && b.place() != null && !a.place().entity().equals(b.place().entity());
        return dates || places || !Words.normalName(a.name()).equals(Words.normalName(b.name()));
    }

    @Override
    public double link(AgreementMention a, AgreementMention b) {
        if (conflict(a, b)) {
            return 0;
        }
        if (proper(a.name()) && proper(b.name())) {
            return 1;
        }
        DateRange x = range(a);
        DateRange y = range(b);
        boolean party = a.parties().stream().anyMatch(b.parties()::contains);
        return party && x != null && y != null ? 0.8 : 0;
    }
}
