package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.event.AgendaDocument;
import id.go.kalbarprov.sop.platform.outbox.Outbox;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.request.config.RequestConfig;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Buku Agenda: every document that passes between officers is registered in archive-service's agenda book. The
 * registration travels through the outbox with the change that produced the document, so none is lost.
 */
@ApplicationScoped
public class AgendaBook {

    @Inject
    Outbox outbox;

    @Inject
    RequestConfig config;

    /**
     * A document of the case, classified under the correction's code unless the caller says otherwise. Its source
     * reference is the case and {@code document}, so a document registers once.
     */
    public AgendaDocument document(UUID caseId, String document, int step, AgendaDirection direction, Instant at) {
        return AgendaDocument.of(caseId + "/" + document, caseId, step, direction, at)
                .classification(config.agenda().classification());
    }

    /** The Karo's outcome of case {@code c} in step {@code step}, classified under the correction's code. */
    public AgendaDocument outcome(AgendaDocument.Outcome outcome, CaseEntity c, int step, Instant at, Caller karo,
                                  String reason) {
        return AgendaDocument.outcome(outcome, c.id, step, at, nameOf(karo), c.title, reason)
                .classification(config.agenda().classification());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void register(UUID caseId, AgendaDocument document) {
        outbox.record(caseId, eventId -> document.registration(eventId));
    }

    /** How an officer is named in the book. */
    public static String nameOf(Caller caller) {
        return caller.name() != null ? caller.name() : caller.upn();
    }
}
