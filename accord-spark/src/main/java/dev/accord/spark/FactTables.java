package dev.accord.spark;

import dev.accord.model.tables.Column;
import dev.accord.model.tables.ColumnType;
import dev.accord.model.tables.FactTable;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The model's {@link FactTable}s as Spark sees them: a schema built from each table's columns, the one Spark
 * reads each table's Parquet files with. The facts JSON Lines the job also writes hold everything; these
 * tables, one Parquet folder each, are what analysts query.
 */
final class FactTables {

    private FactTables() {
    }

    /** The table's schema: one field per column, of the column's type and nullability. */
    static StructType schema(FactTable<?> table) {
        return DataTypes.createStructType(table.columns().stream()
                .map(c -> DataTypes.createStructField(c.name(), type(c), c.nullable())).toList());
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
