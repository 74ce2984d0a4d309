package dev.accord.consolidate;

import dev.accord.model.consolidated.PersonMention;

import java.util.Set;

/**
 * Whether two articles name one person. The full names must be the same (two words at least, accents and
 * case aside): a shared surname is never enough. Then no attribute may disagree — role, affiliation or
 * country, where both articles give it — and the role or the affiliation must be given by both and agree, so
 * that two people who share a name and nothing else stay two.
 */
final class PersonLinker implements Linker<PersonMention> {

    @Override
    public Set<String> blockingKeys(PersonMention m) {
        return Set.of(Words.normalName(m.name()));
    }

    @Override
    public boolean conflict(PersonMention a, PersonMention b) {
        return !sameName(a, b) || differ(a.role(), b.role()) || differ(a.affiliation(), b.affiliation())
                || differ(a.country(), b.country());
    }

    @Override
    public double link(PersonMention a, PersonMention b) {
        if (conflict(a, b)) {
            return 0;
        }
        boolean role = a.role() != null && b.role() != null;
        boolean affiliation = a.affiliation() != null && b.affiliation() != null;
        return role || affiliation ? 1 : 0;
    }

    private static boolean sameName(PersonMention a, PersonMention b) {
        String x = Words.normalName(a.name());
        return x.indexOf(' ') > 0 && x.equals(Words.normalName(b.name()));
    }

    /**
     * Whether two values of an attribute disagree: both given, and neither contains the other once normalised
     * ("China Studies Center" and "the China Studies Center in Kazakhstan" agree).
     */
    private static boolean differ(String x, String y) {
        if (x == null || y == null) {
            return false;
        }
        String a = Words.normalName(x);
        String b = Words.normalName(y);
        return !(a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " "));
    }
}
