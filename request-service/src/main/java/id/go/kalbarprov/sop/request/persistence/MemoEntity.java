package id.go.kalbarprov.sop.request.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Nota Dinas — the numbered internal memo requesting the units' corrected data. */
@Entity
@Table(name = "memo")
public class MemoEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String number;
    public int year;
    public int sequence;
    @Column(name = "issued_at")
    public Instant issuedAt;
    public String nature;
    public String subject;
    public String body;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] addressees;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] copies;
    /** Each addressee's official name and head's post when the memo was issued, in the order of the codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "addressee_names", columnDefinition = "text[]")
    public String[] addresseeNames;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "addressee_posts", columnDefinition = "text[]")
    public String[] addresseePosts;
    public int attachments;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "signer_position")
    public String signerPosition;
    @Column(name = "signer_nip")
    public String signerNip;
    /** The Kabag signed as acting (Plh./Plt.) for the post. */
    @Column(name = "signer_acting")
    public boolean signerActing;
    @Column(name = "issued_by_upn")
    public String issuedByUpn;
    /**
     * {@link #REQUEST}: the case's Nota Dinas to all its units; {@link #REMINDER}: to one unit on a reopening;
     * {@link #LATE_REMINDER}: to the units late with their reply.
     */
    public String kind = REQUEST;
    /** The date a reminder asks the units to reply by; null for the request (it asks by the case's due date). */
    @Column(name = "reply_by")
    public LocalDate replyBy;

    public static final String REQUEST = "REQUEST";
    public static final String REMINDER = "REMINDER";
    public static final String LATE_REMINDER = "LATE_REMINDER";

    /** Which of {@code caseIds} have their Nota Dinas issued. */
    public static List<UUID> requestedCases(java.util.Collection<UUID> caseIds) {
        return MemoEntity.<MemoEntity>list("caseId in ?1 and kind = ?2", caseIds, REQUEST).stream()
                .map(m -> m.caseId).toList();
    }

    /** The case's reminder memos (on a reopening, to late units), oldest first. */
    public static List<MemoEntity> remindersOf(UUID caseId) {
        return list("caseId = ?1 and kind <> ?2 order by issuedAt, sequence", caseId, REQUEST);
    }

    /** The case's reminders to late units, oldest first. */
    public static List<MemoEntity> lateRemindersOf(UUID caseId) {
        return list("caseId = ?1 and kind = ?2 order by issuedAt, sequence", caseId, LATE_REMINDER);
    }

    /** The case's Nota Dinas requesting the data (not a reminder). */
    public static Optional<MemoEntity> forCase(UUID caseId) {
        return find("caseId = ?1 and kind = ?2", caseId, REQUEST).firstResultOptional();
    }
}
