package dev.accord.extract;

import dev.accord.model.Article;
import dev.accord.model.CharSpan;
import dev.accord.model.Countries;
import dev.accord.model.Entity;
import dev.accord.model.EntityType;
import dev.accord.model.Evidence;
import dev.accord.model.Provenance;
import dev.accord.model.registry.ActorRegistry;
import dev.accord.model.text.AnnotatedText;
import dev.accord.model.text.EntitySpan;
import dev.accord.model.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named entities from the recogniser's mentions, corrected where news text fools it, and grouped so
 * that each entity lists every mention of it.
 *
 * <p>Corrections: continents and world regions are regions, not cities; "China-Kazakhstan" names two
 * states; a capitalised name ending in "Declaration" or "Summit" is a document or an event, never an
 * organisation; "Center in Kazakhstan" belongs to the centre's name; a name with a place noun beside it
 * ("the port of Poti", "the Talas river") is a place, even when tagged a person; a state's name that is also
 * a US state's or a given name ("Georgia", "Jordan") is the state when the text coordinates it with another
 * state or names the state's capital. Grouping: a surname joins the
 * person whose full name ends with it, and an acronym given in parentheses after a name joins that
 * name's entity, together with its later uses.
 */
public final class EntityExtractor implements Extractor {

    private static final Map<String, EntityType> TYPES = Map.of(
            "PERSON", EntityType.PERSON,
            "ORGANIZATION", EntityType.ORGANIZATION,
            "COUNTRY", EntityType.STATE,
            "CITY", EntityType.PLACE,
            "STATE_OR_PROVINCE", EntityType.PLACE,
            "LOCATION", EntityType.PLACE,
            "NATIONALITY", EntityType.NATIONALITY,
            "MISC", EntityType.OTHER);

    private static final Set<String> REGIONS = WordList.set("regions");

    private static final Pattern DOCUMENT_HEAD = Pattern.compile(
            "Declaration|Treaty|Agreement|Accords?|Memorandum|Charter|Convention|Protocol|Communiqu[eé]|Pact");
    private static final Pattern EVENT_HEAD = Pattern.compile("Summit|Forum|Conference|Congress|Expo|Olympics");
    private static final Pattern INSTITUTION_HEAD = Pattern.compile(
            "Center|Centre|Institute|University|Academy|School|Foundation|Office|Council|Association|Society");
    private static final Pattern ACRONYM = Pattern.compile("\\s*\\(([A-Z][A-Z0-9&.]{1,9})\\)");
    private static final Set<String> CONNECTORS = WordList.set("name-connectors");
    private static final Pattern REGION_QUALIFIER = Pattern.compile("(\\p{Lu}\\p{L}+) $");
    private static final Pattern HYPHENATED_NAMES = Pattern.compile(
            "(?<![\\p{L}-])\\p{Lu}[\\p{L}.]+(?:[-\u2013]\\p{Lu}[\\p{L}.]+)+(?![\\p{L}-])");
    private static final Pattern HYPHEN = Pattern.compile("[-\u2013]");
    private static final Set<String> PLACE_NOUNS = WordList.set("place-nouns");
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",", "&");
    private static final ActorRegistry REGISTRY = ActorRegistry.standard();
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\d+(st|nd|rd|th)?");

    @Override
    public String stage() {
        return "entities";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of(Slot.ARTICLE, Slot.ANNOTATION);
    }

    @Override
    public List<Slot<?>> provides() {
        return List.of(Slot.ENTITIES);
    }

    @Override
    public void extract(Analysis analysis, Provenance provenance) {
        analysis.put(Slot.ENTITIES, extract(analysis.get(Slot.ARTICLE), analysis.get(Slot.ANNOTATION), provenance));
    }

    public List<Entity> extract(Article article, AnnotatedText annotated, Provenance provenance) {
        String text = article.text();
        // Names found from the text's own shape win over the recogniser's mentions they overlap.
        List<Found> names = new ArrayList<>(namedDocumentsAndEvents(annotated));
        names.addAll(statePairs(text, names));
        names.addAll(acronymDefinitions(text, annotated, names));
        List<Found> found = new ArrayList<>(names);
        for (EntitySpan m : annotated.mentions()) {
            EntityType type = TYPES.get(m.tag());
            if (type == null || isPronoun(annotated, m.span()) || insideAny(names, m.span())) {
                continue;
            }
            found.add(correct(annotated, m, type, afterTitle(annotated, m.span())));
        }
        // "Central" and "Asia" tagged apart are one region once "Asia" has taken its qualifier.
        List<Found> regions = found.stream().filter(f -> "REGION".equals(f.tag())).toList();
        found.removeIf(f -> regions.stream().anyMatch(r -> r.span().contains(f.span()) && !r.span().equals(f.span())));
        found.addAll(acronymUses(text, annotated, found));
        found.addAll(surnameUses(annotated, found));
        found.sort(Comparator.comparing(Found::span));
        return group(article, found, provenance);
    }

    /** A mention with the entity it belongs to. */
    private record Found(CharSpan span, EntityType type, String tag, String name, String code) {
    }

    private Found correct(AnnotatedText annotated, EntitySpan m, EntityType type, boolean afterTitle) {
        String text = annotated.text();
        String name = m.text();
        boolean named = type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.OTHER;
        if (named && Countries.findCode(name).isEmpty() && besidePlaceNoun(annotated, m.span())) {
            return new Found(m.span(), EntityType.PLACE, "LOCATION", name, null);
        }
        if (afterTitle && type == EntityType.PLACE) {
            // "President António Costa": a title makes the next name a person, whatever the tagger says.
            return new Found(m.span(), EntityType.PERSON, "PERSON", name, null);
        }
        if (REGIONS.contains(name.toLowerCase(Locale.ROOT))) {
            CharSpan span = withRegionQualifier(text, m.span());
            return new Found(span, EntityType.PLACE, "REGION", span.of(text), null);
        }
        // "U.S." tagged LOCATION, "Myanmar" tagged NATIONALITY: a state's name is the state.
        boolean namesState = Countries.findCode(name).isPresent()
                && (type == EntityType.NATIONALITY || "LOCATION".equals(m.tag()));
        if (type == EntityType.STATE || namesState || readsAsState(annotated, m)) {
            return new Found(m.span(), EntityType.STATE, m.tag(), name, Countries.findCode(name).orElse(null));
        }
        if (type == EntityType.ORGANIZATION) {
            CharSpan span = withLocation(text, m.span());
            return new Found(span, type, m.tag(), span.of(text), null);
        }
        return new Found(m.span(), type, m.tag(), name, null);
    }

    /**
     * "the port of Poti", "the Talas river": a place noun just before the name with "of", or just after it,
     * makes the name a place.
     */
    private static boolean besidePlaceNoun(AnnotatedText annotated, CharSpan span) {
        List<Token> tokens = annotated.tokens();
        int first = firstTokenAt(tokens, span.begin());
        int after = firstTokenAt(tokens, span.end());
        boolean nounBefore = first >= 2 && tokens.get(first - 1).word().equals("of")
                && PLACE_NOUNS.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT));
        boolean nounAfter = after >= 0 && after < tokens.size()
                && PLACE_NOUNS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))
                && tokens.get(after).pos().startsWith("NN");
        return nounBefore || nounAfter;
    }

    /**
     * A state's name the recogniser took for a US state, a city or a person ("Georgia", "Jordan") names the
     * state when it is coordinated with another state's name ("Georgia and Azerbaijan", "Armenia, Georgia
     * and Iran") or the text names that state's capital.
     */
    private static boolean readsAsState(AnnotatedText annotated, EntitySpan m) {
        Optional<String> code = Countries.findCode(m.text());
        if (code.isEmpty() || !Set.of("STATE_OR_PROVINCE", "CITY", "PERSON").contains(m.tag())) {
            return false;
        }
        List<Token> tokens = annotated.tokens();
        int first = firstTokenAt(tokens, m.span().begin());
        int after = firstTokenAt(tokens, m.span().end());
        boolean coordinated = first >= 2 && COORDINATORS.contains(tokens.get(first - 1).word())
                && namesStateEndingAt(tokens, first - 2)
                || after >= 0 && after + 1 < tokens.size() && COORDINATORS.contains(tokens.get(after).word())
                && namesStateStartingAt(tokens, after + 1);
        boolean capital = REGISTRY.findState(code.get()).map(s -> s.capitals().stream()
                .anyMatch(c -> Pattern.compile("\\b" + Pattern.quote(c) + "\\b").matcher(annotated.text()).find()))
                .orElse(false);
        return coordinated || capital;
    }

    /** Whether one to three capitalised tokens starting at {@code i} are a state's name. */
    private static boolean namesStateStartingAt(List<Token> tokens, int i) {
        StringBuilder name = new StringBuilder();
        for (int k = i; k < Math.min(tokens.size(), i + 3); k++) {
            name.append(k == i ? "" : " ").append(tokens.get(k).word());
            if (Countries.findCode(name.toString()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether one to three capitalised tokens ending at {@code i} are a state's name. */
    private static boolean namesStateEndingAt(List<Token> tokens, int i) {
        StringBuilder name = new StringBuilder();
        for (int k = i; k >= Math.max(0, i - 2); k--) {
            name.insert(0, k == i ? tokens.get(k).word() : tokens.get(k).word() + " ");
            if (Countries.findCode(name.toString()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token starting at or after {@code offset}, or -1. */
    private static int firstTokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().begin() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** "China-Kazakhstan" (ties, relations) names two states, each a mention of its own. */
    private static List<Found> statePairs(String text, List<Found> names) {
        List<Found> out = new ArrayList<>();
        Matcher m = HYPHENATED_NAMES.matcher(text);
        while (m.find()) {
            String[] parts = m.group().split("[-\u2013]");
            CharSpan whole = new CharSpan(m.start(), m.end());
            if (insideAny(names, whole) || !Arrays.stream(parts).allMatch(p -> Countries.findCode(p).isPresent())) {
                continue;
            }
            int offset = m.start();
            for (String part : parts) {
                out.add(new Found(new CharSpan(offset, offset + part.length()), EntityType.STATE, "COUNTRY", part,
                        Countries.expectCode(part)));
                offset += part.length() + 1;
            }
        }
        return out;
    }

    /** "Central" before "Asia" makes the region Central Asia, even in "China-Central Asia". */
    private static CharSpan withRegionQualifier(String text, CharSpan region) {
        Matcher before = REGION_QUALIFIER.matcher(text).region(0, region.begin());
        if (before.find() && REGIONS.contains((before.group(1) + " " + region.of(text)).toLowerCase(Locale.ROOT))) {
            return new CharSpan(before.start(1), region.end());
        }
        return region;
    }

    /** "China Studies Center" followed by "in Kazakhstan": the place is part of the institution's name. */
    private static CharSpan withLocation(String text, CharSpan org) {
        String name = org.of(text);
        String head = name.substring(name.lastIndexOf(' ') + 1);
        if (!INSTITUTION_HEAD.matcher(head).matches()) {
            return org;
        }
        Matcher in = Pattern.compile(" in ((?:\\p{Lu}[\\p{L}]+ ?){1,3})").matcher(text).region(org.end(), text.length());
        if (in.lookingAt()) {
            String place = in.group(1).strip();
            if (Countries.findCode(place).isPresent()) {
                return new CharSpan(org.begin(), in.start(1) + place.length());
            }
        }
        return org;
    }

    /**
     * Capitalised names ending in a document or event head noun: "Astana Declaration",
     * "2nd China-Central Asia Summit". The recogniser misses them or calls them organisations.
     */
    private static List<Found> namedDocumentsAndEvents(AnnotatedText annotated) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = annotated.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            String tag = DOCUMENT_HEAD.matcher(word).matches() ? "DOCUMENT"
                    : EVENT_HEAD.matcher(word).matches() ? "EVENT" : null;
            if (tag == null) {
                continue;
            }
            int first = i;
            while (first > 0 && sameSentence(annotated, first - 1, i)) {
                String previous = tokens.get(first - 1).word();
                boolean name = NAME_TOKEN.matcher(previous).matches() && !tokens.get(first - 1).pos().equals("DT");
                // "China-Central Asia": the tokenizer splits off the hyphen between two names.
                boolean hyphen = HYPHEN.matcher(previous).matches() && first >= 2
                        && NAME_TOKEN.matcher(tokens.get(first - 2).word()).matches();
                if (!name && !hyphen) {
                    break;
                }
                first--;
            }
            if (first < i) {
                CharSpan span = new CharSpan(tokens.get(first).span().begin(), tokens.get(i).span().end());
                out.add(new Found(span, EntityType.OTHER, tag, span.of(annotated.text()), null));
            }
        }
        return out;
    }

    private static boolean sameSentence(AnnotatedText annotated, int a, int b) {
        return annotated.sentences().stream().anyMatch(s -> s.firstToken() <= a && b < s.endToken());
    }

    /**
     * "European Union (EU)": the capitalised words before an acronym in parentheses whose initials it
     * spells are one name, an organisation unless they name a state, whatever the recogniser said.
     */
    private static List<Found> acronymDefinitions(String text, AnnotatedText annotated, List<Found> names) {
        List<Found> out = new ArrayList<>();
        Matcher m = ACRONYM.matcher(text);
        List<Token> tokens = annotated.tokens();
        while (m.find()) {
            String acronym = m.group(1).replace(".", "");
            int last = -1;
            for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= m.start(); i++) {
                last = i;
            }
            int best = -1;
            List<Character> initials = new ArrayList<>();
            for (int i = last; i >= 0 && i > last - 8; i--) {
                String word = tokens.get(i).word();
                boolean capitalised = Character.isUpperCase(word.charAt(0));
                if (!capitalised && !CONNECTORS.contains(word)) {
                    break;
                }
                if (capitalised) {
                    initials.add(0, word.charAt(0));
                    if (spells(acronym, initials)) {
                        best = i;
                    }
                }
            }
            if (best < 0) {
                continue;
            }
            CharSpan span = new CharSpan(tokens.get(best).span().begin(), tokens.get(last).span().end());
            if (insideAny(names, span)) {
                continue;
            }
            String name = span.of(text);
            Optional<String> state = Countries.findCode(name);
            out.add(state.isPresent()
                    ? new Found(span, EntityType.STATE, "COUNTRY", name, state.get())
                    : new Found(span, EntityType.ORGANIZATION, "ORGANIZATION", name, null));
        }
        return out;
    }

    /** Whether the initials, in order, are letters of the acronym in order, starting with its first. */
    private static boolean spells(String acronym, List<Character> initials) {
        if (initials.isEmpty() || Character.toUpperCase(initials.get(0)) != acronym.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : initials) {
            at = acronym.indexOf(Character.toUpperCase(c), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** An acronym in parentheses after a name ("... Organization (SCO)") and its later uses join the name. */
    private static List<Found> acronymUses(String text, AnnotatedText annotated, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : List.copyOf(found)) {
            if (f.type() != EntityType.ORGANIZATION && f.type() != EntityType.OTHER && f.type() != EntityType.STATE) {
                continue;
            }
            Matcher m = ACRONYM.matcher(text).region(f.span().end(), text.length());
            if (!m.lookingAt()) {
                continue;
            }
            String acronym = m.group(1);
            for (Token t : annotated.tokens()) {
                if (t.word().equals(acronym) && t.span().begin() >= m.start(1)) {
                    found.removeIf(g -> g.span().overlaps(t.span()));
                    out.add(new Found(t.span(), f.type(), f.tag(), f.name(), f.code()));
                }
            }
        }
        return out;
    }

    /** A full name's surname used alone later ("Costa said") is that person, even where the tagger missed it. */
    private static List<Found> surnameUses(AnnotatedText annotated, List<Found> found) {
        List<Found> out = new ArrayList<>();
        Map<String, String> fullNameBySurname = surnames(found);
        for (Token t : annotated.tokens()) {
            String fullName = fullNameBySurname.get(t.word());
            if (fullName != null && !insideAny(found, t.span()) && !insideAny(out, t.span())) {
                out.add(new Found(t.span(), EntityType.PERSON, "PERSON", t.word(), null));
            }
        }
        return out;
    }

    private static boolean afterTitle(AnnotatedText annotated, CharSpan span) {
        Token previous = null;
        for (Token t : annotated.tokens()) {
            if (t.span().begin() >= span.begin()) {
                break;
            }
            previous = t;
        }
        return previous != null && previous.ner().equals("TITLE");
    }

    private static boolean isPronoun(AnnotatedText annotated, CharSpan span) {
        return annotated.tokens().stream()
                .filter(t -> span.contains(t.span()))
                .allMatch(t -> t.pos().startsWith("PRP") || t.pos().equals("WP"));
    }

    private static boolean insideAny(List<Found> found, CharSpan span) {
        return found.stream().anyMatch(f -> f.span().overlaps(span));
    }

    /**
     * Groups mentions into entities. States group by code; a person's bare surname joins the one
     * person whose full name ends with it; everything else groups by type and name.
     */
    private static List<Entity> group(Article article, List<Found> found, Provenance provenance) {
        Map<String, String> fullNameBySurname = surnames(found);
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        Map<String, Found> canonical = new HashMap<>();
        for (Found f : found) {
            String key = keyOf(f, fullNameBySurname);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            canonical.merge(key, f, (a, b) -> b.name().length() > a.name().length() ? b : a);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Found>> g : groups.entrySet()) {
            Found c = canonical.get(g.getKey());
            List<Evidence> mentions = g.getValue().stream().map(f -> Evidence.of(article, f.span())).toList();
            entities.add(new Entity(g.getKey(), c.type(), c.name(), c.tag(), c.code(), mentions, provenance));
        }
        return entities;
    }

    private static Map<String, String> surnames(List<Found> found) {
        Map<String, String> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Found f : found) {
            if (f.type() == EntityType.PERSON && f.name().contains(" ")) {
                String surname = f.name().substring(f.name().lastIndexOf(' ') + 1);
                String previous = bySurname.putIfAbsent(surname, f.name());
                if (previous != null && !previous.equals(f.name())) {
                    ambiguous.add(surname);
                }
            }
        }
        ambiguous.forEach(bySurname::remove);
        return bySurname;
    }

    private static String keyOf(Found f, Map<String, String> fullNameBySurname) {
        if (f.type() == EntityType.STATE && f.code() != null) {
            return "state:" + f.code();
        }
        String name = f.type() == EntityType.PERSON ? fullNameBySurname.getOrDefault(f.name(), f.name()) : f.name();
        return f.type().name().toLowerCase(Locale.ROOT) + ":" + slug(name);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
