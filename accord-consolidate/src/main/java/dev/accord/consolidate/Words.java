package dev.accord.consolidate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The content words of a text, for comparing the words around two triggers; and name normalisation. */
final class Words {

    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "that", "this", "from", "its", "their", "his", "her", "was", "were", "are",
            "has", "have", "had", "been", "being", "will", "would", "said", "says", "also", "which", "who", "whom",
            "into", "onto", "over", "after", "before", "about", "than", "then", "they", "them", "there", "where",
            "when", "while", "what", "such", "but", "not", "all", "any", "each", "other", "more", "most", "some",
            "can", "could", "may", "might", "should", "did", "does", "our", "out", "off", "per", "via", "upon");

    private Words() {
    }

    /** Lower-cased words of three letters or more, less function words, with a plural or verb ending cut. */
    static Set<String> content(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= 3) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOP.contains(w)) {
                    words.add(stem(w));
                }
            }
        }
        return words;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Dice's coefficient of two word sets: 0 when either is empty. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> big = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (big.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    /**
     * A name for comparison: accents removed, lower case, punctuation to spaces, a leading "the" and a
     * possessive dropped, spaces collapsed ("the Astana  Declaration's" and "Astana declaration" are equal).
     */
    static String normalName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("'s", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
