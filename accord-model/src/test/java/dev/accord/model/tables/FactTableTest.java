package dev.accord.model.tables;

import dev.accord.model.ArticleFacts;
import dev.accord.model.Problem;
import dev.accord.model.SampleFacts;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactTableTest {

    private final ArticleFacts facts = SampleFacts.astana();

    @Test
    void everyTableGivesOneRowPerFactWithAValueForEachColumn() {
        assertEquals(List.of(1, 2, 1, 1, 1, 1, 1, 1, 1, 0),
                FactTable.all().stream().map(t -> t.rows(facts).size()).toList());
        for (FactTable<?> table : FactTable.all()) {
            table.rows(facts).forEach(row -> assertEquals(table.columns().size(), row.size(), table.name()));
        }
    }

    @Test
    void everyRowOfAnArticleStartsWithItsId() {
        for (FactTable<?> table : FactTable.all()) {
            if (table != FactTable.PROBLEMS) {
                assertEquals("article_id", table.columnNames().get(0), table.name());
                table.rows(facts).forEach(row -> assertEquals(facts.article().id(), row.get(0), table.name()));
            }
        }
    }

    @Test
    void anEventRowHoldsItsFlatValues() {
        List<Object> row = FactTable.EVENTS.rows(facts).get(0);
        List<String> names = FactTable.EVENTS.columnNames();
        assertEquals("SUPPORT", row.get(names.indexOf("type")));
        assertEquals(List.of("state:KAZ"), row.get(names.indexOf("actors")));
        assertEquals("ASSERTED", row.get(names.indexOf("modality")));
        assertEquals(6, row.get(names.indexOf("score")));
        assertEquals(false, row.get(names.indexOf("quoted")));
        assertEquals("2025-06-17", FactTable.Events.DATE.text(facts, facts.events().get(0)));
    }

    @Test
    void aQuoteRowNamesItsSpeaker() {
        assertEquals("Kazakhstan", FactTable.Quotes.SPEAKER_NAME.text(facts, facts.quotes().get(0)));
        assertTrue(FactTable.Quotes.OFFICIAL.bool(facts, facts.quotes().get(0)));
    }

    @Test
    void aProblemRowNeedsNoArticle() {
        assertEquals(List.of("feed.xml#item3", "no text"),
                FactTable.PROBLEMS.row(null, new Problem("feed.xml#item3", "no text")));
    }

    @Test
    void aSelectionKeepsTheColumnsNamedInTheirOrderAndNamesTheChoicesOfAMissingOne() {
        FactTable<?> kept = FactTable.ACTORS.select(List.of("actor_id", "article_id"));
        assertEquals(List.of("actor_id", "article_id"), kept.columnNames());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FactTable.ACTORS.select(List.of("mention_count")));
        assertTrue(e.getMessage().contains("no column mention_count; expected one of [article_id"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWhereTheRuleIsWritten() {
        FactTable<ArticleFacts> wrong = new FactTable<>("wrong", "a test", List::of,
                List.of(Column.required("count", ColumnType.INTEGER, "a count", (f, x) -> 3L)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrong.rows(facts));
        assertEquals("table wrong: column count got Long 3; expected a Integer for type INTEGER", e.getMessage());
        Column<Object> none = Column.required("input", ColumnType.TEXT, "input", (f, p) -> null);
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> none.valueOf(facts, null));
        assertTrue(empty.getMessage().contains("got null; expected a String"), empty.getMessage());
    }

    @Test
    void columnNamesAreUniqueInATableAndUsableUnquoted() {
        assertThrows(IllegalArgumentException.class, () -> Column.required("two words", ColumnType.TEXT, "x",
                (f, x) -> null));
        Column<Object> c = Column.required("a", ColumnType.TEXT, "x", (f, x) -> "v");
        assertThrows(IllegalArgumentException.class, () -> new FactTable<>("t", "x", f -> List.of(), List.of(c, c)));
        FactTable.all().forEach(t -> assertEquals(t.columns().size(),
                Arrays.stream(t.columnNames().toArray()).distinct().count()));
    }
}
