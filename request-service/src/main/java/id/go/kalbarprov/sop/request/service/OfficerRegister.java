package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.paging.CappedCount;
import id.go.kalbarprov.sop.platform.domain.Nip;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.reference.RegisteredOfficer;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.request.persistence.OfficerEntity;
import id.go.kalbarprov.sop.request.persistence.ReferenceChangeEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import id.go.kalbarprov.sop.request.service.command.PutOfficer;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register of officers (not seeded in production: the admin registers them), and the check an assignment makes
 * against it: the person named holds the role asked for on that day.
 */
@ApplicationScoped
public class OfficerRegister {

    @Inject
    ReferenceHistory history;

    public record OfficerPage(List<OfficerEntity> items, long total) {
    }

    /** The result of a PUT: the officer as now registered, and whether they were new. */
    public record Saved(OfficerEntity officer, boolean created) {
    }

    /** Officers in upn order; {@code active} is about today (WIB). */
    public OfficerPage list(String role, Boolean active, String nip, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (nip != null) {
            where.add("nip = :nip");
            params.and("nip", nip);
        }
        if (role != null) {
            where.add("role = :role");
            params.and("role", role);
        }
        if (active != null) {
            String activeToday = "(activeFrom <= :today and (activeTo is null or activeTo >= :today))";
            where.add(active ? activeToday : "not " + activeToday);
            params.and("today", LocalDate.now(CaseService.WIB));
        }
        String condition = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = OfficerEntity.<OfficerEntity>find(condition + " order by upn", params);
        found.page(Page.of(page, size));
        return new OfficerPage(found.list(), CappedCount.of(OfficerEntity.class, condition, params.map()));
    }

    public OfficerEntity get(String upn) {
        OfficerEntity officer = OfficerEntity.findById(upn);
        if (officer == null) {
            throw ProblemException.notFound("Officer", upn);
        }
        return officer;
    }

    @Transactional
    public Saved put(String upn, Integer expectedVersion, PutOfficer command, Caller admin) {
        if (upn == null || upn.length() > 100 || !upn.matches(RegisteredOfficer.UPN)) {
            throw ProblemException.invalid("upn", "officer-upn-invalid");
        }
        validate(upn, command);
        OfficerEntity officer = OfficerEntity.findById(upn, LockModeType.PESSIMISTIC_WRITE);
        ReferenceHistory.checkVersion(officer == null ? null : officer.version, expectedVersion);
        boolean created = officer == null;
        Map<String, Object> before = created ? null : snapshot(officer);
        if (created) {
            officer = new OfficerEntity();
            officer.upn = upn;
        }
        officer.nip = command.nip();
        officer.name = command.name().strip();
        officer.post = command.post().strip();
        officer.role = command.role();
        officer.unitCode = blank(command.unitCode()) ? null : command.unitCode();
        officer.section = blank(command.section()) ? null : command.section().strip();
        officer.activeFrom = command.activeFrom();
        officer.activeTo = command.activeTo();
        Map<String, Object> after = snapshot(officer);
        if (Objects.equals(before, after)) {
            return new Saved(officer, false);
        }
        Instant now = Instant.now();
        officer.version = created ? 1 : officer.version + 1;
        officer.updatedAt = now;
        officer.updatedBy = admin.upn();
        if (created) {
            officer.persist();
        }
        history.record(ReferenceHistory.OFFICER, upn, officer.version, before, after, admin, now);
        return new Saved(officer, created);
    }

    public List<ReferenceChangeEntity> history(String upn) {
        get(upn);
        return history.of(ReferenceHistory.OFFICER, upn);
    }

    /**
     * The officer named by login or NIP who may act as {@code role} on {@code day}; otherwise 400 naming the field
     * the caller used ({@code upn}, or {@code nip} when only a NIP was given).
     */
    public RegisteredOfficer serving(String upn, String nip, String role, LocalDate day) {
        Optional<OfficerEntity> found = upn != null ? OfficerEntity.<OfficerEntity>findByIdOptional(upn)
                : OfficerEntity.byNip(nip);
        return RegisteredOfficer.requireServing(found.map(OfficerRegister::record), upn, nip, role, day);
    }

    public static RegisteredOfficer record(OfficerEntity o) {
        return new RegisteredOfficer(o.upn, o.nip, o.name, o.post, o.role, o.unitCode, o.section, o.activeFrom,
                o.activeTo, o.version);
    }

    private static void validate(String upn, PutOfficer command) {
        if (!Nip.isValid(command.nip())) {
            throw ProblemException.invalid("nip", "invalid-nip");
        }
        if (!RegisteredOfficer.ROLES.contains(command.role())) {
            throw ProblemException.invalid("role", "officer-role-unknown", command.role());
        }
        if (command.activeTo() != null && command.activeTo().isBefore(command.activeFrom())) {
            throw ProblemException.invalid("activeTo", "officer-active-to-before-from");
        }
        if (!blank(command.unitCode()) && UnitEntity.findById(command.unitCode()) == null) {
            throw ProblemException.invalid("unitCode", "unit-unknown", command.unitCode());
        }
        Optional<OfficerEntity> holder = OfficerEntity.byNip(command.nip());
        if (holder.isPresent() && !holder.get().upn.equals(upn)) {
            throw ProblemException.invalid("nip", "officer-nip-taken", command.nip(), holder.get().upn);
        }
    }

    private static Map<String, Object> snapshot(OfficerEntity o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("upn", o.upn);
        s.put("nip", o.nip);
        s.put("name", o.name);
        s.put("post", o.post);
        s.put("role", o.role);
        s.put("unitCode", o.unitCode);
        s.put("section", o.section);
        s.put("activeFrom", o.activeFrom == null ? null : o.activeFrom.toString());
        s.put("activeTo", o.activeTo == null ? null : o.activeTo.toString());
        return s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
