package dev.accord.model.tables;

import java.util.List;

/**
 * What a column of a {@link FactTable} holds. Each face maps these few types to its own (SQL, Spark,
 * JSON), so a table is described once and every face writes the same values.
 */
public enum ColumnType {
    /** A string. */
    TEXT(String.class),
    /** A 32-bit whole number: an offset, a count, a score. */
    INTEGER(Integer.class),
    /** A 64-bit whole number: a GeoNames id. */
    BIGINT(Long.class),
    /** A double: a coordinate, a confidence. */
    REAL(Double.class),
    /** True or false; SQL stores it as 1 or 0. */
    BOOLEAN(Boolean.class),
    /** A list of strings, each possibly {@code null} (an actor with no code has none in a list of codes). */
    TEXT_LIST(List.class),
    /**
     * A list of records, each a map of field names to values of these types, in order: what a JSON export
     * nests (the actors of a PLOVER record). Flat faces (SQL, Parquet) hold none.
     */
    RECORDS(List.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** Whether {@code value}, not null, is what a column of this type holds. */
    boolean accepts(Object value) {
        return javaType.isInstance(value);
    }

    /** The Java class of this type's values, for messages. */
    String javaType() {
        return javaType.getSimpleName();
    }
}
