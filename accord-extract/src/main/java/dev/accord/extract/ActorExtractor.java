package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Entity;
import dev.accord.model.Evidence;
import dev.accord.model.MentionKind;
import dev.accord.model.Provenance;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.registry.IgoInfo;
import dev.accord.model.registry.StateInfo;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actors — states, international organisations, people, organisations — from the named entities,
 * the text around them and the curated {@link ActorRegistry}.
 *
 * <p>A state is named ("Kazakhstan"), described ("Chinese", "Kazakhs"), stood for by its capital
 * ("Beijing said") or by an institution ("the Kazakh government", which also gives the sector). A
 * person's role, affiliation and country are read by {@link PersonRoles}; later surnames, pronouns and
 * role nouns ("the director") resolve to the person. The actors under construction live in
 * {@link ActorDrafts}.
 */
public final class ActorExtractor implements Extractor {

    private static final Pattern INSTITUTION = Pattern.compile(
            "\\A(?:['’]s)?\\s+(government|authorities|officials|administration|leadership|cabinet|"
                    + "foreign ministry|ministry|diplomats|military|army|armed forces|troops|navy|air force|"
                    + "parliament|lawmakers|legislators|police|courts|judiciary|state media|media|companies|"
                    + "firms|businesses|universities|scholars|experts)\\b");
    private static final Map<String, String> INSTITUTION_SECTORS = Map.ofEntries(
            Map.entry("government", "GOV"), Map.entry("authorities", "GOV"), Map.entry("officials", "GOV"),
            Map.entry("administration", "GOV"), Map.entry("leadership", "GOV"), Map.entry("cabinet", "GOV"),
            Map.entry("foreign ministry", "GOV"), Map.entry("ministry", "GOV"), Map.entry("diplomats", "GOV"),
            Map.entry("military", "MIL"), Map.entry("army", "MIL"), Map.entry("armed forces", "MIL"),
            Map.entry("troops", "MIL"), Map.entry("navy", "MIL"), Map.entry("air force", "MIL"),
            Map.entry("parliament", "LEG"), Map.entry("lawmakers", "LEG"), Map.entry("legislators", "LEG"),
            Map.entry("police", "COP"), Map.entry("courts", "JUD"), Map.entry("judiciary", "JUD"),
            Map.entry("state media", "MED"), Map.entry("media", "MED"), Map.entry("companies", "BUS"),
            Map.entry("firms", "BUS"), Map.entry("businesses", "BUS"), Map.entry("universities", "EDU"),
            Map.entry("scholars", "EDU"), Map.entry("experts", "EDU"));
    private static final Pattern GOVERNMENT_OF = Pattern.compile(
            "(?i)\\b(government|authorities|foreign ministry|ministry of foreign affairs|president|leaders?) of (the )?\\z");
    private static final Pattern MEDIA_NAME = Pattern.compile(
            ".*\\b(Television|TV|News|Agency|Times|Post|Broadcasting|Radio|Network|Press|Daily|Herald|"
                    + "Journal|Gazette|Tribune|Xinhua|Reuters|Kazinform|TASS|Interfax|Bloomberg)\\b.*");
    private static final Pattern INITIATIVE_NAME = Pattern.compile(
            ".*\\b(Workshops?|Initiative|Programme|Program|Project|Corridor|Belt and Road|Fund)\\b.*");
    private static final Pattern EDU_NAME = Pattern.compile(
            ".*\\b(Center|Centre|Institute|University|Academy|School|College|Studies|Think Tank)\\b.*");
    private static final Pattern GOV_NAME = Pattern.compile(
            ".*\\b(Ministry|Government|Embassy|Presidential|Cabinet|Office of)\\b.*");
    private static final Pattern LEG_NAME = Pattern.compile(".*\\b(Parliament|Senate|Congress|Assembly|Duma|Mazhilis)\\b.*");
    private static final Pattern BUS_NAME = Pattern.compile(
            ".*\\b(Company|Corporation|Corp|Group|Inc|Ltd|Holding|Holdings|Airlines|Railways|Energy|Oil|Gas)\\b.*");
    private static final Pattern MIL_NAME = Pattern.compile(".*\\b(Army|Navy|Air Force|Armed Forces|Defense Forces)\\b.*");
    private static final Pattern IN_STATE = Pattern.compile(".* in (\\p{Lu}[\\p{L} ]+)$");
    private static final Set<String> PRONOUNS = WordList.set("person-pronouns");
    private static final Set<String> SUBORDINATORS = WordList.set("subordinators");
    private static final Set<String> TITLE_WORDS = WordList.set("government-roles");

    private final ActorRegistry registry;
    private final PersonRoles roles;

    public ActorExtractor(ActorRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.roles = new PersonRoles(registry);
    }

    @Override
    public String stage() {
        return "actors";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ARTICLE, Slot.ANNOTATION, Slot.ENTITIES);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.ACTORS);
    }

    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        analysis.put(Slot.ACTORS, extract(analysis.get(Slot.ARTICLE), analysis.get(Slot.ANNOTATION),
                analysis.get(Slot.ENTITIES), provenance));
    }

    /** The actors of an article whose named entities {@link EntityExtractor} has found. */
    public List<Actor> extract(Article article, AnnotatedText annotated, List<Entity> entities, Provenance provenance) {
        ActorDrafts draft = new ActorDrafts(article, annotated);
        for (Entity e : entities) {
            switch (e.type()) {
                case STATE -> e.mentions().forEach(m -> stateMention(draft, e.code(), m, MentionKind.NAME, null));
                case NATIONALITY -> e.mentions().forEach(m -> demonym(draft, m));
                case ORGANIZATION -> organisation(draft, e);
                case PERSON -> person(draft, e);
                case PLACE -> e.mentions().forEach(m -> capitalAsActor(draft, m));
                default -> {
                }
            }
        }
        untaggedAcronyms(draft);
        untaggedStates(draft, entities);
        draft.actors.values().stream().filter(a -> a.kind == ActorKind.PERSON).forEach(p -> roles.apply(draft, p));
        pronouns(draft);
        nominals(draft);
        List<Actor> out = new ArrayList<>();
        for (ActorDraft a : draft.actors.values()) {
            if (!a.mentions.isEmpty()) {
                out.add(a.build(provenance));
            }
        }
        out.sort(Comparator.comparing(a -> a.mentions().get(0)));
        return out;
    }

    /** A mention of a state; words after or before it that name an institution give it a sector. */
    private void stateMention(ActorDrafts d, String iso3, Evidence m, MentionKind kind, String sector) {
        if (iso3 == null) {
            return;
        }
        ActorDraft state = stateActor(d, iso3);
        CharSpan span = m.span();
        Matcher inst = INSTITUTION.matcher(d.text).region(span.end(), d.text.length());
        if (inst.lookingAt()) {
            sector = INSTITUTION_SECTORS.get(inst.group(1).toLowerCase(Locale.ROOT));
            span = new CharSpan(span.begin(), inst.end());
            kind = MentionKind.GOVERNMENT;
        } else if (GOVERNMENT_OF.matcher(d.text).region(0, span.begin()).find()) {
            Matcher of = GOVERNMENT_OF.matcher(d.text).region(0, span.begin());
            of.find();
            sector = "GOV";
            span = new CharSpan(of.start(), span.end());
            kind = MentionKind.GOVERNMENT;
        }
        d.mention(state, span, kind, sector);
    }

    private ActorDraft stateActor(ActorDrafts d, String iso3) {
        Optional<StateInfo> info = registry.findState(iso3);
        ActorDraft state = d.actor("state:" + iso3, ActorKind.STATE, info.map(StateInfo::name).orElse(iso3));
        state.code = iso3;
        state.country = iso3;
        state.registered = info.isPresent();
        return state;
    }

    private void demonym(ActorDrafts d, Evidence m) {
        registry.findStateByAdjective(m.text()).or(() -> registry.findStateByPeople(m.text()))
                .ifPresent(s -> stateMention(d, s.iso3(), m, MentionKind.DEMONYM, null));
    }

    /**
     * "Beijing said", "an admission by Moscow": a capital followed by a verb, or after "by" as an action's
     * agent, stands for its state's government; it stays a place too.
     */
    private void capitalAsActor(ActorDrafts d, Evidence m) {
        Optional<StateInfo> state = registry.findStateByCapital(m.text());
        if (state.isEmpty()) {
            return;
        }
        List<Token> tokens = d.annotated.tokens();
        int after = ActorDrafts.indexAfter(tokens, m.span().end());
        // "Beirut again rejected", "Moscow also said": adverbs may stand between the city and its verb.
        for (int k = 0; k < 2 && after >= 0 && after < tokens.size() - 1 && tokens.get(after).pos().equals("RB"); k++) {
            after++;
        }
        Token next = after < 0 ? null : tokens.get(after);
        Token before = ActorDrafts.tokenBefore(d.annotated, m.span().begin());
        boolean verbFollows = next != null && (next.pos().startsWith("VB") && !next.pos().equals("VBG")
                || next.pos().equals("MD"));
        boolean placeBefore = before != null && (before.pos().equals("IN")
                && !SUBORDINATORS.contains(before.word().toLowerCase(Locale.ROOT)) || before.pos().equals("POS")
                || before.pos().equals("TO") || before.word().equals(","));
        // "an admission by Moscow", "was rejected by Beirut": the agent of an action is no place.
        boolean agent = before != null && before.word().equalsIgnoreCase("by");
        if (verbFollows && !placeBefore || agent) {
            stateMention(d, state.get().iso3(), m, MentionKind.CAPITAL, "GOV");
        }
    }

    private void organisation(ActorDrafts d, Entity e) {
        Optional<StateInfo> state = registry.findStateByName(e.name());
        if (state.isPresent()) {
            // "Ivory Coast rebels": the tagger took a state's name for an organisation's.
            e.mentions().forEach(m -> stateMention(d, state.get().iso3(), m, MentionKind.NAME, null));
            return;
        }
        Optional<IgoInfo> igo = registry.findIgoByName(e.name());
        for (Evidence m : e.mentions()) {
            if (igo.isEmpty()) {
                igo = registry.findIgoByName(m.text());
            }
        }
        if (igo.isPresent()) {
            ActorDraft a = igoActor(d, igo.get());
            for (Evidence m : e.mentions()) {
                d.mention(a, m.span(), isAcronym(m.text()) ? MentionKind.ACRONYM : MentionKind.NAME, "IGO");
            }
            return;
        }
        String name = e.name();
        if (countryOfName(name) != null && e.mentions().stream().allMatch(m -> beginsTitle(d, m))) {
            return;
        }
        ActorKind kind = MEDIA_NAME.matcher(name).matches() || isAcronymOfMedia(e) ? ActorKind.MEDIA
                : INITIATIVE_NAME.matcher(name).matches() ? ActorKind.INITIATIVE : ActorKind.ORGANIZATION;
        ActorDraft a = d.actor(kind.name().toLowerCase(Locale.ROOT) + e.id().substring(e.id().indexOf(':')),
                kind, name);
        a.country = countryOfName(name);
        a.sector = sectorOfName(name, kind);
        for (Evidence m : e.mentions()) {
            d.mention(a, m.span(), isAcronym(m.text()) && !m.text().equals(name) ? MentionKind.ACRONYM
                    : MentionKind.NAME, null);
            if (a.country == null) {
                // "the French National Assembly": the adjective just before the name gives its state, and
                // is its evidence.
                Token before = ActorDrafts.tokenBefore(d.annotated, m.span().begin());
                Optional<StateInfo> st = before == null ? Optional.empty() : registry.findStateByAdjective(before.word());
                if (st.isPresent()) {
                    a.country = st.get().iso3();
                    a.roleEvidence = Evidence.of(d.article, new CharSpan(before.span().begin(), m.span().end()));
                }
            }
        }
    }

    /**
     * "Kyrgyz Transport Minister Aibek Usenov": the tagger may take a state's adjective and a portfolio
     * before a title for an organisation; they are the title's (the person's role gives the state and
     * the ministry), when a government role word follows them and a person's name follows that.
     */
    private static boolean beginsTitle(ActorDrafts d, Evidence m) {
        List<Token> tokens = d.annotated.tokens();
        int after = ActorDrafts.indexAfter(tokens, m.span().end());
        if (after < 0 || after + 1 >= tokens.size()
                || !TITLE_WORDS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return "PERSON".equals(tokens.get(after + 1).ner());
    }

    /** An entity whose acronym names a broadcaster the text spelled out ("CGTN") is a medium too. */
    private static boolean isAcronymOfMedia(Entity e) {
        return e.mentions().stream().anyMatch(m -> MEDIA_NAME.matcher(m.text()).matches());
    }

    private ActorDraft igoActor(ActorDrafts d, IgoInfo igo) {
        ActorDraft a = d.actor("igo:" + igo.code(), ActorKind.IGO, igo.name());
        a.code = igo.code();
        a.sector = "IGO";
        a.members = igo.members();
        a.registered = true;
        return a;
    }

    /** "BRICS" or "NATO" written without the tagger noticing: registry acronyms anywhere in the text. */
    private void untaggedAcronyms(ActorDrafts d) {
        for (Token t : d.annotated.tokens()) {
            if (isAcronym(t.word()) && t.word().length() >= 2 && !d.covered(t.span())) {
                Optional<IgoInfo> igo = registry.findIgoByName(t.word());
                igo.ifPresent(i -> d.mention(igoActor(d, i), t.span(), MentionKind.ACRONYM, "IGO"));
            }
        }
    }

    /**
     * State names, adjectives and peoples the tagger missed ("Libya has offered", "Palestinians blamed"):
     * capitalised words, up to three, that the registry knows, outside every named entity.
     */
    private void untaggedStates(ActorDrafts d, List<Entity> entities) {
        List<Token> tokens = d.annotated.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = 3; n >= 1; n--) {
                if (i + n > tokens.size() || !Character.isUpperCase(tokens.get(i).word().charAt(0))) {
                    continue;
                }
                CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(i + n - 1).span().end());
                String words = span.of(d.text);
                boolean inEntity = entities.stream().flatMap(e -> e.mentions().stream()).anyMatch(m -> m.span().overlaps(span));
                if (inEntity || d.covered(span)) {
                    continue;
                }
                Optional<StateInfo> name = registry.findStateByName(words).filter(s -> words.equals(s.name())
                        || s.aliases().contains(words));
                Optional<StateInfo> demonym = registry.findStateByAdjective(words).or(() -> registry.findStateByPeople(words));
                if (name.isPresent() || demonym.isPresent()) {
                    Evidence m = Evidence.of(d.article, span);
                    stateMention(d, name.or(() -> demonym).get().iso3(), m,
                            name.isPresent() ? MentionKind.NAME : MentionKind.DEMONYM, null);
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /** "China Studies Center in Kazakhstan" is Kazakhstan's; "China Global Television Network" is China's. */
    private String countryOfName(String name) {
        Matcher in = IN_STATE.matcher(name);
        if (in.matches()) {
            Optional<String> code = registry.findStateByName(in.group(1)).map(StateInfo::iso3);
            if (code.isPresent()) {
                return code.get();
            }
        }
        String[] words = name.split(" ");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String lead = String.join(" ", Arrays.copyOf(words, n));
            Optional<StateInfo> s = registry.findStateByName(lead).or(() -> registry.findStateByAdjective(lead));
            if (s.isPresent()) {
                return s.get().iso3();
            }
        }
        return null;
    }

    static String sectorOfName(String name, ActorKind kind) {
        if (kind == ActorKind.MEDIA) {
            return "MED";
        }
        if (MIL_NAME.matcher(name).matches()) {
            return "MIL";
        }
        if (LEG_NAME.matcher(name).matches()) {
            return "LEG";
        }
        if (GOV_NAME.matcher(name).matches()) {
            return "GOV";
        }
        if (EDU_NAME.matcher(name).matches()) {
            return "EDU";
        }
        return BUS_NAME.matcher(name).matches() ? "BUS" : null;
    }

    private void person(ActorDrafts d, Entity e) {
        ActorDraft p = d.actor("person" + e.id().substring(e.id().indexOf(':')), ActorKind.PERSON, e.name());
        for (Evidence m : e.mentions()) {
            boolean surname = !m.text().equals(e.name()) && e.name().endsWith(" " + m.text());
            d.mention(p, m.span(), surname ? MentionKind.SURNAME : MentionKind.NAME, null);
        }
    }

    /**
     * "she said": a subject pronoun is the last person mentioned before it, within three sentences or
     * in the same or the previous paragraph (a long quote between the two does not break the link). A
     * pronoun outside quotation marks does not refer back to a person named only inside someone's quoted
     * words: in {@code "Ruiz will lose," Diaz said. She added ...} "she" is Diaz, the speaker.
     */
    private static void pronouns(ActorDrafts d) {
        List<CharSpan> quoted = QuoteExtractor.directChains(d.text).stream().flatMap(List::stream).toList();
        for (Token t : d.annotated.tokens()) {
            if (!PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || d.covered(t.span())) {
                continue;
            }
            boolean outside = !insideAny(quoted, t.span());
            Map.Entry<CharSpan, ActorDraft> before = d.bySpan.lowerEntry(t.span());
            while (before != null && (before.getValue().kind != ActorKind.PERSON
                    || outside && insideAny(quoted, before.getKey()))) {
                before = d.bySpan.lowerEntry(before.getKey());
            }
            if (before == null) {
                continue;
            }
            int antecedent = before.getKey().begin();
            boolean near = ActorDrafts.sentenceOf(d.annotated, t.span().begin())
                    - ActorDrafts.sentenceOf(d.annotated, antecedent) <= 3
                    || paragraphsBetween(d.text, antecedent, t.span().begin()) <= 1;
            if (near) {
                d.mention(before.getValue(), t.span(), MentionKind.PRONOUN, null);
            }
        }
    }

    private static boolean insideAny(List<CharSpan> spans, CharSpan span) {
        return spans.stream().anyMatch(q -> q.contains(span));
    }

    private static long paragraphsBetween(String text, int from, int to) {
        return text.substring(from, to).chars().filter(c -> c == '\n').count();
    }

    /** "the director": a role noun after "the" is the one person the text gave that role. */
    private static void nominals(ActorDrafts d) {
        Map<String, List<ActorDraft>> byRole = new LinkedHashMap<>();
        for (ActorDraft a : d.actors.values()) {
            if (a.kind == ActorKind.PERSON && a.role != null && !a.role.contains(" ")) {
                byRole.computeIfAbsent(a.role.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
            }
        }
        List<Token> tokens = d.annotated.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            List<ActorDraft> holders = byRole.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
            CharSpan span = tokens.get(i).span();
            if (holders != null && holders.size() == 1 && tokens.get(i - 1).word().equalsIgnoreCase("the")
                    && !d.covered(span) && holders.get(0).roleEvidence != null
                    && !holders.get(0).roleEvidence.span().overlaps(span)
                    && span.begin() > holders.get(0).roleEvidence.span().end()) {
                d.mention(holders.get(0), span, MentionKind.NOMINAL, null);
            }
        }
    }

    private static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 10 && s.chars().filter(Character::isLetter).count() >= 2
                && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
