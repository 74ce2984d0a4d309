package dev.accord.model.tables;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import java.util.List;

/**
 * A fact table's Parquet schema and rows, the same for every writer of them: the CLI's exports and the
 * Spark job's outputs. The columns are those Spark SQL writes for the same table: text as UTF-8 strings,
 * lists of text as three-level lists of optional strings.
 */
public final class ParquetRows {

    private ParquetRows() {
    }

    /**
     * The Parquet schema of {@code table}'s columns, its message called {@code name} (Spark SQL calls it
     * {@code spark_schema}).
     *
     * @throws IllegalArgumentException for a column of nested records, which only JSON holds
     */
    public static MessageType schema(FactTable<?> table, String name) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column<?> c : table.columns()) {
            Type.Repetition repetition = c.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            message.addField(switch (c.type()) {
                case TEXT -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(c.name());
                case INTEGER -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(c.name());
                case BIGINT -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(c.name());
                case REAL -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(c.name());
                case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(c.name());
                case TEXT_LIST -> Types.list(repetition).optionalElement(PrimitiveTypeName.BINARY)
                        .as(LogicalTypeAnnotation.stringType()).named(c.name());
                case RECORDS -> throw new IllegalArgumentException("table " + table.name() + " column "
                        + c.name() + " nests records; expected a flat table for Parquet");
            });
        }
        return message.named(name);
    }

    /**
     * One row of {@code table}: {@code values} in its columns' order, as {@link FactTable#row} gives them,
     * {@code null} for a value left out. {@code groups} must be made from this table's {@link #schema}.
     */
    public static Group row(FactTable<?> table, SimpleGroupFactory groups, List<Object> values) {
        List<? extends Column<?>> columns = table.columns();
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("table " + table.name() + " has " + columns.size()
                    + " columns, got " + values.size() + " values");
        }
        Group row = groups.newGroup();
        for (int i = 0; i < columns.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            String name = columns.get(i).name();
            switch (columns.get(i).type()) {
                case TEXT -> row.append(name, (String) v);
                case INTEGER -> row.append(name, (Integer) v);
                case BIGINT -> row.append(name, (Long) v);
                case REAL -> row.append(name, (Double) v);
                case BOOLEAN -> row.append(name, (Boolean) v);
                case TEXT_LIST -> {
                    Group list = row.addGroup(name);
                    for (Object item : (List<?>) v) {
                        Group element = list.addGroup("list");
                        if (item != null) {
                            element.append("element", item.toString());
                        }
                    }
                }
                case RECORDS -> throw new IllegalArgumentException("table " + table.name() + " column " + name
                        + " nests records; expected a flat table for Parquet");
            }
        }
        return row;
    }
}
