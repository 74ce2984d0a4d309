package dev.accord.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines a scraper leaves in an article that are not part of it: bylines, "Read more" links, share
 * widgets, photo credits, advertisement labels and repeated headlines. They are kept out of the clean
 * text so they add no facts ("Reuters" from a byline) and no duplicate mentions (the headline again).
 */
final class Residue {

    /** Residue lines are short; a long line that happens to start with "By" is a sentence. */
    private static final int MAX_LENGTH = 120;

    private static final Pattern LINE = Pattern.compile("(?i)^(?:"
            + "by\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|,|de|van|von|al))*(?:\\s*[,|–—-].*)?"
            + "|(?:read|see|click)\\s+(?:more|also|next|the full story|here)\\b.*"
            + "|(?:related|recommended|more from|most read|trending|also read)\\s*(?:stories|articles|news)?\\s*:?.*"
            + "|(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|copy link)"
            + "(?:\\s*(?:this|on|via|article|story|page|link|facebook|twitter|x|linkedin|email|whatsapp|[|,·•/]))*\\s*"
            + "|(?:photo|image|picture|video|file photo|credit|photograph|illustration)s?\\s*(?:credit)?\\s*[:/©].*"
            + "|©.*|\\(?(?:photo|image|credit)\\s*:.*\\)?"
            + "|advertisement|sponsored(?: content)?|scroll to continue(?: with content)?"
            + "|(?:sign up|subscribe|follow us|join us|download (?:our|the) app)\\b.*"
            + "|(?:updated|published|posted|last updated)\\s*:?\\s*[\\p{L}\\d ,.:/-]*"
            + "|(?:\\d+\\s+min(?:ute)?s?\\s+read)"
            + "|(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies)\\b.*"
            + "|(?:tags?|topics?|filed under)\\s*:.*"
            + ")$");

    private Residue() {
    }

    /** Whether a line is scraper residue; the title, when known, counts as residue when repeated. */
    static boolean isResidue(String line, String title) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (title != null && normalise(s).equals(normalise(title))) {
            return true;
        }
        return s.length() <= MAX_LENGTH && LINE.matcher(s).matches();
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
