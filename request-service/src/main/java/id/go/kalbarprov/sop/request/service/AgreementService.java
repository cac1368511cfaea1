package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import id.go.kalbarprov.sop.platform.problem.Violation;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.platform.security.Roles;
import id.go.kalbarprov.sop.request.domain.AgreementIndicator;
import id.go.kalbarprov.sop.request.domain.AgreementRules;
import id.go.kalbarprov.sop.request.persistence.AgreementEntity;
import id.go.kalbarprov.sop.request.persistence.AgreementIndicatorEntity;
import id.go.kalbarprov.sop.request.problem.RequestProblem;
import id.go.kalbarprov.sop.request.service.command.PutAgreement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Performance agreements (Perjanjian Kinerja), owned here as reference data: per unit and year, every change is a new
 * revision with who, when and why; earlier revisions stay readable. Written by the admin, read by officers, auditors
 * and the unit itself.
 */
@ApplicationScoped
public class AgreementService {

    public static final String SOURCE_API = "API";
    public static final String SOURCE_IMPORT = "IMPORT";

    @Inject
    EntityManager em;

    /** One revision with its indicators, in their order. */
    public record Revision(AgreementEntity agreement, List<AgreementIndicator> indicators) {
    }

    /** A stored (or unchanged) agreement: {@code created} when it is the unit's first for the year. */
    public record Stored(Revision revision, boolean created, boolean changed) {
    }

    /**
     * Stores the whole agreement as the next revision. Once one exists, {@code expectedRevision} (If-Match) must be the
     * current revision; an agreement that says exactly what the current one says changes nothing (a repeated PUT is
     * safe without If-Match).
     */
    @Transactional
    public Stored put(String unitCode, int year, Integer expectedRevision, PutAgreement command, Caller admin) {
        List<AgreementIndicator> indicators = command.indicators().stream().map(PutAgreement.Indicator::indicator)
                .toList();
        List<AgreementRules.Issue> issues = AgreementRules.check(indicators);
        if (!issues.isEmpty()) {
            throw invalid(issues.stream().map(i -> violation("indicators[" + i.index() + "]." + i.field(), i.key(),
                    shown(i))).toList(), issues.get(0));
        }
        lock(unitCode, year);
        Optional<Revision> current = AgreementEntity.current(unitCode, year).map(AgreementService::revisionOf);
        if (current.isPresent() && same(current.get().indicators(), indicators)) {
            return new Stored(current.get(), false, false);
        }
        int currentRevision = current.map(r -> r.agreement().revision).orElse(0);
        if (current.isPresent() && expectedRevision == null) {
            throw new ProblemException(CommonProblem.PRECONDITION_REQUIRED, "version-required")
                    .with("currentVersion", currentRevision);
        }
        if (expectedRevision != null && expectedRevision != currentRevision) {
            throw new ProblemException(CommonProblem.PRECONDITION_FAILED, "stale-version", expectedRevision,
                    currentRevision).with("currentVersion", currentRevision);
        }
        Revision stored = append(unitCode, year, currentRevision + 1, command.reason().strip(), SOURCE_API,
                indicators, admin);
        return new Stored(stored, current.isEmpty(), true);
    }

    /**
     * Stores every agreement of an import as the next revision of its unit and year, all or nothing; one that says
     * exactly what its current revision says is left as it is.
     */
    @Transactional
    public List<Stored> importAll(Map<AgreementWorkbook.UnitYear, List<AgreementIndicator>> agreements, String reason,
                                  Caller admin) {
        List<AgreementWorkbook.UnitYear> keys = new ArrayList<>(agreements.keySet());
        // A fixed order of locks: two imports never wait on each other crosswise.
        keys.sort(Comparator.comparing(AgreementWorkbook.UnitYear::unitCode).thenComparing(AgreementWorkbook.UnitYear::year));
        List<Stored> stored = new ArrayList<>();
        for (AgreementWorkbook.UnitYear key : keys) {
            List<AgreementIndicator> indicators = agreements.get(key);
            lock(key.unitCode(), key.year());
            Optional<Revision> current = AgreementEntity.current(key.unitCode(), key.year())
                    .map(AgreementService::revisionOf);
            if (current.isPresent() && same(current.get().indicators(), indicators)) {
                stored.add(new Stored(current.get(), false, false));
                continue;
            }
            int next = current.map(r -> r.agreement().revision).orElse(0) + 1;
            stored.add(new Stored(append(key.unitCode(), key.year(), next, reason, SOURCE_IMPORT, indicators, admin),
                    current.isEmpty(), true));
        }
        return stored;
    }

    /** The current revision, for a reader who may see the unit's agreement. */
    public Revision current(String unitCode, int year, Caller reader) {
        mayRead(unitCode, reader);
        return AgreementEntity.current(unitCode, year).map(AgreementService::revisionOf)
                .orElseThrow(() -> ProblemException.notFound("Agreement of " + unitCode + " for", String.valueOf(year)));
    }

    /** The revisions, newest first, without their indicators. */
    public RevisionPage revisions(String unitCode, int year, int page, int size, Caller reader) {
        mayRead(unitCode, reader);
        long total = AgreementEntity.countRevisions(unitCode, year);
        if (total == 0) {
            throw ProblemException.notFound("Agreement of " + unitCode + " for", String.valueOf(year));
        }
        return new RevisionPage(AgreementEntity.revisions(unitCode, year, page, size), total);
    }

    public record RevisionPage(List<AgreementEntity> items, long total) {
    }

    /** One revision, as it was stored. */
    public Revision revision(String unitCode, int year, int number, Caller reader) {
        mayRead(unitCode, reader);
        return AgreementEntity.revision(unitCode, year, number).map(AgreementService::revisionOf)
                .orElseThrow(() -> ProblemException.notFound("Agreement revision", number));
    }

    /** The revision a unit's submission for a case's year takes its indicators from, if there is one. */
    public Optional<Revision> currentFor(String unitCode, int year) {
        return AgreementEntity.current(unitCode, year).map(AgreementService::revisionOf);
    }

    private static void mayRead(String unitCode, Caller reader) {
        boolean overseer = reader.hasAny(Roles.ADMIN, Roles.KARO, Roles.KABAG, Roles.KASUBBAG, Roles.PELAKSANA,
                Roles.ARSIPARIS, Roles.AUDITOR);
        if (!overseer && !unitCode.equals(reader.unit())) {
            throw new ProblemException(RequestProblem.OTHER_UNIT, "other-unit", reader.unit());
        }
    }

    /** Changes to one unit's agreement for one year queue here: revisions stay gap-free and If-Match is exact. */
    private void lock(String unitCode, int year) {
        em.createNativeQuery(
                        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('agreement'), hashtext(?1))) l")
                .setParameter(1, unitCode + "/" + year).getSingleResult();
    }

    private static Revision append(String unitCode, int year, int revision, String reason, String source,
                                   List<AgreementIndicator> indicators, Caller admin) {
        AgreementEntity a = new AgreementEntity();
        a.id = UUID.randomUUID();
        a.unitCode = unitCode;
        a.year = year;
        a.revision = revision;
        a.reason = reason;
        a.source = source;
        a.recordedByUpn = admin.upn();
        a.recordedByName = admin.name();
        a.recordedAt = Instant.now();
        a.persist();
        for (int i = 0; i < indicators.size(); i++) {
            AgreementIndicatorEntity.of(a.id, i + 1, indicators.get(i)).persist();
        }
        return new Revision(a, indicators);
    }

    private static Revision revisionOf(AgreementEntity a) {
        return new Revision(a, AgreementIndicatorEntity.of(a.id).stream().map(AgreementIndicatorEntity::indicator)
                .toList());
    }

    private static boolean same(List<AgreementIndicator> current, List<AgreementIndicator> proposed) {
        return current.stream().map(AgreementIndicator::normalized).toList()
                .equals(proposed.stream().map(AgreementIndicator::normalized).toList());
    }

    static Violation violation(String field, String key, Object... args) {
        return new Violation(field, ProblemTexts.english(key, args));
    }

    /** A duplicate names the first occurrence by its place in the request's list. */
    private static Object[] shown(AgreementRules.Issue issue) {
        return "agreement-indicator-twice".equals(issue.key())
                ? new Object[] {issue.args()[0], "indicators[" + issue.args()[1] + "]"} : issue.args();
    }

    private static ProblemException invalid(List<Violation> violations, AgreementRules.Issue first) {
        return new ProblemException(CommonProblem.VALIDATION_FAILED, violations, first.key(), shown(first));
    }
}
