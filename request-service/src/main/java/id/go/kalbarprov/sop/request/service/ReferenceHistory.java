package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.event.Limits;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.request.persistence.ReferenceChangeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The change history of the reference data: every replacement of a unit or an officer is kept with the record
 * before and after, who made it (upn, name) and when. Also the version rule every PUT of the reference data follows.
 */
@ApplicationScoped
public class ReferenceHistory {

    public static final String UNIT = "UNIT";
    public static final String OFFICER = "OFFICER";

    /**
     * The If-Match rule of a create-or-replace: a new record needs none (an If-Match naming a version of a record that
     * does not exist is stale); replacing one needs the current version.
     *
     * @param current the stored record's version, null when there is none
     */
    public static void checkVersion(Integer current, Integer expected) {
        if (current == null) {
            if (expected != null) {
                throw new ProblemException(CommonProblem.PRECONDITION_FAILED, "stale-version", expected, 0)
                        .with("currentVersion", 0);
            }
            return;
        }
        if (expected == null) {
            throw new ProblemException(CommonProblem.PRECONDITION_REQUIRED, "version-required")
                    .with("currentVersion", current);
        }
        if (expected.intValue() != current) {
            throw new ProblemException(CommonProblem.PRECONDITION_FAILED, "stale-version", expected, current)
                    .with("currentVersion", current);
        }
    }

    public void record(String kind, String key, int version, Map<String, Object> before, Map<String, Object> after,
                       Caller by, Instant at) {
        if (version > Limits.VERSION) {
            throw ProblemException.rule("reference-too-many-versions", Limits.VERSION);
        }
        ReferenceChangeEntity change = new ReferenceChangeEntity();
        change.kind = kind;
        change.referenceKey = key;
        change.version = version;
        change.before = before;
        change.after = after;
        change.changedByUpn = by.upn();
        change.changedByName = by.name();
        change.changedAt = at;
        change.persist();
    }

    public List<ReferenceChangeEntity> of(String kind, String key) {
        return ReferenceChangeEntity.of(kind, key);
    }
}
