package dev.accord.extract;

import dev.accord.model.Actor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the head noun of a definite description ("the senator", "the official") may name a person by
 * their role: the role's last word, or another form of the same title ({@code title-families}: "Sen." for
 * "senator", "spokeswoman" for "spokesman"), or a hypernym of the role's sector ({@code role-hypernyms}:
 * "official" for a government, legislative or military role).
 */
final class RoleNouns {

    /** Each form of a title to the family's full word: "sen" to "senator". */
    private static final Map<String, String> FULL = new HashMap<>();
    /** Each hypernym to the sectors whose roles it names. */
    private static final Map<String, Set<String>> SECTORS = new HashMap<>();

    static {
        for (String family : WordList.list("title-families")) {
            String[] forms = family.split(" ");
            for (String form : forms) {
                FULL.put(form, forms[0]);
            }
        }
        for (String line : WordList.list("role-hypernyms")) {
            List<String> words = List.of(line.split(" "));
            SECTORS.put(words.get(0), Set.copyOf(words.subList(1, words.size())));
        }
    }

    private RoleNouns() {
    }

    /** Whether {@code noun} (lower case) names {@code person} by their role. */
    static boolean names(String noun, Actor person) {
        if (person.role() == null || person.role().isBlank()) {
            return false;
        }
        String role = fullTitle(person.role());
        if (role.substring(role.lastIndexOf(' ') + 1).equals(full(noun))) {
            return true;
        }
        Set<String> sectors = SECTORS.get(noun);
        return sectors != null && sectors.contains(person.sector() != null ? person.sector()
                : PersonRoles.sectorOfRole(person.role(), person.affiliation()));
    }

    /** A role in lower case, its last word the full word of its title: "Sen." to "senator". */
    static String fullTitle(String role) {
        String[] words = role.strip().toLowerCase(Locale.ROOT).split("\\s+");
        words[words.length - 1] = full(words[words.length - 1]);
        return String.join(" ", words);
    }

    /** The full word of a title's form, its trailing full stop dropped: "sen." to "senator". */
    private static String full(String form) {
        String word = form.endsWith(".") ? form.substring(0, form.length() - 1) : form;
        return FULL.getOrDefault(word, word);
    }
}
