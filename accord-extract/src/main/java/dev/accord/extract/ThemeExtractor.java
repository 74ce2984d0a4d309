package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Evidence;
import dev.accord.model.Provenance;
import dev.accord.model.Theme;
import dev.accord.model.text.AnnotatedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Areas of cooperation and conflict an article is about, each with the words that name it. The
 * taxonomy and the cue words of each theme are documented in {@code docs/themes.md}; a theme is
 * assigned when one of its cue words or phrases appears in the text, and every appearance is
 * evidence. The themes of an event or a quote are those with evidence inside its words
 * ({@link Theme#within}).
 */
public final class ThemeExtractor implements Extractor {

    /** One theme of the taxonomy: its code, its label and the cue phrases that name it. */
    record Entry(String code, String label, Pattern cues) {
    }

    /** The taxonomy, in the order themes are listed when they first appear at the same place. */
    static final List<Entry> TAXONOMY = List.of(
            entry("infrastructure", "Infrastructure",
                    "infrastructure|construction projects?|railways?|highways?|bridges?|seaports?|dry ports?"
                            + "|Belt and Road|airports?"),
            entry("trade", "Trade",
                    "trade|trading|exports?|imports?|exported|imported|tariffs?|customs|commerce|commercial"
                            + "|free[- ]trade|e-commerce|WTO"),
            entry("investment", "Investment", "invest|investments?|investors?|invested|investing|FDI"),
            entry("energy", "Energy",
                    "energy|oil|natural gas|gas pipelines?|pipelines?|electricity|power plants?|renewables?"
                            + "|solar|wind power|hydropower|nuclear power|uranium|coal|LNG"),
            entry("environment", "Environment",
                    "environment|environmental|climate|emissions?|ecology|ecological|green development|pollution"
                            + "|biodiversity|desertification|carbon"),
            entry("digital", "Digital economy and technology",
                    "digital|digitali[sz]ation|internet|telecommunications?|5G|broadband|data cent(?:er|re)s?"
                            + "|online platforms?|e-government"),
            entry("artificial-intelligence", "Artificial intelligence",
                    "artificial intelligence|AI|machine learning"),
            entry("security", "Security",
                    "security|terrorism|terrorists?|counter-terrorism|extremism|separatism|cybersecurity"
                            + "|drug trafficking|border control"),
            entry("military", "Military and defence",
                    "military|army|armed forces|troops|defen[cs]e|weapons?|missiles?|navy|naval|air force"
                            + "|arms|drills|warships?"),
            entry("education", "Education",
                    "education|educational|universit(?:y|ies)|students?|scholarships?|schools?|vocational"
                            + "|Luban Workshops?|academic"),
            entry("culture", "Culture",
                    "culture|cultural|heritage|museums?|arts|films?|people-to-people"),
            entry("tourism-visas-migration", "Tourism, visas and migration",
                    "touris[mt]s?|visas?|visa-free|travel|travell?ers|migration|migrants?|labou?r migrants?"),
            entry("health", "Health",
                    "health|healthcare|medical|medicine|hospitals?|vaccines?|pandemic|epidemic|diseases?|COVID"),
            entry("finance", "Finance",
                    "finance|financial|financing|banks?|banking|currenc(?:y|ies)|loans?|credit|bonds?"),
            entry("agriculture", "Agriculture",
                    "agriculture|agricultural|farms?|farming|farmers|grain|wheat|crops?|livestock|food security"),
            entry("transport-logistics", "Transport and logistics",
                    "transport|transportation|logistics|freight|cargo|shipping|transit|corridors?|railways?"
                            + "|airlines?|flights?"),
            entry("space", "Space", "outer space|space station|space exploration|satellites?|spacecraft|lunar"
                    + "|astronauts?|space cooperation"),
            entry("science", "Science and technology",
                    "science|scientific|research|R&D|high-tech|technolog(?:y|ies)|innovation|innovative"));

    private static Entry entry(String code, String label, String cues) {
        // Cues are whole words; upper-case cues (AI, WTO, LNG) must match exactly, the rest in any case.
        StringBuilder pattern = new StringBuilder();
        for (String cue : cues.split("\\|(?![^(]*\\))")) {
            boolean acronym = cue.equals(cue.toUpperCase()) && cue.chars().anyMatch(Character::isLetter);
            pattern.append(pattern.isEmpty() ? "" : "|").append(acronym ? cue : "(?i:" + cue + ")");
        }
        return new Entry(code, label, Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + pattern + ")(?![\\p{L}\\p{N}-])"));
    }

    /**
     * Where a cue can begin: a letter or digit (every cue's first character is one) not preceded by a
     * letter, a digit or a hyphen, which the cues' whole-word test refuses. A cheap superset of the
     * places the patterns match, about one character in six instead of every one. It reads single
     * UTF-16 characters, as the whole-word test does.
     */
    static int[] wordStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            if (Character.isLetterOrDigit(c)
                    && !(Character.isLetter(before) || Character.isDigit(before) || before == '-')) {
                starts[n++] = i;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    @Override
    public String stage() {
        return "themes";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ARTICLE, Slot.ANNOTATION);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.THEMES);
    }

    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        analysis.put(Slot.THEMES, extract(analysis.get(Slot.ARTICLE), analysis.get(Slot.ANNOTATION), provenance));
    }

    public List<Theme> extract(Article article, AnnotatedText annotated, Provenance provenance) {
        String text = article.text();
        int[] starts = wordStarts(text);
        List<Theme> out = new ArrayList<>();
        for (Entry e : TAXONOMY) {
            List<Evidence> evidence = new ArrayList<>();
            // What find() gives, tried only where a cue can begin; the bounds let the pattern see the
            // characters around each try, so the whole-word tests read what they always read.
            Matcher m = e.cues().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int end = 0;
            for (int start : starts) {
                if (start >= end && m.region(start, text.length()).lookingAt()) {
                    evidence.add(Evidence.of(article, new CharSpan(m.start(), m.end())));
                    end = m.end();
                }
            }
            if (!evidence.isEmpty()) {
                out.add(new Theme(e.code(), e.label(), evidence, provenance));
            }
        }
        out.sort(Comparator.comparing((Theme t) -> t.evidence().get(0).span()));
        return out;
    }
}
