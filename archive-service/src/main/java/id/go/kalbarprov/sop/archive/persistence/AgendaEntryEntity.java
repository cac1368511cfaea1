package id.go.kalbarprov.sop.archive.persistence;

import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Buku Agenda — one document received, sent or passed between officers, with its running number in the year. */
@Entity
@Table(name = "agenda_entry")
public class AgendaEntryEntity extends PanacheEntityBase {

    /** The registering service's name (a service role of the caller's token), as the column holds it. */
    public static final int SOURCE_SERVICE = 60;

    @Id
    public UUID id;
    public int year;
    public int number;
    @Column(name = "source_service")
    public String sourceService;
    @Column(name = "source_ref")
    public String sourceRef;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public AgendaDirection direction;
    public Instant date;
    @Column(name = "from_party")
    public String fromParty;
    @Column(name = "to_party")
    public String toParty;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public LocalDate documentDate;
    public String subject;
    public int attachments;
    @Column(name = "forwarded_to")
    public String forwardedTo;
    public String remarks;
    /** The SOP step (1–10) in which the document was received or made. */
    public Integer step;
    public String classification;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "registered_by")
    public String registeredBy;

    public static Optional<AgendaEntryEntity> bySource(String sourceService, String sourceRef) {
        return find("sourceService = ?1 and sourceRef = ?2", sourceService, sourceRef).firstResultOptional();
    }
}
