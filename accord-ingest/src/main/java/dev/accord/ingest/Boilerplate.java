package dev.accord.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Blocks of a page that are never the article, told by their words: a cookie or consent banner, a
 * newsletter box, a paywall notice, a site footer, a "related stories" heading. Class and id hints catch
 * most of them; these catch the rest, which is what a reader would otherwise take for the article when
 * the page holds nothing else (and then take the next page of the same site for a near-duplicate of it).
 *
 * <p>Each pattern needs the wording such blocks use, not just a topic word, so an article about cookies,
 * newsletters or copyright keeps its sentences; and only blocks up to {@link #MAX_LENGTH} are judged.
 */
final class Boilerplate {

    /** The kind named for blocks dropped because earlier pages of the same site hold them. */
    static final String TEMPLATE = "text repeated from earlier pages of the same site (its template)";

    /** Boilerplate blocks are short; a longer block is judged as prose. */
    static final int MAX_LENGTH = 600;

    private record Kind(String name, Pattern words) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("a cookie or consent banner", Pattern.compile("(?i)\\bwe (?:and our (?:\\d+ )?partners )?"
                    + "(?:use|store|set) cookies|\\b(?:this|our) (?:web)?site uses cookies|\\buses? cookies to\\b"
                    + "|\\baccept (?:all )?cookies|\\bcookie (?:policy|settings|preferences|notice|consent)"
                    + "|\\bmanage (?:your )?(?:cookie |consent |privacy )?(?:preferences|choices|consent)"
                    + "|\\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site,? you (?:agree|accept|"
                    + "consent)|\\byour privacy choices\\b|\\bwe value your privacy\\b")),
            new Kind("a newsletter box", Pattern.compile("(?i)\\b(?:sign up|subscribe) (?:for|to) (?:our|the|my) "
                    + "(?:free |daily |weekly |morning |evening )*(?:newsletters?|e-?mails?|briefing|digest)"
                    + "|\\b(?:delivered|straight) (?:to|in(?:to)?) your inbox\\b|\\benter your e-?mail(?: address)?"
                    + "|\\bget (?:our|the) (?:\\w+ )?newsletter\\b")),
            new Kind("a paywall notice", Pattern.compile("(?i)\\bsubscribe (?:now )?to (?:continue|keep) reading"
                    + "|\\b(?:this|the) (?:article|story|content) is (?:only )?(?:available|reserved|for) "
                    + "(?:to |for )?(?:our )?(?:paying )?subscribers|\\balready (?:a subscriber|have an account)\\?"
                    + "|\\byou(?:'ve| have) (?:reached|read) (?:your|all) (?:\\d+ )?(?:free )?(?:articles?|stories)"
                    + "|\\b(?:log|sign) in to (?:continue|read)|\\bto continue reading,? (?:please )?"
                    + "(?:subscribe|log in|sign in|register)")),
            new Kind("a footer", Pattern.compile("(?i)(?:©|\\(c\\)|\\bcopyright\\b)\\s*(?:\\p{L}+\\s+)?(?:19|20)\\d\\d"
                    + "|\\ball rights reserved\\b|\\bregistered (?:office|in england|company)\\b"
                    + "|\\bterms (?:of (?:use|service)|and conditions)\\b.{0,40}\\bprivacy (?:policy|notice)\\b"
                    + "|\\bprivacy (?:policy|notice)\\b.{0,40}\\bterms (?:of (?:use|service)|and conditions)\\b")),
            new Kind("a related-stories list", Pattern.compile("(?i)^(?:related|more|recommended|popular|trending|"
                    + "latest|top)(?: \\p{L}+)? (?:stories|articles|news|posts|reads|coverage|videos)\\s*:?$"
                    + "|^you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\\b|^(?:most (?:read|popular|"
                    + "viewed|shared))\\b|^more from\\b.{0,40}$|^recommended for you\\b")));

    private Boilerplate() {
    }

    /** The kind of boilerplate {@code block} is, or empty when it may be article. */
    static Optional<String> kind(String block) {
        String s = block.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (Kind k : KINDS) {
            if (k.words().matcher(s).find()) {
                return Optional.of(k.name());
            }
        }
        return Optional.empty();
    }
}
