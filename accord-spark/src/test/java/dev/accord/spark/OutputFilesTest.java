package dev.accord.spark;

import dev.accord.model.tables.Column;
import dev.accord.model.tables.ColumnType;
import dev.accord.model.tables.FactTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class OutputFilesTest {

    /** A table of every column type, its rows given as values. */
    private static final FactTable<Object> VISITS = new FactTable<>("visits", "one visit", f -> List.of(), List.of(
            Column.required("host", ColumnType.TEXT, "who received", (f, x) -> null),
            Column.optional("guest", ColumnType.TEXT, "who came", (f, x) -> null),
            Column.required("days", ColumnType.INTEGER, "how long", (f, x) -> null),
            Column.optional("place_id", ColumnType.BIGINT, "where", (f, x) -> null),
            Column.required("confidence", ColumnType.REAL, "how sure", (f, x) -> null),
            Column.required("official", ColumnType.BOOLEAN, "a state visit", (f, x) -> null),
            Column.required("codes", ColumnType.TEXT_LIST, "the parties' codes", (f, x) -> null)));

    @TempDir
    Path dir;

    @Test
    void eachTasksFilesReplaceTheOldOutputAndNothingIsLeftInStaging() throws IOException {
        Path old = Files.createDirectories(dir.resolve("jsonl/facts")).resolve("part-00000-old.txt");
        Files.writeString(old, "a line of an earlier run\n");
        OutputFiles outputs = OutputFiles.under(new Configuration(), dir.toString());
        List<String> written = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            OutputFiles.Writing files = outputs.open(part, 0);
            try (files) {
                files.lines("jsonl/facts").lines("jsonl/problems");
                files.line("jsonl/facts", "{\"part\":" + part + "}");
            }
            written.addAll(files.files());
        }
        outputs.commit(List.of("jsonl/facts", "jsonl/problems"), written);

        assertEquals(List.of("_SUCCESS", "part-00000.jsonl", "part-00001.jsonl"), names(dir.resolve("jsonl/facts")));
        assertEquals("{\"part\":1}\n", Files.readString(dir.resolve("jsonl/facts/part-00001.jsonl"),
                StandardCharsets.UTF_8));
        assertEquals("", Files.readString(dir.resolve("jsonl/problems/part-00000.jsonl")),
                "a share with no problems still has its file");
        assertFalse(Files.exists(dir.resolve("_staging")), "the staging folder is removed");
    }

    @Test
    void aTablesRowsComeBackFromItsParquetFileWithTheirNullsAndLists() throws IOException {
        OutputFiles outputs = OutputFiles.under(new Configuration(), dir.toString());
        OutputFiles.Writing files = outputs.open(0, 0);
        try (files) {
            files.table(VISITS);
            files.row(VISITS, List.of("KAZ", "CHN", 3, 1526384L, 0.75, true, List.of("KAZ", "CHN")));
            files.row(VISITS, Arrays.asList("UZB", null, 1, null, 0.5, false, Arrays.asList("UZB", null)));
        }
        outputs.commit(List.of(OutputFiles.parquetFolder(VISITS)), files.files());

        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(dir.resolve("parquet/visits/part-00000.parquet").toUri())).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                rows.add(g);
            }
        }
        assertEquals(2, rows.size());
        Group first = rows.get(0);
        assertEquals("CHN", first.getString("guest", 0));
        assertEquals(3, first.getInteger("days", 0));
        assertEquals(1526384L, first.getLong("place_id", 0));
        assertEquals(0.75, first.getDouble("confidence", 0));
        assertEquals(true, first.getBoolean("official", 0));
        assertEquals("CHN", first.getGroup("codes", 0).getGroup("list", 1).getString("element", 0));
        Group second = rows.get(1);
        assertEquals(0, second.getFieldRepetitionCount("guest"), "a null is no value");
        assertEquals(0, second.getFieldRepetitionCount("place_id"));
        Group codes = second.getGroup("codes", 0);
        assertEquals(2, codes.getFieldRepetitionCount("list"), "a null in a list keeps its place");
        assertEquals(0, codes.getGroup("list", 1).getFieldRepetitionCount("element"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList();
        }
    }
}
