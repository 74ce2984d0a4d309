package dev.accord.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Builds Accord's copies of CoreNLP's fine-grained gazetteers without the entries written as regular
 * expressions ("u\.?s\.?a\.?", "Calif\.?"). CoreNLP matches every such entry against every token, so the
 * few hundred of them cost two thirds of the recogniser's time, while the half million plain entries
 * are looked up at once; {@code accord eval ner-cost} measures both. The build runs this class
 * (exec-maven-plugin, process-classes) so the copies ship in the jar and no third-party data enters
 * the repository.
 */
public final class PlainGazetteers {

    /** CoreNLP's gazetteers, as its models jar holds them. */
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

    /** Where the plain copies live on the classpath. */
    static final String CASELESS_PLAIN = "dev/accord/nlp/gazetteers/regexner_caseless_plain.tab";
    static final String CASED_PLAIN = "dev/accord/nlp/gazetteers/regexner_cased_plain.tab";

    /** An entry made of letters, digits, spaces and the punctuation of names only. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s'&,_-]+");

    private PlainGazetteers() {
    }

    /** @param args the folder of compiled classes to write the copies into */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("expected one argument, the output folder; got " + args.length);
        }
        Path out = Path.of(args[0]);
        copyPlain(CASELESS, out.resolve(CASELESS_PLAIN));
        copyPlain(CASED, out.resolve(CASED_PLAIN));
    }

    static void copyPlain(String resource, Path target) throws IOException {
        InputStream in = PlainGazetteers.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("CoreNLP gazetteer " + resource + " is not on the classpath;"
                    + " expected the stanford-corenlp models jar");
        }
        Files.createDirectories(target.getParent());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && PLAIN.matcher(line.substring(0, tab)).matches()) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
    }
}
