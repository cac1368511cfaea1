package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.request.persistence.ReferenceChangeEntity;
import id.go.kalbarprov.sop.request.persistence.UnitEntity;
import id.go.kalbarprov.sop.request.service.command.OpenCase;
import id.go.kalbarprov.sop.request.service.command.PutUnit;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The province's units as the admin keeps them, and what the documents of a case read from them. */
@ApplicationScoped
public class UnitRegister {

    @Inject
    ReferenceHistory history;

    public record UnitPage(List<UnitEntity> items, long total) {
    }

    /** The result of a PUT: the unit as it now stands, and whether it was created. */
    public record Saved(UnitEntity unit, boolean created) {
    }

    public UnitPage list(Boolean active, int page, int size) {
        var found = active == null ? UnitEntity.<UnitEntity>find("order by code")
                : UnitEntity.<UnitEntity>find("active = ?1 order by code", active);
        found.page(Page.of(page, size));
        return new UnitPage(found.list(), found.count());
    }

    public UnitEntity get(String code) {
        UnitEntity unit = UnitEntity.findById(code);
        if (unit == null) {
            throw ProblemException.notFound("Unit", code);
        }
        return unit;
    }

    @Transactional
    public Saved put(String code, Integer expectedVersion, PutUnit command, Caller admin) {
        if (code == null || !code.matches(OpenCase.UNIT_CODE)) {
            throw ProblemException.invalid("code", "unit-code-invalid");
        }
        UnitEntity unit = UnitEntity.findById(code, LockModeType.PESSIMISTIC_WRITE);
        ReferenceHistory.checkVersion(unit == null ? null : unit.version, expectedVersion);
        boolean created = unit == null;
        Map<String, Object> before = created ? null : snapshot(unit);
        if (created) {
            unit = new UnitEntity();
            unit.code = code;
        }
        unit.name = command.name().strip();
        unit.headPost = command.headPost().strip();
        unit.address = command.address() == null || command.address().isBlank() ? null : command.address().strip();
        unit.active = command.active();
        Map<String, Object> after = snapshot(unit);
        if (Objects.equals(before, after)) {
            return new Saved(unit, false);
        }
        Instant now = Instant.now();
        unit.version = created ? 1 : unit.version + 1;
        unit.updatedAt = now;
        unit.updatedBy = admin.upn();
        if (created) {
            unit.persist();
        }
        history.record(ReferenceHistory.UNIT, code, unit.version, before, after, admin, now);
        return new Saved(unit, created);
    }

    public List<ReferenceChangeEntity> history(String code) {
        get(code);
        return history.of(ReferenceHistory.UNIT, code);
    }

    /** The known units among {@code codes}, by code. */
    public Map<String, UnitEntity> byCode(Collection<String> codes) {
        return UnitEntity.withCodes(codes).stream().collect(Collectors.toMap(u -> u.code, Function.identity()));
    }

    /**
     * Refuses a case addressed to a code that is not a known active unit: 400 naming {@code field[i]}.
     */
    public void requireActive(List<String> codes, String field) {
        Map<String, UnitEntity> known = byCode(codes);
        for (int i = 0; i < codes.size(); i++) {
            UnitEntity unit = known.get(codes.get(i));
            if (unit == null || !unit.active) {
                throw ProblemException.invalid(field + "[" + i + "]", "unit-unknown", codes.get(i));
            }
        }
    }

    static Map<String, Object> snapshot(UnitEntity u) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", u.code);
        s.put("name", u.name);
        s.put("headPost", u.headPost);
        s.put("address", u.address);
        s.put("active", u.active);
        return s;
    }
}
