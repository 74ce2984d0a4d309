package dev.accord.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The module graph of {@code docs/MODULES.md} holds: every module's {@code pom.xml} and every Java import
 * uses only the modules (and the kept-apart libraries) its row there allows. It runs first in every build,
 * so an arrow that is not allowed fails the build before anything else is compiled against it.
 */
class ModuleGraphTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(accord-[a-z]+)\\s*\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern LIBRARY = Pattern.compile("^\\|\\s*([a-z]+(?:\\.[a-z]+)*\\.)\\s*\\|\\s*(accord-[a-z]+)"
            + "\\s*\\|\\s*$");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ACCORD_ARTIFACT = Pattern.compile(
            "<groupId>dev\\.accord</groupId>\\s*<artifactId>(accord-[a-z]+)</artifactId>");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern MODULE = Pattern.compile("<module>(accord-[a-z]+)</module>");

    private static final Map<String, Set<String>> MAIN = new LinkedHashMap<>();
    private static final Map<String, Set<String>> TESTS = new LinkedHashMap<>();
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    @BeforeAll
    static void readTheAllowedGraph() throws IOException {
        for (String line : Files.readAllLines(ROOT.resolve("docs/MODULES.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                MAIN.put(row.group(1), modules(row.group(2)));
                TESTS.put(row.group(1), modules(row.group(3)));
            }
            Matcher library = LIBRARY.matcher(line);
            if (library.matches()) {
                LIBRARIES.put(library.group(1), library.group(2));
            }
        }
    }

    @Test
    void everyModuleOfTheBuildHasItsRow() throws IOException {
        Set<String> built = new TreeSet<>();
        Matcher m = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
        while (m.find()) {
            built.add(m.group(1));
        }
        assertEquals(built, new TreeSet<>(MAIN.keySet()), "docs/MODULES.md has a row for each module of pom.xml");
        assertEquals(Set.of("edu.stanford.", "org.apache.spark.", "io.javalin."), LIBRARIES.keySet());
    }

    @Test
    void everyPomDependsOnlyOnWhatItsRowAllows() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String module : MAIN.keySet()) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
            Matcher d = DEPENDENCY.matcher(pom);
            while (d.find()) {
                Matcher artifact = ACCORD_ARTIFACT.matcher(d.group(1));
                if (artifact.find()) {
                    boolean test = d.group(1).contains("<scope>test</scope>");
                    if (!allowed(module, artifact.group(1), test)) {
                        wrong.add(module + "/pom.xml depends on " + artifact.group(1) + (test ? " in tests" : ""));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "arrows docs/MODULES.md does not allow");
    }

    @Test
    void everyImportUsesOnlyWhatItsModulesRowAllows() {
        List<String> wrong = new ArrayList<>();
        for (String module : MAIN.keySet()) {
            for (String kind : List.of("main", "test")) {
                for (Path file : javaFiles(ROOT.resolve(module).resolve("src").resolve(kind).resolve("java"))) {
                    for (String imported : imports(file)) {
                        String problem = check(module, imported, kind.equals("test"));
                        if (problem != null) {
                            wrong.add(ROOT.relativize(file) + " imports " + imported + ": " + problem);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "imports docs/MODULES.md does not allow");
    }

    private static String check(String module, String imported, boolean test) {
        for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
            if (imported.startsWith(library.getKey()) && !library.getValue().equals(module)) {
                return library.getKey() + "* is " + library.getValue() + "'s alone";
            }
        }
        if (!imported.startsWith("dev.accord.")) {
            return null;
        }
        String used = "accord-" + imported.split("\\.")[2];
        return used.equals(module) || allowed(module, used, test) ? null
                : module + (test ? "'s tests" : "") + " may not use " + used;
    }

    private static boolean allowed(String module, String used, boolean test) {
        return MAIN.get(module).contains(used) || test && TESTS.get(module).contains(used);
    }

    private static Set<String> modules(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> s.startsWith("accord-"))
                .collect(Collectors.toSet());
    }

    private static List<Path> javaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path file) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            List<String> found = new ArrayList<>();
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
