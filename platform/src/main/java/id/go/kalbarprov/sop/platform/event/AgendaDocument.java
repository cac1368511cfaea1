package id.go.kalbarprov.sop.platform.event;

import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One document of a case as the agenda book (Buku Agenda) registers it: its own number and date, the SOP step, the
 * direction, the parties, subject, classification and attachments. Each service describes its documents with it
 * and sends the {@link AgendaRegistration} it builds, texts clipped to the limits the agenda accepts.
 */
public final class AgendaDocument {

    private final String sourceRef;
    private final UUID caseId;
    private final int step;
    private final AgendaDirection direction;
    private final Instant at;
    private String from = "-";
    private String to = "-";
    private String number;
    private LocalDate date;
    private boolean dated;
    private String classification;
    private int attachments;
    private String subject = "-";
    private String forwardedTo;
    private String remarks;

    private AgendaDocument(String sourceRef, UUID caseId, int step, AgendaDirection direction, Instant at) {
        this.sourceRef = Objects.requireNonNull(sourceRef);
        this.caseId = caseId;
        this.step = step;
        this.direction = Objects.requireNonNull(direction);
        this.at = Objects.requireNonNull(at);
    }

    /**
     * A document received or sent at {@code at}, in SOP step {@code step}. {@code sourceRef} names it once in its
     * source service: a registration repeated under the same reference is the same entry.
     */
    public static AgendaDocument of(String sourceRef, UUID caseId, int step, AgendaDirection direction, Instant at) {
        return new AgendaDocument(sourceRef, caseId, step, direction, at);
    }

    /**
     * The two outcomes that end a case without a signed correction, each one document of the case in the agenda
     * book: the Karo's decision, addressed to the Kabag Tatalaksana who runs the case, with the reason as remarks.
     */
    public enum Outcome {
        /** The Karo withdrew the case before signing (any step). */
        WITHDRAWN("Withdrawal", "Case withdrawn"),
        /** The Karo closed the case at step 7: no correction is needed. */
        CLOSED_NO_CORRECTION("NoCorrectionNeeded", "Case closed, no correction needed");

        private final String document;
        private final String subject;

        Outcome(String document, String subject) {
            this.document = document;
            this.subject = subject;
        }
    }

    /**
     * The Karo's {@code outcome} of a case in step {@code step}, by {@code karo}, as an internal document: its source
     * reference is the case and the outcome (a case ends once), its subject names the case's title.
     */
    public static AgendaDocument outcome(Outcome outcome, UUID caseId, int step, Instant at, String karo,
                                         String title, String reason) {
        return of(caseId + "/" + outcome.document, caseId, step, AgendaDirection.INTERNAL, at)
                .from(karo).to("Kabag Tatalaksana").subject(outcome.subject + ": " + title).remarks(reason);
    }

    public UUID caseId() {
        return caseId;
    }

    public AgendaDocument from(String from) {
        this.from = orDash(from);
        return this;
    }

    public AgendaDocument to(String to) {
        this.to = orDash(to);
        return this;
    }

    /**
     * The document's own number and date. Without this the document has no number and is dated the day it was
     * received or made (WIB); a letter whose date is unknown is given {@code null}.
     */
    public AgendaDocument numbered(String number, LocalDate date) {
        this.number = number == null || number.isBlank() ? null : number.strip();
        this.date = date;
        this.dated = true;
        return this;
    }

    public AgendaDocument classification(String classification) {
        this.classification = classification;
        return this;
    }

    public AgendaDocument attachments(Integer attachments) {
        this.attachments = attachments == null ? 0 : attachments;
        return this;
    }

    public AgendaDocument subject(String subject) {
        this.subject = orDash(subject);
        return this;
    }

    public AgendaDocument forwardedTo(String forwardedTo) {
        this.forwardedTo = forwardedTo;
        return this;
    }

    public AgendaDocument remarks(String remarks) {
        this.remarks = remarks;
        return this;
    }

    /**
     * The registration under the outbox's {@code eventId} if any. Who registers it is not part of it: the archive
     * takes the sending service from its token.
     */
    public AgendaRegistration registration(UUID eventId) {
        return new AgendaRegistration(eventId, eventId == null ? null : AgendaRegistration.TYPE,
                sourceRef, caseId, direction, at, clip(from, 500), clip(to, Limits.ADDRESSEES),
                clip(number, 100), dated ? date : OfficeTime.dateOf(at), clip(subject, Limits.SUBJECT), attachments,
                clip(forwardedTo, 500), clip(remarks, Limits.REASON), step, classification);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text.strip();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
