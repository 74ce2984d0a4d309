package dev.accord.model.tables;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reference (docs/json.md) lists the Parquet tables; it must list the tables the descriptions have, the
 * record across articles' ({@link ConsolidatedTables}) after the articles' facts.
 */
class FactTableDocsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `parquet/([a-z_]+)/` \\| (.*) \\| [^|]+ \\|$");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    @Test
    void theReferenceListsEveryTableWithItsColumnsInOrder() throws IOException {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../docs/json.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                List<String> columns = new ArrayList<>();
                Matcher code = CODE.matcher(row.group(2).replaceAll("\\s*\\([^)]*\\)", ""));
                while (code.find()) {
                    Arrays.stream(code.group(1).split(",\\s*")).filter(c -> c.matches("[a-z_]+")).forEach(columns::add);
                }
                documented.put(row.group(1), columns);
            }
        }
        Map<String, List<String>> described = new LinkedHashMap<>();
        FactTable.all().forEach(t -> described.put(t.name(), t.columnNames()));
        ConsolidatedTables.all().forEach(t -> described.put(t.name(), t.columnNames()));
        assertEquals(described, documented);
    }
}
