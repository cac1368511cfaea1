package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.document.IndonesianDates;
import id.go.kalbarprov.sop.platform.document.Letterhead;
import id.go.kalbarprov.sop.request.config.RequestConfig;
import id.go.kalbarprov.sop.request.domain.CaseAction;
import id.go.kalbarprov.sop.platform.domain.DocumentNumber;
import id.go.kalbarprov.sop.request.domain.SopStep;
import id.go.kalbarprov.sop.request.persistence.CaseEntity;
import id.go.kalbarprov.sop.request.persistence.MemoEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import id.go.kalbarprov.sop.platform.event.AgendaDirection;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.service.command.IssueMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Nota Dinas: issued once per case by the Kabag, numbered gap-free within the calendar year. */
@ApplicationScoped
public class MemoService {

    /** The reminder memos one case may have (to late units and on reopenings). */
    public static final int REMINDERS = 1000;

    @Inject
    CaseAccess access;

    @Inject
    Tasks tasks;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    @Inject
    AgendaBook agenda;

    @Inject
    RequestConfig config;

    @Inject
    UnitRegister units;

    @Inject
    Letterhead letterhead;

    @Transactional
    public MemoEntity issue(UUID caseId, Integer expectedVersion, IssueMemo command, Caller kabag) {
        CaseEntity c = access.forChange(caseId, expectedVersion);
        Instant now = Instant.now();
        access.transition(c, CaseAction.ISSUE_MEMO, now);
        // Flush the case's version bump first: a concurrent issue for the same case fails here, before it
        // takes a number, so it never holds the counter row while it is doomed.
        em.flush();

        MemoEntity memo = unnumbered(c, MemoEntity.REQUEST, now);
        memo.nature = command.nature().name();
        memo.subject = command.subject().strip();
        memo.body = command.body();
        addressedTo(memo, c.targetUnits.clone());
        memo.copies = command.copies() == null ? new String[0] : command.copies().toArray(String[]::new);
        memo.attachments = command.attachments() == null ? 0 : command.attachments();
        signedBy(memo, kabag, command.signerPosition());
        tasks.complete(c.id, SopStep.MEMO, kabag.upn(), now);
        tasks.open(c.id, SopStep.FORWARD, null, now);
        number(memo);
        memo.persist();

        timeline.record(c.id, 1, "MEMO_ISSUED", kabag, Roles.KABAG,
                "Nota Dinas " + memo.number + " to " + String.join(", ", List.of(memo.addressees)), now);
        register(c, memo, "Memo", 1, kabag);
        return memo;
    }

    /**
     * A reminder Nota Dinas to the one unit whose collection the Kabag reopened: numbered in the same register as
     * every Nota Dinas and registered in the agenda book. The case's version bump must already be flushed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MemoEntity issueReminder(CaseEntity c, String unitCode, String reason, Caller kabag, Instant now) {
        return reminder(c, MemoEntity.REMINDER, new String[] {unitCode}, null,
                "Pengumpulan data untuk " + unitCode + " dibuka kembali. Mohon disampaikan data perbaikan. "
                        + "Alasan: " + reason + "\n\nCollection is reopened for " + unitCode
                        + ". Please submit the revised data. Reason: " + reason,
                "ReminderMemo-", kabag, now);
    }

    /**
     * A reminder Nota Dinas to the units late with their reply, to reply by {@code replyBy}: numbered and registered
     * like every Nota Dinas, addressed to those units only. The case's version bump must already be flushed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MemoEntity issueLateReminder(CaseEntity c, List<String> lateUnits, LocalDate replyBy, String note,
                                        Caller kabag, Instant now) {
        MemoEntity request = MemoEntity.forCase(c.id).orElseThrow();
        String due = IndonesianDates.date(c.dueDate);
        String by = IndonesianDates.date(replyBy);
        String units = String.join(", ", lateUnits);
        String extra = note == null || note.isBlank() ? "" : "\n\n" + note.strip();
        return reminder(c, MemoEntity.LATE_REMINDER, lateUnits.toArray(String[]::new), replyBy,
                "Menindaklanjuti Nota Dinas nomor " + request.number + ", sampai dengan batas waktu tanggal " + due
                        + " data perbaikan dari " + units + " belum kami terima. Mohon data perbaikan disampaikan "
                        + "paling lambat tanggal " + by + ".\n\nFurther to memo " + request.number + ": by the "
                        + "deadline of " + c.dueDate + " no corrected data was received from " + units
                        + ". Please submit it by " + replyBy + "." + extra,
                "LateReminder-", kabag, now);
    }

    private MemoEntity reminder(CaseEntity c, String kind, String[] unitCodes, LocalDate replyBy, String body,
                                String document, Caller kabag, Instant now) {
        if (MemoEntity.count("caseId = ?1 and kind <> ?2", c.id, MemoEntity.REQUEST) >= REMINDERS) {
            throw ProblemException.rule("reminder-too-many", REMINDERS);
        }
        MemoEntity memo = unnumbered(c, kind, now);
        memo.nature = IssueMemo.Nature.SEGERA.name();
        memo.subject = clip("Pengingat: perbaikan data kinerja / Reminder: performance data correction — " + c.title,
                300);
        memo.body = clip(body, 10000);
        memo.replyBy = replyBy;
        addressedTo(memo, unitCodes);
        memo.copies = new String[0];
        memo.attachments = 0;
        signedBy(memo, kabag, null);
        number(memo);
        memo.persist();
        register(c, memo, document + memo.id, 2, kabag);
        return memo;
    }

    /** The units a memo goes to, with their official names and their heads' posts from the register of units. */
    private void addressedTo(MemoEntity memo, String[] unitCodes) {
        memo.addressees = unitCodes;
        Map<String, UnitEntity> known = units.byCode(List.of(unitCodes));
        memo.addresseeNames = Arrays.stream(unitCodes)
                .map(code -> known.containsKey(code) ? known.get(code).name : code).toArray(String[]::new);
        memo.addresseePosts = Arrays.stream(unitCodes)
                .map(code -> known.containsKey(code) ? known.get(code).headPost : code).toArray(String[]::new);
    }

    /** A memo dated now (WIB), its number still to take ({@link #number}). */
    private static MemoEntity unnumbered(CaseEntity c, String kind, Instant now) {
        MemoEntity memo = new MemoEntity();
        memo.id = UUID.randomUUID();
        memo.caseId = c.id;
        memo.kind = kind;
        memo.year = now.atZone(CaseService.WIB).getYear();
        memo.issuedAt = now;
        return memo;
    }

    /**
     * Gives the memo the year's next number. The counter row is held from here to the commit and every Nota Dinas
     * takes it, so this comes after the rest of the memo's reads and writes.
     */
    private void number(MemoEntity memo) {
        ZonedDateTime local = memo.issuedAt.atZone(CaseService.WIB);
        memo.sequence = nextSequence(local.getYear());
        memo.number = DocumentNumber.format(config.memo().numberPattern(), config.memo().classification(),
                memo.sequence, config.memo().unitCode(), local.getYear(), local.getMonthValue());
    }

    /** Signed by the calling Kabag, in the post given or else the Kabag's title as configured (sop.documents.posts). */
    private void signedBy(MemoEntity memo, Caller kabag, String position) {
        memo.signerName = kabag.name() == null ? kabag.upn() : kabag.name();
        memo.signerPosition = position == null || position.isBlank() ? letterhead.posts().kabag() : position.strip();
        memo.signerNip = kabag.nip();
        memo.signerActing = kabag.acting();
        memo.issuedByUpn = kabag.upn();
    }

    private void register(CaseEntity c, MemoEntity memo, String document, int step, Caller kabag) {
        agenda.register(c.id, agenda.document(c.id, document, step, AgendaDirection.OUT, memo.issuedAt)
                .from(AgendaBook.nameOf(kabag)).to(String.join("; ", List.of(memo.addresseePosts)))
                .numbered(memo.number, memo.issuedAt.atZone(CaseService.WIB).toLocalDate())
                .classification(config.memo().classification())
                .attachments(memo.attachments).subject(memo.subject).remarks("Nota Dinas (" + memo.nature + ")"));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The reminder memos of a case the caller may see, oldest first; a unit sees only those addressed to it. */
    public List<MemoEntity> remindersOf(UUID caseId, Caller caller) {
        access.visible(caseId, caller);
        return MemoEntity.remindersOf(caseId).stream()
                .filter(m -> !caller.isUnitOnly() || List.of(m.addressees).contains(caller.unit())).toList();
    }

    /** One reminder memo of a case the caller may see; "not found" for a unit it is not addressed to. */
    public MemoEntity reminderOf(UUID caseId, UUID memoId, Caller caller) {
        return remindersOf(caseId, caller).stream().filter(m -> m.id.equals(memoId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Reminder memo", memoId));
    }

    /** The Nota Dinas of a case the caller may see. */
    public MemoEntity memoOf(UUID caseId, Caller caller) {
        access.visible(caseId, caller);
        return MemoEntity.forCase(caseId).orElseThrow(() -> ProblemException.notFound("Memo of case", caseId));
    }

    /**
     * Takes the year's next number. The counter row is locked until commit, so concurrent issues queue; a rollback
     * gives the number back, so the sequence has no gaps.
     */
    private int nextSequence(int year) {
        Object next = em.createNativeQuery("""
                        INSERT INTO memo_counter (year, last_used) VALUES (?1, 1)
                        ON CONFLICT (year) DO UPDATE SET last_used = memo_counter.last_used + 1
                        RETURNING last_used""")
                .setParameter(1, year).getSingleResult();
        return ((Number) next).intValue();
    }
}
