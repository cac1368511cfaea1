package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.paging.CappedCount;
import id.go.kalbarprov.sop.platform.paging.ValuePlans;
import id.go.kalbarprov.sop.platform.rest.Paged;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.security.Caller;
import jakarta.transaction.Transactional;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Finding filed records: by case, classification, year, unit and text, and by what retention has made due. */
@ApplicationScoped
public class RecordSearch {

    /** Which retention date a due-list looks at. */
    public enum Stage {
        /** Active years are over: the record moves to the records centre (inactive archive). */
        INACTIVE,
        /** Retention is over: the final disposition (destroy, keep permanently, review) falls due. */
        DISPOSITION
    }

    public record Criteria(UUID caseId, String classificationCode, Integer year, String unit, String text) {
    }

    /** One filed record. */
    public ArchiveRecordEntity find(UUID id) {
        ArchiveRecordEntity found = ArchiveRecordEntity.findById(id);
        if (found == null) {
            throw ProblemException.notFound("Archive record", id);
        }
        return found;
    }

    /**
     * The signed PDF the record files, for a reader its access class admits (the same rule as its content); a record
     * filed before signed PDFs were sent has none.
     */
    @Transactional
    public byte[] filedPdf(UUID id, Caller reader) {
        ArchiveRecordEntity record = find(id);
        if (!ContentAccess.readable(record, reader)) {
            throw new ProblemException(ArchiveProblem.CONTENT_WITHHELD, "content-withheld", record.accessClass);
        }
        if (record.pdf == null) {
            throw ProblemException.notFound("Signed PDF of archive record", id);
        }
        return record.pdf;
    }

    /** Records that meet every given criterion, newest first; a search by text counts to {@link Paged#SEARCH_TOTAL_CAP}. */
    @Transactional
    public RecordPage search(Criteria criteria, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (criteria.caseId() != null) {
            where.add("caseId = :caseId");
            params.and("caseId", criteria.caseId());
        }
        if (criteria.classificationCode() != null) {
            // A code finds its own records and those of its sub-codes: 000.8 finds 000.8.6.3.
            where.add("(classificationCode = :code or classificationCode like :subCodes escape '\\')");
            params.and("code", criteria.classificationCode())
                    .and("subCodes", Like.startingWith(criteria.classificationCode() + "."));
        }
        if (criteria.year() != null) {
            where.add("year = :year");
            params.and("year", criteria.year());
        }
        if (criteria.unit() != null && !criteria.unit().isBlank()) {
            where.add("lower(processingUnit) = lower(:unit)");
            params.and("unit", criteria.unit().strip());
        }
        boolean byText = criteria.text() != null && !criteria.text().isBlank();
        if (byText) {
            where.add("lower(description) like :text escape '\\'");
            params.and("text", Like.containing(criteria.text()));
        }
        ValuePlans.forThisTransaction(ArchiveRecordEntity.getEntityManager());
        return page(where, params, "sequence desc", page, size, byText ? Paged.SEARCH_TOTAL_CAP : Paged.TOTAL_CAP);
    }

    /** Records whose {@code stage} date has come by {@code on}, most overdue first. */
    public RecordPage due(Stage stage, LocalDate on, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("on", on);
        if (stage == Stage.INACTIVE) {
            where.add("inactiveFrom <= :on and dispositionDue > :on");
            return page(where, params, "inactiveFrom, sequence", page, size, Paged.TOTAL_CAP);
        }
        where.add("dispositionDue <= :on");
        return page(where, params, "dispositionDue, sequence", page, size, Paged.TOTAL_CAP);
    }

    private static RecordPage page(List<String> where, Parameters params, String order, int page, int size, int cap) {
        String condition = String.join(" and ", where);
        long total = CappedCount.of(ArchiveRecordEntity.class, condition, params.map(), cap);
        var found = ArchiveRecordEntity.<ArchiveRecordEntity>find(condition + " order by "
                + CappedCount.orderFor(total, cap, order), params).page(Page.of(page, size));
        return new RecordPage(found.list(), total, cap);
    }

    /** A page of records and their count, exact up to {@code cap}. */
    public record RecordPage(List<ArchiveRecordEntity> items, long total, int cap) {
    }
}
