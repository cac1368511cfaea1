package id.go.kalbarprov.sop.platform.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgendaDocumentTest {

    private static final UUID CASE = UUID.randomUUID();

    @Test
    void anUnnumberedDocumentIsDatedTheOfficeDayItWasMade() {
        // 18:30 UTC on 31 December is already 1 January in Pontianak (WIB, UTC+7).
        AgendaRegistration r = AgendaDocument.of(CASE + "/Disposition", CASE, 1, AgendaDirection.INTERNAL,
                Instant.parse("2026-12-31T18:30:00Z")).registration(null);
        assertNull(r.documentNumber());
        assertEquals(LocalDate.of(2027, 1, 1), r.documentDate());
        assertEquals(1, r.step());
        assertNull(r.type(), "a registration outside an outbox has no event type");
    }

    @Test
    void aNumberedDocumentKeepsItsOwnNumberAndDateEvenAnUnknownOne() {
        Instant received = Instant.parse("2026-04-01T03:00:00Z");
        AgendaRegistration letter = AgendaDocument.of("c/IncomingLetter", CASE, 1, AgendaDirection.IN, received)
                .numbered(" 005/123/BAPPEDA/2026 ", LocalDate.of(2026, 3, 20)).registration(null);
        assertEquals("005/123/BAPPEDA/2026", letter.documentNumber());
        assertEquals(LocalDate.of(2026, 3, 20), letter.documentDate());
        AgendaRegistration undated = AgendaDocument.of("c/IncomingLetter", CASE, 1, AgendaDirection.IN, received)
                .numbered("005/123", null).registration(null);
        assertNull(undated.documentDate());
    }

    @Test
    void textsAreClippedToTheAgendasLimitsAndBlankPartiesAreADash() {
        UUID eventId = UUID.randomUUID();
        AgendaRegistration r = AgendaDocument.of("c/Memo", CASE, 1, AgendaDirection.OUT, Instant.now())
                .from(" ").to("X".repeat(Limits.ADDRESSEES + 5)).subject("S".repeat(Limits.SUBJECT + 1))
                .remarks("R".repeat(Limits.REASON + 1)).classification("000.8.6.3").attachments(3)
                .registration(eventId);
        assertEquals("-", r.from());
        assertEquals(Limits.ADDRESSEES, r.to().length());
        assertEquals(Limits.SUBJECT, r.subject().length());
        assertEquals(Limits.REASON, r.remarks().length());
        assertEquals("000.8.6.3", r.classification());
        assertEquals(3, r.attachments());
        assertEquals(eventId, r.eventId());
        assertEquals(AgendaRegistration.TYPE, r.type());
    }

    @Test
    void anOutcomeIsOneInternalDocumentOfTheCaseFromTheKaroWithTheReason() {
        Instant at = Instant.parse("2026-04-01T03:00:00Z");
        AgendaRegistration withdrawn = AgendaDocument.outcome(AgendaDocument.Outcome.WITHDRAWN, CASE, 4, at,
                "Karo Satu", "Koreksi Q1", "Data sudah benar").classification("000.8.6.3").registration(null);
        assertEquals(CASE + "/Withdrawal", withdrawn.sourceRef());
        assertEquals(AgendaDirection.INTERNAL, withdrawn.direction());
        assertEquals(4, withdrawn.step());
        assertEquals("Karo Satu", withdrawn.from());
        assertEquals("Kabag Tatalaksana", withdrawn.to());
        assertEquals("Case withdrawn: Koreksi Q1", withdrawn.subject());
        assertEquals("Data sudah benar", withdrawn.remarks());
        AgendaRegistration closed = AgendaDocument.outcome(AgendaDocument.Outcome.CLOSED_NO_CORRECTION, CASE, 7, at,
                "Karo Satu", "Koreksi Q1", "Tidak perlu koreksi").registration(null);
        assertEquals(CASE + "/NoCorrectionNeeded", closed.sourceRef());
        assertEquals("Case closed, no correction needed: Koreksi Q1", closed.subject());
        assertNull(closed.documentNumber(), "no document number is consumed");
    }

    @Test
    void theReviewIdOfACaseIsTheSameWhoeverComputesIt() {
        assertEquals(ReviewIds.of(CASE), ReviewIds.of(UUID.fromString(CASE.toString())));
        org.junit.jupiter.api.Assertions.assertNotEquals(ReviewIds.of(CASE), ReviewIds.of(UUID.randomUUID()));
    }
}
