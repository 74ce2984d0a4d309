package dev.accord.ingest;

import dev.accord.model.Problem;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands what the user named on the command line into inputs: a file is itself, a folder is every
 * file below it in name order (each told apart by its content later, whatever its name), an http(s)
 * address is a URL to fetch, {@code -} is standard input. What cannot be expanded becomes a
 * {@link Problem}, and the rest goes on.
 */
public final class Inputs {

    /** The inputs found and the arguments that gave none. */
    public record Expansion(List<Input> inputs, List<Problem> problems) {
        public Expansion {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }
    }

    private Inputs() {
    }

    public static Expansion expand(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                inputs.add(Input.standardInput());
                continue;
            }
            if (arg.regionMatches(true, 0, "http://", 0, 7) || arg.regionMatches(true, 0, "https://", 0, 8)) {
                try {
                    inputs.add(Input.url(new URI(arg)));
                } catch (URISyntaxException e) {
                    problems.add(new Problem(arg, "not a valid URL (" + e.getReason() + "); expected an http(s) "
                            + "address"));
                }
                continue;
            }
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                problems.add(new Problem(arg, "no such file or folder; expected a file, a folder of them, a URL, or -"));
            } else if (Files.isDirectory(path)) {
                List<Input> found = articleFiles(path, problems, arg);
                if (found.isEmpty() && problems.stream().noneMatch(p -> p.input().equals(arg))) {
                    problems.add(new Problem(arg, "folder holds no files; expected files of articles (searched "
                            + "recursively)"));
                }
                inputs.addAll(found);
            } else if (!Files.isReadable(path)) {
                problems.add(new Problem(arg, "not readable by this user; expected a readable file"));
            } else {
                inputs.add(new Input(arg, path));
            }
        }
        return new Expansion(inputs, problems);
    }

    private static List<Input> articleFiles(Path folder, List<Problem> problems, String arg) {
        try (Stream<Path> walk = Files.walk(folder)) {
            // Every file is read and told apart by its content, whatever its name: one that holds no article
            // is a problem with its reason, never passed over.
            return walk.filter(Files::isRegularFile)
                    .sorted()
                    .map(p -> new Input(p.toString(), p))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new Problem(arg, "folder cannot be listed (" + e.getMessage() + ")"));
            return List.of();
        }
    }
}
