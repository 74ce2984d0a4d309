package dev.accord.extract;

import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.CharSpan;
import dev.accord.model.Evidence;
import dev.accord.model.MentionKind;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.registry.IgoInfo;
import dev.accord.model.registry.Official;
import dev.accord.model.registry.StateInfo;
import dev.accord.model.text.Token;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles of the people {@link ActorExtractor} found: from an appositive ("X, director of Y"), a
 * relative clause ("X, who heads Y"), a pre-modifier ("Kazakh President X") and then the registry of
 * office-holders; with the role come the person's affiliation, country and sector, and the words that
 * give them as evidence. Role words count only next to a name, so "pilot projects" invent no titles.
 */
final class PersonRoles {

    private static final Pattern WHO_HEADS = Pattern.compile(
            "\\A, who (heads|leads|chairs|directs|runs|founded) (the )?");
    private static final Set<String> GOV_ROLES = WordList.set("government-roles");
    private static final Set<String> LEG_ROLES = WordList.set("legislature-roles");
    private static final Set<String> MIL_ROLES = WordList.set("military-roles");
    /** Offices written before a name, capitalised ("Secretary Tom King"). */
    private static final Set<String> OFFICES = WordList.set("offices");
    /** Parts of speech of the words before a role in an appositive ("Peru's leading rights activist"). */
    private static final Set<String> ROLE_MODIFIER_TAGS = Set.of("JJ", "VBG", "NN", "NNS");
    /** Ranks written before a title, in lower case ("junior minister", "former president"). */
    private static final Set<String> RANKS = WordList.set("ranks");

    private final ActorRegistry registry;

    PersonRoles(ActorRegistry registry) {
        this.registry = registry;
    }

    /** A person's role, affiliation, country and sector, from the text first and the registry second. */
    void apply(ActorDrafts d, ActorDraft p) {
        for (ActorMention m : List.copyOf(p.mentions)) {
            if (m.kind() == MentionKind.NAME && p.role == null) {
                appositive(d, p, m.evidence().span());
                whoHeads(d, p, m.evidence().span());
                premodifier(d, p, m.evidence().span());
            }
        }
        List<Official> known = registry.findOfficials(p.name, d.article.published());
        if (known.isEmpty() && p.country == null) {
            // Out of office at the article's date (or the date is unknown): the state they served stays theirs.
            List<String> states = registry.findOfficials(p.name).stream().map(Official::code)
                    .filter(code -> registry.findState(code).isPresent()).distinct().toList();
            if (states.size() == 1) {
                p.country = states.get(0);
                p.registered = true;
            }
        }
        if (known.size() == 1) {
            Official o = known.get(0);
            p.registered = true;
            p.role = p.role == null ? o.role() : p.role;
            Optional<IgoInfo> igo = registry.findIgo(o.code());
            // An IGO's officials belong to the organisation: its code stands where a state's would.
            p.country = p.country == null || igo.isPresent() ? o.code() : p.country;
            p.affiliation = p.affiliation == null ? igo.map(IgoInfo::name).orElse(null) : p.affiliation;
            p.sector = o.sector();
        }
        if (p.sector == null && p.role != null) {
            p.sector = sectorOfRole(p.role, p.affiliation);
        }
    }

    /**
     * The sector a role puts its holder in (GOV, MIL or LEG by its last words, an abbreviated title read as its
     * full word: "Sen." as "senator"), else its affiliation's.
     */
    static String sectorOfRole(String role, String affiliation) {
        String r = RoleNouns.fullTitle(role);
        if (MIL_ROLES.stream().anyMatch(r::endsWith)) {
            return "MIL";
        }
        if (GOV_ROLES.stream().anyMatch(r::endsWith)) {
            return "GOV";
        }
        if (LEG_ROLES.stream().anyMatch(r::endsWith)) {
            return "LEG";
        }
        return affiliation == null ? null : ActorExtractor.sectorOfName(affiliation, ActorKind.ORGANIZATION);
    }

    /** "Gulnar Shaimergenova, director of the China Studies Center in Kazakhstan". */
    private void appositive(ActorDrafts d, ActorDraft p, CharSpan name) {
        List<Token> tokens = d.annotated.tokens();
        int i = ActorDrafts.indexAfter(tokens, name.end());
        if (i < 0 || !tokens.get(i).word().equals(",")) {
            return;
        }
        int roleStart = -1;
        int roleEnd = -1;
        int j = i + 1;
        for (; j < tokens.size() && j < i + 8; j++) {
            Token t = tokens.get(j);
            if (t.ner().equals("TITLE") || roleStart >= 0 && t.pos().startsWith("NN") && !isConnector(t)) {
                roleStart = roleStart < 0 ? j : roleStart;
                roleEnd = j;
            } else if (!(t.pos().equals("DT") || ROLE_MODIFIER_TAGS.contains(t.pos()) && roleStart < 0
                    || t.pos().equals("NNP") && roleStart < 0 && (isStateWord(t.word()) || t.ner().equals("COUNTRY"))
                    || t.pos().equals("POS") && roleStart < 0 && j > i + 1 && tokens.get(j - 1).pos().equals("NNP"))) {
                break;
            }
        }
        if (roleStart < 0) {
            return;
        }
        p.role = ActorDrafts.span(tokens, roleStart, roleEnd).of(d.text);
        CharSpan evidence = ActorDrafts.span(tokens, roleStart, roleEnd);
        if (j < tokens.size() && Set.of("of", "at", "for", "with", "in").contains(tokens.get(j).word())) {
            Optional<ActorDraft> org = actorStartingAfter(d, tokens, j + 1);
            if (org.isPresent()) {
                ActorDraft o = org.get();
                CharSpan orgSpan = firstMentionAfter(o, tokens.get(j).span().end());
                evidence = new CharSpan(evidence.begin(), orgSpan.end());
                if (o.kind == ActorKind.STATE) {
                    p.country = o.code;
                } else {
                    p.affiliation = o.name;
                    p.country = o.country;
                }
            }
        }
        // "Peru's foreign minister", "South Korea's", "a Kazakh diplomat"; the evidence then starts there.
        StringBuilder stateName = new StringBuilder();
        int nameStart = -1;
        int countryFrom = -1;
        for (int k = i + 1; k < roleStart; k++) {
            Token w = tokens.get(k);
            Optional<StateInfo> state = registry.findStateByAdjective(w.word());
            int from = k;
            if (w.pos().equals("NNP")) {
                nameStart = stateName.isEmpty() ? k : nameStart;
                stateName.append(stateName.isEmpty() ? "" : " ").append(w.word());
            } else if (w.pos().equals("POS")) {
                state = registry.findStateByName(stateName.toString());
                from = nameStart;
            }
            if (state.isPresent()) {
                p.country = state.get().iso3();
                countryFrom = countryFrom < 0 ? from : countryFrom;
            }
        }
        if (countryFrom >= 0) {
            evidence = new CharSpan(tokens.get(countryFrom).span().begin(), evidence.end());
        }
        p.roleEvidence = Evidence.of(d.article, evidence);
    }

    /** "X, who heads the Y". */
    private void whoHeads(ActorDrafts d, ActorDraft p, CharSpan name) {
        Matcher who = WHO_HEADS.matcher(d.text).region(name.end(), d.text.length());
        if (!who.lookingAt() || p.role != null) {
            return;
        }
        int i = ActorDrafts.indexAfter(d.annotated.tokens(), who.end() - 1);
        Optional<ActorDraft> org = i < 0 ? Optional.empty() : actorStartingAfter(d, d.annotated.tokens(), i);
        org.filter(o -> o.kind != ActorKind.PERSON && o.kind != ActorKind.STATE).ifPresent(o -> {
            p.role = "head";
            p.affiliation = o.name;
            p.country = o.country;
            CharSpan orgSpan = firstMentionAfter(o, who.end() - 1);
            p.roleEvidence = Evidence.of(d.article, new CharSpan(who.start(1), orgSpan.end()));
        });
    }

    /** "Kazakh President Kassym-Jomart Tokayev", "China's Foreign Minister Wang Yi". */
    private void premodifier(ActorDrafts d, ActorDraft p, CharSpan name) {
        List<Token> tokens = d.annotated.tokens();
        int last = ActorDrafts.indexBefore(tokens, name.begin());
        int first = last;
        while (first >= 0 && isTitleWord(tokens.get(first))) {
            first--;
        }
        if (first == last) {
            return;
        }
        // "Nigerian junior foreign minister": a rank before the title belongs to the role.
        for (int k = 0; k < 2 && first >= 0 && RANKS.contains(tokens.get(first).word()); k++) {
            first--;
        }
        int roleStart = first + 1;
        p.role = ActorDrafts.span(tokens, roleStart, last).of(d.text);
        int evidenceStart = roleStart;
        if (first >= 0) {
            // "European Council President António Costa": the organisation before the title is the person's.
            int end = tokens.get(first).span().end();
            for (Map.Entry<CharSpan, ActorDraft> e : d.bySpan.entrySet()) {
                ActorDraft o = e.getValue();
                if (e.getKey().end() == end && o.kind != ActorKind.PERSON && o.kind != ActorKind.STATE) {
                    p.affiliation = o.name;
                    p.country = o.kind == ActorKind.IGO ? o.code : o.country;
                    p.roleEvidence = Evidence.of(d.article,
                            new CharSpan(e.getKey().begin(), tokens.get(last).span().end()));
                    return;
                }
            }
        }
        // "Kyrgyz Transport Minister": a portfolio the tagger did not take for a title, between the
        // state's adjective and the title, belongs to the role.
        for (int k = first - 1; k >= 0 && k >= first - 2 && portfolio(tokens, k + 1, first); k--) {
            if (isStateWord(tokens.get(k).word())) {
                p.role = ActorDrafts.span(tokens, k + 1, last).of(d.text);
                first = k;
                break;
            }
        }
        if (first >= 0) {
            Token t = tokens.get(first);
            int stateToken = t.pos().equals("POS") && first > 0 ? first - 1 : first;
            String word = tokens.get(stateToken).word();
            Optional<StateInfo> s = registry.findStateByAdjective(word).or(() -> registry.findStateByName(word));
            if (s.isPresent()) {
                p.country = s.get().iso3();
                evidenceStart = stateToken;
            }
        }
        p.roleEvidence = Evidence.of(d.article, ActorDrafts.span(tokens, evidenceStart, last));
    }

    /** Whether tokens {@code from..to} are capitalised nouns, none of them a state's word: a ministry's field. */
    private boolean portfolio(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!t.pos().startsWith("NNP") || isStateWord(t.word())) {
                return false;
            }
        }
        return true;
    }

    /** A word of a title: tagged so, or a capitalised office the tagger left out ("Defence Secretary"). */
    private static boolean isTitleWord(Token t) {
        return t.ner().equals("TITLE") || t.pos().equals("NNP") && OFFICES.contains(t.word());
    }

    private boolean isStateWord(String word) {
        return registry.findStateByAdjective(word).isPresent() || registry.findStateByName(word).isPresent();
    }

    private static boolean isConnector(Token t) {
        return Set.of("of", "at", "for", "with", "in", "and").contains(t.word());
    }

    private static Optional<ActorDraft> actorStartingAfter(ActorDrafts d, List<Token> tokens, int index) {
        int i = index;
        while (i < tokens.size() && tokens.get(i).pos().equals("DT")) {
            i++;
        }
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        int begin = tokens.get(i).span().begin();
        return d.bySpan.entrySet().stream().filter(e -> e.getKey().begin() == begin).map(Map.Entry::getValue)
                .findFirst();
    }

    private static CharSpan firstMentionAfter(ActorDraft a, int offset) {
        return a.mentions.stream().map(m -> m.evidence().span()).filter(s -> s.begin() >= offset)
                .min(Comparator.naturalOrder()).orElseThrow();
    }
}
