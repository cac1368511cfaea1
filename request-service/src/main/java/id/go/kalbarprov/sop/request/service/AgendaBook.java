package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.request.outbox.Outbox;
import id.go.kalbarprov.sop.request.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sourceService", "request-service");
        entry.put("sourceRef", caseId + "/" + document);
        entry.put("caseId", caseId.toString());
        entry.put("direction", direction);
        entry.put("date", at.toString());
        entry.put("from", from.name() != null ? from.name() : from.upn());
        entry.put("to", to);
        entry.put("documentNumber", documentNumber);
        entry.put("documentDate", documentNumber == null ? null : LocalDate.ofInstant(at, CaseService.WIB).toString());
        entry.put("subject", subject.length() > 500 ? subject.substring(0, 500) : subject);
        entry.put("attachments", 0);
        entry.put("forwardedTo", null);
        entry.put("remarks", remarks);
        outbox.record(Outbox.AGENDA_REGISTRATION, Outbox.ARCHIVE_SERVICE, caseId, entry);
    }
}
