package dev.accord.model.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curated actor registry: states with their adjectives and capitals, international organisations
 * with their members, and officials with their terms. The tables live beside this class as TSV files
 * (see their README); they are read once per JVM by {@link #standard()}.
 */
public final class ActorRegistry {

    private static final String FOLDER = "/dev/accord/model/registry/";

    private final Map<String, StateInfo> statesByCode = new LinkedHashMap<>();
    private final Map<String, StateInfo> statesByName = new HashMap<>();
    private final Map<String, StateInfo> statesByAdjective = new HashMap<>();
    private final Map<String, StateInfo> statesByPeople = new HashMap<>();
    private final Map<String, StateInfo> statesByCapital = new HashMap<>();
    private final Map<String, IgoInfo> igosByCode = new LinkedHashMap<>();
    private final Map<String, IgoInfo> igosByName = new HashMap<>();
    private final Map<String, List<Official>> officialsByName = new HashMap<>();

    private ActorRegistry() {
    }

    private static final class Holder {
        static final ActorRegistry STANDARD = load();
    }

    /** The registry shipped with Accord. */
    public static ActorRegistry standard() {
        return Holder.STANDARD;
    }

    public Optional<StateInfo> findState(String iso3) {
        return Optional.ofNullable(statesByCode.get(iso3));
    }

    /** A state by its name or an alias, ignoring case and a leading "the". */
    public Optional<StateInfo> findStateByName(String name) {
        return Optional.ofNullable(statesByName.get(normalise(name)));
    }

    /** A state by an adjective or demonym used as a modifier ("Kazakh"); case matters. */
    public Optional<StateInfo> findStateByAdjective(String adjective) {
        return Optional.ofNullable(statesByAdjective.get(adjective));
    }

    /** A state by a plural noun for its people ("Kazakhs"); case matters. */
    public Optional<StateInfo> findStateByPeople(String people) {
        return Optional.ofNullable(statesByPeople.get(people));
    }

    /** A state by the city that stands for its government ("Astana"); case matters. */
    public Optional<StateInfo> findStateByCapital(String city) {
        return Optional.ofNullable(statesByCapital.get(city));
    }

    public Collection<StateInfo> states() {
        return statesByCode.values();
    }

    public Optional<IgoInfo> findIgo(String code) {
        return Optional.ofNullable(igosByCode.get(code));
    }

    /**
     * An IGO by its name or an alias. Acronyms match exactly ("SCO"); longer names ignore case and a
     * leading "the".
     */
    public Optional<IgoInfo> findIgoByName(String name) {
        return Optional.ofNullable(igosByName.get(name)).or(() -> Optional.ofNullable(igosByName.get(normalise(name))));
    }

    /** Every office-holder known by this name or alias, whenever they held office. */
    public List<Official> findOfficials(String name) {
        return officialsByName.getOrDefault(name, List.of());
    }

    /** The officials known by this name or alias who held office on {@code date}. */
    public List<Official> findOfficials(String name, LocalDate date) {
        return findOfficials(name).stream().filter(o -> o.inOffice(date)).toList();
    }

    static String normalise(String name) {
        String n = name.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static ActorRegistry load() {
        ActorRegistry r = new ActorRegistry();
        Set<String> ambiguous = new HashSet<>();
        for (List<String> row : read("states.tsv", 6)) {
            StateInfo s = new StateInfo(row.get(0), row.get(1), list(row.get(2)), list(row.get(3)), list(row.get(4)),
                    list(row.get(5)));
            r.statesByCode.put(s.iso3(), s);
            r.statesByName.put(normalise(s.name()), s);
            s.aliases().forEach(a -> r.statesByName.putIfAbsent(normalise(a), s));
            index(r.statesByAdjective, ambiguous, s.adjectives(), s);
            index(r.statesByPeople, ambiguous, s.people(), s);
            index(r.statesByCapital, ambiguous, s.capitals(), s);
        }
        ambiguous.forEach(key -> {
            r.statesByAdjective.remove(key);
            r.statesByPeople.remove(key);
            r.statesByCapital.remove(key);
        });
        for (List<String> row : read("igos.tsv", 5)) {
            IgoInfo igo = new IgoInfo(row.get(0), row.get(1), list(row.get(2)), list(row.get(3)), row.get(4));
            r.igosByCode.put(igo.code(), igo);
            r.igosByName.put(igo.code(), igo);
            r.igosByName.putIfAbsent(normalise(igo.name()), igo);
            for (String alias : igo.aliases()) {
                r.igosByName.putIfAbsent(isAcronym(alias) ? alias : normalise(alias), igo);
            }
        }
        for (List<String> row : read("officials.tsv", 7)) {
            Official o = new Official(row.get(0), list(row.get(1)), row.get(2), row.get(3), row.get(4),
                    date(row.get(5), "officials.tsv"), row.get(6).isEmpty() ? null : date(row.get(6), "officials.tsv"));
            r.officialsByName.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
            o.aliases().forEach(a -> r.officialsByName.computeIfAbsent(a, k -> new ArrayList<>()).add(o));
        }
        return r;
    }

    private static boolean isAcronym(String s) {
        return s.length() <= 10 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Adds each key; a key two states share ("Korean") is ambiguous and will map to neither. */
    private static <V> void index(Map<String, V> map, Set<String> ambiguous, List<String> keys, V value) {
        for (String key : keys) {
            V previous = map.putIfAbsent(key, value);
            if (previous != null && previous != value) {
                ambiguous.add(key);
            }
        }
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String cell, String file) {
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(FOLDER + file + ": '" + cell + "' is not a date; expected YYYY-MM-DD", e);
        }
    }

    /** The rows of a registry table without its header; a row with the wrong column count is a build error. */
    private static List<List<String>> read(String file, int columns) {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is missing from the accord-model jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 || line.isBlank()) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                if (cells.size() != columns) {
                    throw new IllegalStateException(FOLDER + file + ":" + number + " has " + cells.size()
                            + " columns; expected " + columns);
                }
                rows.add(cells.stream().map(String::strip).toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
    }
}
