package dev.accord.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists the extractors read, kept as resources in {@code dev/accord/extract/words/} so that
 * each list is written once, beside a header that says what it is and what it generalises, and can be
 * reviewed and extended without reading the code that uses it.
 *
 * <p>A list file holds one entry a line; an entry may hold spaces ("prime minister") and keeps its
 * case. Lines that start with {@code #} are comments and blank lines are skipped; a file must start
 * with a comment and may not repeat an entry. A list is read when its extractor's class loads, so a
 * broken file fails the first analysis, with the file and line in the message.
 */
public final class WordList {

    private static final String FOLDER = "/dev/accord/extract/words/";

    private WordList() {
    }

    /** The entries of {@code words/<name>.txt}, for membership tests. */
    public static Set<String> set(String name) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(list(name)));
    }

    /** The entries of {@code words/<name>.txt} in the file's order, for lists where the first match wins. */
    public static List<String> list(String name) {
        String resource = FOLDER + name + ".txt";
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing from the accord-extract jar");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    private static List<String> parse(String resource, BufferedReader reader) throws IOException {
        List<String> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && !line.startsWith("#")) {
                throw new IllegalStateException(resource + ":1 starts with '" + line
                        + "'; expected a '#' comment saying what the list is and what it generalises");
            }
            String entry = line.strip();
            if (entry.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!seen.add(entry)) {
                throw new IllegalStateException(resource + ":" + number + " repeats '" + entry
                        + "'; expected each entry once");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(resource + " has no entries; expected one word or phrase a line");
        }
        return List.copyOf(entries);
    }
}
