import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fails when a test was skipped: run by .ci/run after the tests, where Chromium, ChromeDriver, PostgreSQL
 * and ../shared are all present, so a skip means a test did not run that should have. Reads every module's
 * surefire and failsafe XML reports under the folder given and lists each skipped test with its reason.
 */
public final class SkippedTests {

    private SkippedTests() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length == 0 ? "." : args[0]);
        List<Path> reports;
        try (Stream<Path> files = Files.find(root, 4, (path, attributes) -> isReport(path))) {
            reports = files.sorted().toList();
        }
        if (reports.isEmpty()) {
            System.err.println("skipped tests: no surefire or failsafe reports under " + root.toAbsolutePath()
                    + "; expected <module>/target/surefire-reports/TEST-*.xml after mvn verify");
            System.exit(2);
        }
        List<String> skipped = new ArrayList<>();
        int cases = 0;
        for (Path report : reports) {
            NodeList testcases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                    .getElementsByTagName("testcase");
            for (int i = 0; i < testcases.getLength(); i++) {
                Element testcase = (Element) testcases.item(i);
                cases++;
                NodeList skip = testcase.getElementsByTagName("skipped");
                if (skip.getLength() > 0) {
                    skipped.add(testcase.getAttribute("classname") + "." + testcase.getAttribute("name") + ": "
                            + reason((Element) skip.item(0)) + " (" + root.relativize(report) + ")");
                }
            }
        }
        if (!skipped.isEmpty()) {
            System.err.println(skipped.size() + " of " + cases + " tests were skipped where every test must run:");
            skipped.forEach(line -> System.err.println("  " + line));
            System.exit(1);
        }
        System.out.println("skipped tests: none of " + cases + " tests in " + reports.size() + " reports");
    }

    private static boolean isReport(Path path) {
        return path.getFileName().toString().matches("TEST-.*\\.xml")
                && path.getParent().getFileName().toString().matches("(surefire|failsafe)-reports");
    }

    /** The assumption's message: the report's message attribute, else the first line of the skip's text. */
    private static String reason(Element skip) {
        String message = skip.getAttribute("message");
        if (message.isBlank()) {
            message = skip.getTextContent().strip().lines().findFirst().orElse("no reason given");
        }
        return message.replaceFirst("^org\\.opentest4j\\.TestAbortedException: ", "")
                .replaceFirst("^Assumption failed: ", "");
    }
}
