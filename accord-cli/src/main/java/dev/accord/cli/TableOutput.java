package dev.accord.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.model.AccordJson;
import dev.accord.model.tables.Column;
import dev.accord.model.tables.FactTable;
import dev.accord.model.tables.ParquetRows;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes the rows of one {@link FactTable} in one of three encodings, each column as the table describes it:
 * JSON Lines (one object a row, the columns in order, lists as arrays), CSV (RFC 4180, a header of column names,
 * an empty field for null, a list's items joined by {@code ;}) or Parquet (the table's types, a list as
 * Parquet's three-level list of strings, as Spark writes it; Snappy compressed).
 *
 * @param <T> what a row is made of
 */
abstract class TableOutput<T> implements AutoCloseable {

    /** How a table's rows are written. */
    enum Encoding {
        jsonl, csv, parquet;

        /** The encoding a file name asks for by its extension, else JSON Lines. */
        static Encoding of(Path file) {
            String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") ? csv : name.endsWith(".parquet") ? parquet : jsonl;
        }
    }

    private static final Pattern CSV_SPECIAL = Pattern.compile("[,\"\r\n;]");

    final FactTable<T> table;
    private int rows;

    private TableOutput(FactTable<T> table) {
        this.table = table;
    }

    /**
     * An output of {@code table}'s rows.
     *
     * @param text where JSON Lines and CSV go
     * @param file where Parquet goes; Parquet is binary, so it needs a file
     * @throws IllegalArgumentException when Parquet is asked for without a file
     */
    static <T> TableOutput<T> open(FactTable<T> table, Encoding encoding, Writer text, Path file)
            throws IOException {
        return switch (encoding) {
            case jsonl -> new JsonLines<>(table, text);
            case csv -> new Csv<>(table, text);
            case parquet -> {
                if (file == null) {
                    throw new IllegalArgumentException("Parquet is binary and needs a file; give --out FILE.parquet");
                }
                yield new Parquet<>(table, file);
            }
        };
    }

    /** Writes the row of one item, which is not a fact of one article ({@link FactTable#row} with no article). */
    void write(T item) throws IOException {
        write(table.row(null, item));
        rows++;
    }

    /** How many rows were written. */
    int rows() {
        return rows;
    }

    abstract void write(List<Object> values) throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class JsonLines<T> extends TableOutput<T> {
        private final Writer out;

        JsonLines(FactTable<T> table, Writer out) {
            super(table);
            this.out = out;
        }

        @Override
        void write(List<Object> values) throws IOException {
            ObjectNode row = AccordJson.mapper().createObjectNode();
            List<String> names = table.columnNames();
            for (int i = 0; i < names.size(); i++) {
                row.set(names.get(i), AccordJson.mapper().valueToTree(values.get(i)));
            }
            out.write(AccordJson.compact(row));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class Csv<T> extends TableOutput<T> {
        private final Writer out;

        Csv(FactTable<T> table, Writer out) throws IOException {
            super(table);
            this.out = out;
            line(new ArrayList<>(table.columnNames()));
        }

        @Override
        void write(List<Object> values) throws IOException {
            List<Object> fields = new ArrayList<>(values.size());
            for (Object v : values) {
                fields.add(v instanceof List<?> list ? String.join(";", list.stream()
                        .map(x -> x == null ? "" : x.toString()).toList()) : v);
            }
            line(fields);
        }

        private void line(List<Object> fields) throws IOException {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                String s = fields.get(i) == null ? "" : fields.get(i).toString();
                b.append(CSV_SPECIAL.matcher(s).find() ? '"' + s.replace("\"", "\"\"") + '"' : s);
            }
            out.write(b.append("\r\n").toString());
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class Parquet<T> extends TableOutput<T> {
        private final MessageType schema;
        private final SimpleGroupFactory groups;
        private final ParquetWriter<Group> writer;

        Parquet(FactTable<T> table, Path file) throws IOException {
            super(table);
            this.schema = ParquetRows.schema(table, table.name());
            this.groups = new SimpleGroupFactory(schema);
            // An export replaces the file it names, as the other encodings do.
            Files.deleteIfExists(file);
            this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY).build();
        }

        @Override
        void write(List<Object> values) throws IOException {
            writer.write(ParquetRows.row(table, groups, values));
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
