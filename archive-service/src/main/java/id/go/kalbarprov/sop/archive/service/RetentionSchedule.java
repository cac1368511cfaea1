package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.archive.persistence.RetentionMinimumEntity;
import id.go.kalbarprov.sop.archive.persistence.RetentionRuleEntity;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.Violation;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Jadwal Retensi Arsip, kept as data: a classification code with its active and inactive years and final
 * disposition. Its codes are also the classification list a record is filed under. Only approved lines are here
 * ({@link RetentionProposals}); a record keeps the retention it was filed with.
 */
@ApplicationScoped
public class RetentionSchedule {

    /**
     * The lines the schedule may hold: the national classification scheme has about a thousand codes, and a province
     * keeps a line only for the codes it files under. A proposal that would add one more is refused.
     */
    public static final int MAX_RULES = 2000;

    public List<RetentionRuleEntity> all() {
        return RetentionRuleEntity.listAll(Sort.ascending("classificationCode"));
    }

    /**
     * The approved line for a code; unknown codes are refused. A filing reads the line as approved at that moment
     * and copies its terms into the record, so a later change never moves a filed record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RetentionRuleEntity ruleFor(String classificationCode) {
        RetentionRuleEntity rule = RetentionRuleEntity.findById(classificationCode);
        if (rule == null) {
            throw new ProblemException(ArchiveProblem.UNKNOWN_CLASSIFICATION,
                    List.of(new Violation("classificationCode", "not in the classification list")),
                    "unknown-classification", classificationCode);
        }
        return rule;
    }

    /** The minimum retention of each classification with a known one; the others need the default. */
    public List<RetentionMinimumEntity> minimums() {
        return RetentionMinimumEntity.all();
    }
}
