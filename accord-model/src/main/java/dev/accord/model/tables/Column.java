package dev.accord.model.tables;

import dev.accord.model.ArticleFacts;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * One column of a {@link FactTable}: its name, type, whether it may be empty, what it means, and how its
 * value is read from a fact of an article. The function is the one flattening rule every face uses.
 *
 * @param <T>         the fact a row is made of
 * @param name        the column's name in every face: SQL, Parquet, exports
 * @param type        what it holds
 * @param nullable    whether a row may hold {@code null}
 * @param description what it means, with its units
 * @param value       its value for a fact of an article
 */
public record Column<T>(String name, ColumnType type, boolean nullable, String description,
                        BiFunction<ArticleFacts, T, Object> value) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("column name '" + name + "'; expected letters, digits and _, "
                    + "starting with a letter, so that every face can use it unquoted");
        }
    }

    /** A column that every row fills. */
    public static <T> Column<T> required(String name, ColumnType type, String description,
                                         BiFunction<ArticleFacts, T, Object> value) {
        return new Column<>(name, type, false, description, value);
    }

    /** A column that may be {@code null}. */
    public static <T> Column<T> optional(String name, ColumnType type, String description,
                                         BiFunction<ArticleFacts, T, Object> value) {
        return new Column<>(name, type, true, description, value);
    }

    /**
     * The first column of every table of an article's facts. Here, not in {@link FactTable}, because the
     * classes holding each table's columns are initialised before the tables that list them.
     */
    static <T> Column<T> articleId() {
        return required("article_id", ColumnType.TEXT, "the article's id", (f, x) -> f.article().id());
    }

    /**
     * This column's value for {@code item} of {@code facts}, checked against the column's type and
     * nullability, so that a wrong rule fails where it is written rather than in a database or Spark.
     */
    public Object valueOf(ArticleFacts facts, T item) {
        Object v = value.apply(facts, item);
        if (v == null ? !nullable : !type.accepts(v)) {
            throw new IllegalStateException("column " + name + " got " + (v == null ? "null"
                    : v.getClass().getSimpleName() + " " + v) + "; expected " + (nullable ? "null or " : "")
                    + "a " + type.javaType() + " for type " + type);
        }
        return v;
    }

    /** The value of a {@link ColumnType#TEXT} column. */
    public String text(ArticleFacts facts, T item) {
        return (String) typed(ColumnType.TEXT).valueOf(facts, item);
    }

    /** The value of a {@link ColumnType#BOOLEAN} column that every row fills. */
    public boolean bool(ArticleFacts facts, T item) {
        return (Boolean) typed(ColumnType.BOOLEAN).valueOf(facts, item);
    }

    /** The value of an {@link ColumnType#INTEGER} column that every row fills. */
    public int integer(ArticleFacts facts, T item) {
        return (Integer) typed(ColumnType.INTEGER).valueOf(facts, item);
    }

    private Column<T> typed(ColumnType expected) {
        if (type != expected || expected != ColumnType.TEXT && nullable) {
            throw new IllegalStateException("column " + name + " is " + (nullable ? "nullable " : "") + type
                    + "; read as " + expected + (expected == ColumnType.TEXT ? "" : " that every row fills"));
        }
        return this;
    }
}
