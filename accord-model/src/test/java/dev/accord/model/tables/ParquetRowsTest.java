package dev.accord.model.tables;

import dev.accord.model.ArticleFacts;
import dev.accord.model.SampleFacts;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParquetRowsTest {

    private final ArticleFacts facts = SampleFacts.astana();

    @Test
    void everyFlatTableHasAColumnForEachOfItsColumnsUnderTheNameGiven() {
        for (FactTable<?> table : FactTable.all()) {
            MessageType schema = ParquetRows.schema(table, "spark_schema");
            assertEquals("spark_schema", schema.getName());
            assertEquals(table.columnNames(), schema.getFields().stream().map(Type::getName).toList(), table.name());
            for (Column<?> c : table.columns()) {
                assertEquals(c.nullable(), schema.getType(c.name()).isRepetition(Type.Repetition.OPTIONAL),
                        table.name() + "." + c.name());
            }
        }
    }

    @Test
    void listsOfTextAreSparkSqlsThreeLevelListsOfOptionalStrings() {
        MessageType schema = ParquetRows.schema(FactTable.EVENTS, "events");
        Type actors = schema.getType("actors");
        assertEquals(LogicalTypeAnnotation.listType(), actors.getLogicalTypeAnnotation());
        Type element = actors.asGroupType().getType("list").asGroupType().getType("element");
        assertTrue(element.isRepetition(Type.Repetition.OPTIONAL));
        assertEquals(LogicalTypeAnnotation.stringType(), element.getLogicalTypeAnnotation());
    }

    @Test
    void aRowHoldsTheTablesValuesAndLeavesOutTheMissingOnes() {
        MessageType schema = ParquetRows.schema(FactTable.EVENTS, "events");
        List<Object> values = FactTable.EVENTS.rows(facts).get(0);
        Group row = ParquetRows.row(FactTable.EVENTS, new SimpleGroupFactory(schema), values);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String name = FactTable.EVENTS.columnNames().get(i);
            if (v == null) {
                assertEquals(0, row.getFieldRepetitionCount(name), name);
            } else if (v instanceof List<?> list) {
                Group items = row.getGroup(name, 0);
                assertEquals(list.size(), items.getFieldRepetitionCount("list"), name);
                for (int k = 0; k < list.size(); k++) {
                    assertEquals(list.get(k), items.getGroup("list", k).getString("element", 0), name);
                }
            } else {
                assertEquals(v.toString(), row.getValueToString(i, 0), name);
            }
        }
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedNamingTheTable() {
        MessageType schema = ParquetRows.schema(FactTable.EVENTS, "events");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParquetRows.row(FactTable.EVENTS, new SimpleGroupFactory(schema), List.of("only one")));
        assertTrue(e.getMessage().contains("events") && e.getMessage().contains("got 1 values"), e.getMessage());
    }
}
