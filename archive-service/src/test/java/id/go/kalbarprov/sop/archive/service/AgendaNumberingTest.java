package id.go.kalbarprov.sop.archive.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.event.AgendaDocument;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.testing.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agenda's numbers are taken at the end of the registering transaction, all of its entries at once: the year's
 * counter row is not held while the rest of a batch (or of a step) runs, and the numbers stay gap-free and in the
 * order of registration.
 */
@QuarkusTest
class AgendaNumberingTest {

    @Inject
    AgendaBook agenda;

    private static AgendaRegistration document(int year, String sourceRef) {
        return AgendaDocument.of(sourceRef, UUID.randomUUID(), 8, AgendaDirection.INTERNAL,
                        Instant.parse(year + "-03-10T03:00:00Z"))
                .from("Kabag").to("Arsiparis").subject("Numbering " + sourceRef).registration(null);
    }

    /** Whether another connection can lock the year's counter row right now (without waiting for it). */
    private static boolean counterFree(int year) {
        try (Connection other = Db.connect(); Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.execute("SET lock_timeout = '100ms'");
            s.executeQuery("SELECT last_used FROM agenda_counter WHERE year = " + year + " FOR UPDATE").close();
            other.rollback();
            return true;
        } catch (SQLException lockNotAvailable) {
            return false;
        }
    }

    @Test
    void theCounterIsTakenOnlyAtTheEndAndTheBatchIsNumberedInOrder() {
        int year = 2051;
        QuarkusTransaction.requiringNew().run(() -> agenda.register(document(year, "first"), "request-service", "t"));
        assertEquals(1, Db.count("SELECT last_used FROM agenda_counter WHERE year = ?", year));

        List<Boolean> freeWhileRegistering = new ArrayList<>();
        List<AgendaBook.Registration> batch = QuarkusTransaction.requiringNew().call(() -> {
            List<AgendaBook.Registration> registered = new ArrayList<>();
            for (String ref : List.of("b", "c", "b", "d")) {
                registered.add(agenda.register(document(year, ref), "request-service", "t"));
                freeWhileRegistering.add(counterFree(year));
            }
            return registered;
        });
        assertEquals(List.of(true, true, true, true), freeWhileRegistering, "the counter waits for the commit");
        assertTrue(batch.get(0).created());
        assertFalse(batch.get(2).created(), "a repeat inside the batch is the same entry");
        assertEquals(List.of(2, 3, 2, 4), batch.stream().map(r -> r.entry().number).toList());
        assertEquals(4, Db.count("SELECT count(*) FROM agenda_entry WHERE year = ?", year));
        assertEquals(4, Db.count("SELECT last_used FROM agenda_counter WHERE year = ?", year));
        assertEquals(3, Db.count("SELECT number FROM agenda_entry WHERE year = ? AND source_ref = 'c'", year));
    }

    @Test
    void aRolledBackRegistrationTakesNoNumber() {
        int year = 2052;
        QuarkusTransaction.requiringNew().run(() -> agenda.register(document(year, "kept"), "review-service", "t"));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            agenda.register(document(year, "undone"), "review-service", "t");
            throw new IllegalStateException("the step fails after registering");
        }));
        QuarkusTransaction.requiringNew().run(() -> agenda.register(document(year, "next"), "review-service", "t"));
        assertEquals(2, Db.count("SELECT count(*) FROM agenda_entry WHERE year = ?", year));
        assertEquals(2, Db.count("SELECT number FROM agenda_entry WHERE year = ? AND source_ref = 'next'", year));
    }
}
