package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.event.AgendaRegistration;
import id.go.kalbarprov.sop.platform.event.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Buku Agenda: every document that passes between officers is registered in archive-service's agenda book. The
 * registration travels through the outbox with the change that produced the document, so none is lost.
 */
@ApplicationScoped
public class AgendaBook {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void register(UUID caseId, String document, String direction, Instant at, Caller from, String to,
                         String documentNumber, String subject, String remarks) {
        LocalDate documentDate = documentNumber == null ? null : LocalDate.ofInstant(at, CaseService.WIB);
        outbox.record(caseId, eventId -> new AgendaRegistration(eventId, AgendaRegistration.TYPE, caseId + "/" + document, caseId, AgendaDirection.valueOf(direction), at,
                from.name() != null ? from.name() : from.upn(), to, documentNumber, documentDate,
                subject.length() > Limits.SUBJECT ? subject.substring(0, Limits.SUBJECT) : subject, 0, null, remarks));
    }
}
