package dev.accord.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an article's text from its commonest words and its script. Accord analyses
 * English only; this is enough to tell English from the languages news most often comes in, and it
 * needs no model: function words make up a third to a half of any running text.
 */
public final class Languages {

    /** Below this share of known function words, the Latin-script text is of no language listed here. */
    private static final double MIN_SHARE = 0.08;
    /**
     * How much more of another language's function words a text needs than of English's to be called
     * that language: short words such as "a", "in" and "no" belong to several, and a wrong refusal loses
     * an article while a wrong acceptance only costs an analysis.
     */
    private static final double MARGIN_OVER_ENGLISH = 1.5;

    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("en", Set.of("the", "a", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with",
                "as", "at", "by", "from", "has", "have", "be", "this", "are", "said", "its", "an", "were", "which",
                "will", "he", "his", "they", "their", "not", "but", "who", "been", "would"));
        STOPWORDS.put("fr", Set.of("le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "que",
                "qui", "dans", "pour", "sur", "au", "aux", "par", "pas", "ce", "il", "elle", "sont", "avec", "ont"));
        STOPWORDS.put("de", Set.of("der", "die", "das", "und", "in", "den", "von", "zu", "mit", "ist", "im",
                "dem", "nicht", "ein", "eine", "auf", "für", "sich", "des", "auch", "es", "sie", "wird", "bei"));
        STOPWORDS.put("es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "es",
                "por", "con", "para", "se", "al", "como", "más", "su", "sus", "lo", "fue", "ha"));
        STOPWORDS.put("it", Set.of("il", "la", "di", "che", "e", "è", "per", "un", "una", "del", "della", "in",
                "con", "non", "sono", "gli", "le", "dei", "nel", "alla", "da", "si", "ha", "al"));
        STOPWORDS.put("pt", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "que", "um",
                "uma", "para", "com", "não", "no", "na", "por", "se", "foi", "ao", "mais"));
        STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "in", "is", "op", "dat", "te", "zijn", "met",
                "voor", "niet", "aan", "er", "om", "ook", "als", "bij", "door", "naar", "wordt", "heeft"));
    }

    private Languages() {
    }

    /**
     * The ISO 639-1 code of the text's language, or {@code "und"} when it cannot be told (too short, or a
     * language not listed). Non-Latin scripts are named by their commonest language.
     */
    public static String guess(String text) {
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> { }
            }
        }
        int letters = latin + cyrillic + arabic + han + kana + hangul;
        if (letters < 20) {
            return "und";
        }
        if (latin * 2 < letters) {
            int max = Math.max(Math.max(cyrillic, arabic), Math.max(han + kana, hangul));
            return max == cyrillic ? "ru" : max == arabic ? "ar" : max == hangul ? "ko" : kana > 0 ? "ja" : "zh";
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = "und";
        double bestShare = 0;
        double english = 0;
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            int hits = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    hits++;
                }
            }
            double share = (double) hits / Math.max(1, words.length);
            if (e.getKey().equals("en")) {
                english = share;
            }
            if (share > bestShare) {
                bestShare = share;
                best = e.getKey();
            }
        }
        if (!best.equals("en") && english >= MIN_SHARE && bestShare < english * MARGIN_OVER_ENGLISH) {
            return "en";
        }
        return bestShare >= MIN_SHARE ? best : "und";
    }
}
