package dev.accord.store;

import dev.accord.model.tables.Column;
import dev.accord.model.tables.ColumnType;
import dev.accord.model.tables.FactTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tables a store copies out of the facts are the model's fact tables, column for column. */
@ParameterizedClass
@MethodSource("dev.accord.store.Backend#all")
class StoreFactTablesTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private JdbcFactStore store;

    @BeforeEach
    void open() {
        store = backend.open(dir);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void eachCopiedTableHasTheDescribedColumnsWithTheirTypesAndNullability() throws SQLException {
        List<FactTable<?>> tables = new ArrayList<>(FactRows.MACHINE);
        tables.addAll(FactRows.CURATED);
        for (FactTable<?> table : tables) {
            assertEquals(described(table), schema(table.name()), table.name());
        }
    }

    private static List<String> described(FactTable<?> table) {
        List<String> columns = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            String type = c.type() == ColumnType.BOOLEAN ? "integer" : c.type().name().toLowerCase(Locale.ROOT);
            columns.add(c.name() + " " + type + (c.nullable() ? "" : " not null"));
        }
        return columns;
    }

    /** The table's columns as the database has them, in the order they were created. */
    private List<String> schema(String table) throws SQLException {
        DatabaseMetaData meta = store.connection.getMetaData();
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, store.connection.getSchema(), table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT)
                        .replace("int4", "integer") + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                        ? " not null" : ""));
            }
        }
        return columns;
    }
}
