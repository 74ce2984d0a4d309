package dev.accord.spark;

import dev.accord.model.ArticleFacts;
import dev.accord.model.Problem;
import dev.accord.model.tables.Column;
import dev.accord.model.tables.ColumnType;
import dev.accord.model.tables.FactTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * The model's {@link FactTable}s as Spark sees them: a schema built from each table's columns, and its
 * rows as Spark rows. The facts JSON Lines the job also writes hold everything; these tables, one Parquet
 * folder each, are what analysts query.
 */
final class FactTables {

    private FactTables() {
    }

    /** The table's schema: one field per column, of the column's type and nullability. */
    static StructType schema(FactTable<?> table) {
        return DataTypes.createStructType(table.columns().stream()
                .map(c -> DataTypes.createStructField(c.name(), type(c), c.nullable())).toList());
    }

    /** The table's rows for one article. */
    static List<Row> rows(FactTable<?> table, ArticleFacts facts) {
        return table.rows(facts).stream().map(FactTables::row).toList();
    }

    static Row problemRow(Problem p) {
        return row(FactTable.PROBLEMS, p);
    }

    /** The row of an item that is not a fact of one article: a problem, a consolidated event, a report of one. */
    static <T> Row row(FactTable<T> table, T item) {
        return row(table.row(null, item));
    }

    private static Row row(List<Object> values) {
        // Spark's row encoder takes arrays for array columns.
        return RowFactory.create(values.stream().map(v -> v instanceof List<?> l ? l.toArray(String[]::new) : v)
                .toArray());
    }

    private static DataType type(Column<?> column) {
        ColumnType type = column.type();
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case REAL -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case TEXT_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
            case RECORDS -> throw new IllegalArgumentException("column " + column.name() + " holds records, "
                    + "which only JSON exports nest; expected a fact table of flat columns");
        };
    }
}
