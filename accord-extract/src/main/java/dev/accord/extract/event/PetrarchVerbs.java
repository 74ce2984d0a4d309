package dev.accord.extract.event;

import dev.accord.model.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event triggers mined, whole, from PETRARCH2's CAMEO verb dictionary (MIT licence, Open Event Data),
 * read at run time from a file that is never part of Accord, with CAMEO codes turned into PLOVER types by
 * the CAMEO-to-PLOVER table of the PLOVER project (read the same way).
 *
 * <p>What is taken, by one rule for every entry rather than entry by entry:
 * <ul>
 *   <li>every verb of a block that carries a code (the block's, or the verb's own) becomes a bare verb
 *       trigger; a multi-word verb ({@code +BEEF_UP}) becomes a verb–particle pair;</li>
 *   <li>every pattern of one element after the verb ({@code - * SANCTIONS [163]}) becomes a verb–noun
 *       pair for each verb of its block, keyed on that element's noun (the head of a braced phrase, the
 *       noun of a prepositional phrase, each member of a synonym set); patterns that constrain the
 *       subject ({@code - &MILITARY * ...}) or need several elements are left out, as the coder checks
 *       one argument and no subject by word;</li>
 *   <li>codes the table does not map (CAMEO 01 and 02, statements and appeals) make no trigger, as
 *       PLOVER codes no event for them.</li>
 * </ul>
 * Where one key gets several codes, the most frequent wins, the first written on a tie.
 */
final class PetrarchVerbs {

    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern MAPPING = Pattern.compile("^(\\d{2,4}):\\s*([A-Z_]+)\\s*,([^,#]*),?([^#]*)");
    private static final Set<String> MARKS = Set.of("$", "+", "%", "^", "|", "*");

    private PetrarchVerbs() {
    }

    /** One PLOVER coding of a CAMEO code. */
    record Coding(EventType type, String mode, String context) {
    }

    /**
     * The CAMEO-to-PLOVER table: lines {@code 0311: AGREE,  , economic # ...}. A line naming a type
     * PLOVER 2.0 does not have is a clear error naming the file and the line.
     */
    static Map<String, Coding> readMapping(Path file) {
        Map<String, Coding> out = new HashMap<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MAPPING.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            EventType type;
            try {
                type = EventType.valueOf(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + " maps CAMEO " + m.group(1) + " to '"
                        + m.group(2) + "'; expected a PLOVER 2.0 type", e);
            }
            out.put(m.group(1), new Coding(type, blankToNull(m.group(3)), blankToNull(m.group(4).split(";")[0])));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no line 'CODE: TYPE, mode, context'; expected the "
                    + "CAMEO-to-PLOVER table");
        }
        return out;
    }

    /** The PLOVER coding of a CAMEO code, or of its nearest parent the table maps ({@code 0344} → {@code 034}). */
    static Optional<Coding> coding(Map<String, Coding> mapping, String cameo) {
        for (String c = cameo; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Coding coding = mapping.get(c);
            if (coding != null) {
                return Optional.of(coding);
            }
        }
        return Optional.empty();
    }

    /**
     * The triggers of a PETRARCH2 verb dictionary, keyed as {@code events.tsv} keys them: a verb lemma,
     * or {@code verb>noun}.
     */
    static Map<String, EventLexicon.Trigger> read(Path dictionary, Map<String, Coding> mapping) {
        List<String> lines = lines(dictionary);
        Map<String, List<String>> synonyms = new HashMap<>();
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        boolean verbSection = false;
        String synonymSet = null;
        String blockCode = null;
        List<String> blockVerbs = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).strip() : raw.strip();
            if (raw.startsWith("####### VERB PATTERNS")) {
                verbSection = true;
                continue;
            }
            if (line.isEmpty()) {
                synonymSet = null;
                continue;
            }
            if (!verbSection) {
                if (line.startsWith("&")) {
                    synonymSet = line;
                    synonyms.put(synonymSet, new ArrayList<>());
                } else if (line.startsWith("+") && synonymSet != null) {
                    synonyms.get(synonymSet).add(word(line.substring(1)));
                }
                continue;
            }
            Matcher block = BLOCK.matcher(line);
            if (block.find()) {
                blockCode = code(block.group(2));
                blockVerbs = new ArrayList<>();
                continue;
            }
            if (line.startsWith("-")) {
                String code = codeOf(line);
                if (code != null) {
                    for (String noun : firstNouns(line, synonyms)) {
                        for (String verb : blockVerbs) {
                            vote(votes, verb.replace('_', ' ').split(" ")[0] + ">" + noun, code);
                        }
                    }
                }
                continue;
            }
            String verb = word(line.split("\\s+")[0].replaceFirst("^\\+", ""));
            String own = codeOf(line);
            String code = own != null ? own : blockCode;
            blockVerbs.add(verb);
            if (code != null) {
                String[] parts = verb.split("_");
                vote(votes, parts.length > 1 ? parts[0] + ">" + parts[parts.length - 1] : verb, code);
            }
        }
        Map<String, EventLexicon.Trigger> out = new LinkedHashMap<>();
        votes.forEach((key, counts) -> {
            String cameo = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            coding(mapping, cameo).ifPresent(c -> {
                String[] pair = key.split(">", 2);
                out.put(key, new EventLexicon.Trigger(pair[0], pair.length > 1 ? pair[1] : null, cameo, c.type(),
                        c.mode(), c.context(), true));
            });
        });
        return out;
    }

    /**
     * The nouns a pattern's one element after the verb names: a noun, the head of a braced phrase, the
     * noun of a prepositional phrase, or the members of a synonym set. None when words precede the verb,
     * or when the pattern needs more than one element ("* IMPORTANCE (OF TALKS)"), as the coder checks
     * one argument of the verb and the code of such a pattern rests on the others.
     */
    private static List<String> firstNouns(String pattern, Map<String, List<String>> synonyms) {
        String body = CODE.matcher(pattern.substring(1)).replaceAll(" ").strip();
        String[] tokens = body.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ")
                .strip().split("\\s+");
        if (tokens.length == 0 || !tokens[0].equals("*")) {
            return List.of();
        }
        List<List<String>> elements = new ArrayList<>();
        List<String> current = null;
        int depth = 0;
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.equals("(") || t.equals("{")) {
                if (depth++ == 0) {
                    current = new ArrayList<>();
                    elements.add(current);
                }
                if (t.equals("(")) {
                    current.add("(");
                }
            } else if (t.equals(")") || t.equals("}")) {
                depth--;
            } else if (!MARKS.contains(t)) {
                if (depth == 0) {
                    current = new ArrayList<>();
                    elements.add(current);
                }
                current.add(t);
            }
        }
        if (elements.size() != 1) {
            return List.of();
        }
        List<String> words = elements.get(0);
        // A prepositional phrase is named by its noun: the word after the preposition.
        if (words.get(0).equals("(")) {
            words = words.size() > 2 ? words.subList(2, words.size()) : List.of();
        }
        if (words.isEmpty()) {
            return List.of();
        }
        // A braced phrase is named by its head, its last word.
        String head = words.get(words.size() - 1);
        return head.startsWith("&") ? synonyms.getOrDefault(head, List.of()) : List.of(word(head));
    }

    private static void vote(Map<String, Map<String, Integer>> votes, String key, String code) {
        votes.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(code, 1, Integer::sum);
    }

    private static String codeOf(String line) {
        Matcher m = CODE.matcher(line);
        return m.find() ? code(m.group(1)) : null;
    }

    /** {@code 042:043} codes the source's side first; {@code ---} is no code. */
    private static String code(String cell) {
        String c = cell.strip().split(":")[0];
        return c.matches("\\d{2,4}") ? c : null;
    }

    private static String word(String token) {
        return token.strip().toLowerCase(Locale.ROOT).replaceAll("_+$", "");
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
