package dev.accord.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PostgresSchemaTest {

    @Test
    void aSchemaThatDoesNotExistIsNamedWithWhatToDo() {
        String url = System.getProperty(Backend.PROPERTY, "");
        assumeTrue(!url.isBlank(), "skipped: no PostgreSQL server; set -D" + Backend.PROPERTY
                + "=jdbc:postgresql://127.0.0.1:5432/db?user=...&password=... (.ci/run starts one)");
        String missing = "accord_missing_schema";
        StoreException e = assertThrows(StoreException.class,
                () -> PostgresFactStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + missing));
        assertTrue(e.getMessage().contains("its schema " + missing + " (the URL's currentSchema) does not exist"),
                e.getMessage());
        assertTrue(e.getMessage().contains("CREATE SCHEMA"), e.getMessage());
        assertFalse(e.getMessage().contains("password"), e.getMessage());
    }
}
