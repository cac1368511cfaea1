package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.paging.CappedCount;
import id.go.kalbarprov.sop.review.domain.Level;
import id.go.kalbarprov.sop.platform.domain.Period;
import id.go.kalbarprov.sop.review.domain.ReviewStatus;
import id.go.kalbarprov.sop.review.persistence.ReviewEntity;
import id.go.kalbarprov.sop.review.persistence.ReviewVersionEntity;
import id.go.kalbarprov.sop.review.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Lists of reviews: an officer's inbox (pending at the levels of their roles) or all reviews, filtered. */
@ApplicationScoped
public class ReviewQueries {

    @Inject
    EntityManager em;

    /** Which reviews to list: those waiting for my level(s), or all. */
    public enum Scope { INBOX, ALL }

    public record Filter(Scope scope, ReviewStatus status, Integer year, Period period, Integer level, UUID caseId) {
    }

    /** A review with its open task, when one is open. */
    public record Row(ReviewEntity review, TaskEntity openTask) {
    }

    public record Page(List<Row> items, long total) {
    }

    /** The reviews the caller may read ({@link ReviewAccess}): a pelaksana lists only those they compiled. */
    public Page list(Caller caller, Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (ReviewAccess.onlyOwnCompilations(caller)) {
            where.add("exists (select 1 from ReviewVersionEntity v where v.reviewId = r.id and v.origin = :submitted"
                    + " and (v.authorUpn = :upn or v.authorNip = :nip))");
            params.put("submitted", ReviewVersionEntity.SUBMITTED);
            params.put("upn", caller.upn() == null ? "-" : caller.upn());
            params.put("nip", caller.nip() == null ? "-" : caller.nip());
        }
        if (filter.scope() == Scope.INBOX) {
            List<String> levelRoles = caller.roles().stream().filter(r -> Level.ofRole(r).isPresent()).toList();
            where.add("t.actorRole in :roles");
            params.put("roles", levelRoles.isEmpty() ? List.of("-") : levelRoles);
        }
        if (filter.status() != null) {
            where.add("r.status = :status");
            params.put("status", filter.status());
        }
        if (filter.year() != null) {
            where.add("r.year = :year");
            params.put("year", filter.year());
        }
        if (filter.period() != null) {
            where.add("r.period = :period");
            params.put("period", filter.period());
        }
        if (filter.level() != null) {
            where.add("t.level = :level");
            params.put("level", filter.level());
        }
        if (filter.caseId() != null) {
            where.add("r.caseId = :caseId");
            params.put("caseId", filter.caseId());
        }
        String from = " from ReviewEntity r left join TaskEntity t on t.reviewId = r.id and t.doneAt is null"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        String order = filter.scope() == Scope.INBOX ? " order by t.actionableAt, r.id" : " order by r.updatedAt desc, r.id";
        TypedQuery<Object[]> rows = em.createQuery("select r, t" + from + order, Object[].class);
        params.forEach(rows::setParameter);
        List<Row> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new Row((ReviewEntity) r[0], (TaskEntity) r[1])).toList();
        return new Page(items, CappedCount.from(em, from, params));
    }
}
