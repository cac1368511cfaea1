package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.problem.CommonProblem;

import id.go.kalbarprov.sop.archive.persistence.RetentionRuleEntity;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.Violation;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.archive.service.command.AddRetentionRule;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Jadwal Retensi Arsip, kept as data: a classification code with its active and inactive years and final
 * disposition. Its codes are also the classification list a record is filed under. Lines are added, never
 * changed: a record keeps the retention it was filed with.
 */
@ApplicationScoped
public class RetentionSchedule {

    public List<RetentionRuleEntity> all() {
        return RetentionRuleEntity.listAll(Sort.ascending("classificationCode"));
    }

    /** The line for a code; unknown codes are refused. Lines are only ever added (no update is granted), so no lock. */
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

    @Transactional
    public RetentionRuleEntity add(AddRetentionRule command, Caller arsiparis) {
        if (RetentionRuleEntity.findById(command.classificationCode()) != null) {
            throw new ProblemException(CommonProblem.CONFLICT, "classification-exists", command.classificationCode());
        }
        RetentionRuleEntity rule = new RetentionRuleEntity();
        rule.classificationCode = command.classificationCode();
        rule.title = command.title().strip();
        rule.activeYears = command.activeYears();
        rule.inactiveYears = command.inactiveYears();
        rule.finalDisposition = command.finalDisposition();
        rule.note = command.note();
        rule.createdAt = Instant.now();
        rule.createdBy = arsiparis.upn();
        rule.persist();
        return rule;
    }
}
