package dev.accord.store;

import dev.accord.model.ArticleFacts;
import dev.accord.model.Correction;
import dev.accord.model.Correction.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import static dev.accord.store.Samples.astana;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Curators with tokens of their own, and the audit list of what they corrected, in both databases. */
@ParameterizedClass
@MethodSource("dev.accord.store.Backend#all")
class StoreUsersTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void aTokenSignsInItsUserUntilRevokedAndIsNeverKept() throws Exception {
        try (JdbcFactStore store = backend.open(dir)) {
            Users.Added ana = store.users().add("ana");
            Users.Added ben = store.users().add("ben.k");
            assertTrue(ana.token().matches("[0-9a-f]{64}"), ana.token());
            assertNotEquals(ana.token(), ben.token());

            assertEquals("ana", store.users().authenticate(ana.token()).orElseThrow().name());
            assertTrue(store.users().authenticate(ana.token() + "0").isEmpty());
            assertTrue(store.users().authenticate("").isEmpty());
            Users.User listed = store.users().list().get(0);
            assertEquals("ana", listed.name());
            assertNotNull(listed.lastUsed());
            assertNull(store.users().list().get(1).lastUsed());

            Users.User revoked = store.users().revoke("ana");
            assertFalse(revoked.live());
            assertFalse(store.users().authenticate(ana.token()).orElseThrow().live());
            assertTrue(store.users().authenticate(ben.token()).orElseThrow().live());
            assertEquals(List.of("ana", "ben.k"), store.users().list().stream().map(Users.User::name).toList());

            try (var s = store.connection.createStatement();
                 var rows = s.executeQuery("SELECT token_hash FROM users")) {
                while (rows.next()) {
                    String kept = rows.getString(1);
                    assertNotEquals(ana.token(), kept);
                    assertNotEquals(ben.token(), kept);
                }
            }
        }
    }

    @Test
    void badNamesTakenNamesAndUnknownUsersAreRefusedWithTheReason() {
        try (JdbcFactStore store = backend.open(dir)) {
            store.users().add("ana");
            store.users().revoke("ana");
            IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                    () -> store.users().add("ana"));
            assertTrue(taken.getMessage().contains("user ana already exists"), taken.getMessage());
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> store.users().add("ana smith"));
            assertTrue(bad.getMessage().contains("'ana smith' is not allowed"), bad.getMessage());
            IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                    () -> store.users().revoke("ana"));
            assertTrue(again.getMessage().contains("revoked already"), again.getMessage());
            NoSuchElementException unknown = assertThrows(NoSuchElementException.class,
                    () -> store.users().revoke("cyd"));
            assertTrue(unknown.getMessage().startsWith("no user cyd"), unknown.getMessage());
        }
    }

    @Test
    void theAuditListsCorrectionsByCuratorAndDayNewestFirst() {
        ArticleFacts machine = astana();
        String id = machine.article().id();
        String actor = machine.actors().get(0).id();
        String other = machine.actors().get(1).id();
        try (JdbcFactStore store = backend.open(dir)) {
            store.put(machine);
            Correction june = store.addCorrection(madeAt(Correction.of(id, Action.REJECT, actor, null, null, null,
                    null, null, "ana", "not a state"), "2025-06-17T23:59:59Z"));
            Correction july = store.addCorrection(madeAt(Correction.of(id, Action.REJECT, other, null, null, null,
                    null, null, "ben", null), "2025-07-01T00:00:00Z"));

            assertEquals(new CorrectionAudit(List.of(july, june), 2), store.audit(null, null, null, 10, 0));
            assertEquals(new CorrectionAudit(List.of(june), 2), store.audit(null, null, null, 1, 1));
            assertEquals(new CorrectionAudit(List.of(june), 1), store.audit("ana", null, null, 10, 0));
            assertEquals(new CorrectionAudit(List.of(june), 1),
                    store.audit(null, LocalDate.of(2025, 6, 17), LocalDate.of(2025, 6, 17), 10, 0));
            assertEquals(new CorrectionAudit(List.of(july), 1), store.audit(null, LocalDate.of(2025, 6, 18), null,
                    10, 0));
            assertEquals(new CorrectionAudit(List.of(), 0), store.audit("ben", null, LocalDate.of(2025, 6, 30),
                    10, 0));
        }
    }

    @Test
    void anIdPrefixTooShortSaysHowLongItMustBe() {
        try (JdbcFactStore store = backend.open(dir)) {
            store.put(astana());
            String id = astana().article().id();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.find(id.substring(0, 3)));
            assertEquals("article id prefix " + id.substring(0, 3) + " has 3 digits; expected the full id or a "
                    + "prefix of at least " + FactStore.MIN_PREFIX + " hex digits", e.getMessage());
            assertEquals(id, store.expect(id.substring(0, FactStore.MIN_PREFIX)).article().id());
        }
    }

    private static Correction madeAt(Correction c, String at) {
        return new Correction(0, c.articleId(), c.action(), c.factId(), c.type(), c.actors(), c.recipients(),
                c.date(), c.trigger(), c.curator(), Instant.parse(at), c.note());
    }
}
