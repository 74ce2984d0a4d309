package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.CharSpan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article's actor mentions by span, for {@link QuoteExtractor} to find who stands at a place in the text,
 * with the pronoun each person's title calls for.
 */
final class Speakers {

    /** A title that tells a person's gender, just before their name's mention or opening it. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+\\z");
    private static final Pattern TITLE_OPENING = Pattern.compile("(Mr|Mrs|Ms|Miss)\\b\\.?\\s+");
    private static final Set<String> GENDERED = Set.of("he", "she");
    /** The paragraphs before a definite title's own in which the person it names was last mentioned. */
    static final int RECENT_PARAGRAPHS = 3;

    final TreeMap<CharSpan, Actor> bySpan = new TreeMap<>();
    /** The longest mention starting at each offset, and the first (by begin) ending at each. */
    private final Map<Integer, Map.Entry<CharSpan, Actor>> byBegin = new HashMap<>();
    private final Map<Integer, Map.Entry<CharSpan, Actor>> byEnd = new HashMap<>();

    /** The pronoun a person's title calls for ("Mr." he, "Mrs." and "Ms." she), where their titles agree. */
    private final Map<Actor, String> pronounByTitle = new HashMap<>();
    private final String text;
    private final List<CharSpan> quoted;

    Speakers(String text, List<Actor> actors, List<List<CharSpan>> chains) {
        this.text = text;
        this.quoted = chains.stream().flatMap(List::stream).toList();
        for (Actor a : actors) {
            Set<String> titled = new HashSet<>();
            for (ActorMention m : a.mentions()) {
                bySpan.put(m.evidence().span(), a);
                int begin = m.evidence().span().begin();
                Matcher before = TITLE_BEFORE.matcher(text).region(Math.max(0, begin - 6), begin);
                Matcher opening = TITLE_OPENING.matcher(text).region(begin, m.evidence().span().end());
                Matcher title = before.find() ? before : opening.lookingAt() ? opening : null;
                if (a.kind() == ActorKind.PERSON && title != null) {
                    titled.add(title.group(1).equals("Mr") ? "he" : "she");
                }
            }
            if (titled.size() == 1) {
                pronounByTitle.put(a, titled.iterator().next());
            }
        }
        for (Map.Entry<CharSpan, Actor> e : bySpan.entrySet()) {
            byBegin.put(e.getKey().begin(), e);
            byEnd.putIfAbsent(e.getKey().end(), e);
        }
    }

    /** The longest mention starting at {@code offset}: "United States Department of Agriculture", not its state. */
    Optional<Map.Entry<CharSpan, Actor>> startingAt(int offset) {
        return Optional.ofNullable(byBegin.get(offset));
    }

    Optional<Map.Entry<CharSpan, Actor>> endingAt(int offset) {
        return Optional.ofNullable(byEnd.get(offset));
    }

    /** Whether {@code person}'s title, if any, calls for the pronoun at {@code pronoun} ("Mr." for "he"). */
    boolean agrees(Actor person, CharSpan pronoun) {
        String word = pronoun.of(text).toLowerCase(Locale.ROOT);
        String titled = pronounByTitle.get(person);
        return !GENDERED.contains(word) || titled == null || titled.equals(word);
    }

    /**
     * The person "he" or "she" at {@code pronoun} stands for when the person it was resolved to has a title
     * that calls for the other ("Mrs. Ruiz ... Mr. Diaz ... she said"): the nearest person named before it in
     * its paragraph or the one before (outside quotation marks, unless the pronoun is inside them) whose
     * title calls for it, else the nearest with no title, else nobody.
     */
    Optional<Actor> agreeing(CharSpan pronoun) {
        String word = pronoun.of(text).toLowerCase(Locale.ROOT);
        int paragraph = QuoteExtractor.paragraphStart(text, pronoun.begin());
        int from = paragraph >= 2 ? QuoteExtractor.paragraphStart(text, paragraph - 2) : paragraph;
        boolean outside = quoted.stream().noneMatch(q -> q.contains(pronoun));
        List<Actor> people = bySpan.headMap(pronoun, false).descendingMap().entrySet().stream()
                .takeWhile(e -> e.getKey().begin() >= from)
                .filter(e -> e.getValue().kind() == ActorKind.PERSON && e.getKey().end() <= pronoun.begin())
                .filter(e -> !outside || quoted.stream().noneMatch(q -> q.contains(e.getKey())))
                .map(Map.Entry::getValue)
                .toList();
        return people.stream().filter(p -> word.equals(pronounByTitle.get(p))).findFirst()
                .or(() -> people.stream().filter(p -> !pronounByTitle.containsKey(p)).findFirst());
    }

    /**
     * The person a definite title with no name ("the minister", "the senator", "the official") at {@code offset}
     * means, as a definite description refers back to whom it describes: the one person named before it whose
     * role that noun names ({@link RoleNouns}: "Foreign Minister" for "minister", "Sen." for "senator", a
     * government role for "official"); else, when several are, the one of them named in the title's paragraph
     * or the {@value #RECENT_PARAGRAPHS} before it, the ones the reader has in mind; empty when none or more
     * than one.
     */
    Optional<Actor> holderOf(String noun, int offset) {
        List<Map.Entry<CharSpan, Actor>> holders = bySpan.headMap(new CharSpan(offset, offset), false).entrySet()
                .stream()
                .filter(e -> e.getValue().kind() == ActorKind.PERSON && RoleNouns.names(noun, e.getValue()))
                .toList();
        int from = paragraphsBefore(offset, RECENT_PARAGRAPHS);
        return only(holders).or(() -> only(holders.stream().filter(e -> e.getKey().begin() >= from).toList()));
    }

    private static Optional<Actor> only(List<Map.Entry<CharSpan, Actor>> mentions) {
        List<Actor> people = mentions.stream().map(Map.Entry::getValue).distinct().toList();
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    /** Where the paragraph {@code count} paragraphs (blank lines aside) before the one at {@code offset} starts. */
    private int paragraphsBefore(int offset, int count) {
        int start = QuoteExtractor.paragraphStart(text, offset);
        for (int k = 0; k < count && start >= 2; ) {
            int previous = QuoteExtractor.paragraphStart(text, start - 1);
            if (!text.substring(previous, start).isBlank()) {
                k++;
            }
            start = previous;
        }
        return start;
    }

    /** The person whose role evidence ends at {@code offset}, with their name just before it. */
    Optional<Map.Entry<CharSpan, Actor>> withRoleEndingAt(String text, int offset) {
        return bySpan.entrySet().stream()
                .filter(e -> e.getValue().roleEvidence() != null && e.getValue().roleEvidence().span().end() == offset)
                .filter(e -> e.getKey().end() <= e.getValue().roleEvidence().span().begin()
                        && text.substring(e.getKey().end(), e.getValue().roleEvidence().span().begin()).matches(",\\s*(the\\s+)?"))
                .findFirst();
    }
}
