package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.platform.event.CaseStatus;

import id.go.kalbarprov.sop.archive.domain.ArchiveAction;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.archive.domain.RetentionRule;
import id.go.kalbarprov.sop.archive.domain.SopStep;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.archive.persistence.RetentionRuleEntity;
import id.go.kalbarprov.sop.archive.persistence.TaskEntity;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.security.Caller;
import id.go.kalbarprov.sop.archive.service.command.FileRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Step 10: the delegated arsiparis files the signed correction. One transaction creates the record, links it into
 * the chain, closes the order, registers the filing in the agenda book and records the CaseStatus handoff.
 */
@ApplicationScoped
public class FilingService {

    @Inject
    OrderAccess access;

    @Inject
    RetentionSchedule schedule;

    @Inject
    ArchiveChain chain;

    @Inject
    Tasks tasks;

    @Inject
    AgendaBook agenda;

    @Inject
    CaseStatusEvents caseStatus;

    @Transactional
    public ArchiveRecordEntity file(UUID orderId, Integer expectedVersion, FileRecord command, Caller arsiparis) {
        ArchiveOrderEntity order = access.forChange(orderId, expectedVersion);
        access.transition(order, ArchiveAction.FILE);
        access.requireDelegatedArchivist(order, arsiparis);
        if (arsiparis.is(order.orderedByUpn, order.orderedByNip)
                || arsiparis.is(order.delegatedByUpn, order.delegatedByNip)) {
            throw ProblemException.rule("one-person-one-level");
        }
        // Stored as microseconds by PostgreSQL: hash exactly what will be read back.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int closingYear = command.closingYear() == null ? OfficeTime.yearOf(now) : command.closingYear();
        validate(command, closingYear, now);
        RetentionRuleEntity retention = schedule.ruleFor(command.classificationCode());

        ArchiveRecordEntity record = newRecord(order, command, retention, closingYear, arsiparis, now);
        requireFreeItem(record);

        order.recordId = record.id;
        order.filedAt = now;
        order.accessClass = record.accessClass;
        TaskEntity done = tasks.complete(order.id, SopStep.FILING, arsiparis.upn(), now);
        registerInAgenda(order, record, arsiparis);
        caseStatus.archived(order, done, arsiparis, now);
        // Last: the chain's head is one row every filing locks until its commit, so it is taken when the rest is done.
        return chain.append(record);
    }

    private static ArchiveRecordEntity newRecord(ArchiveOrderEntity order, FileRecord command,
                                                 RetentionRuleEntity retention, int closingYear, Caller arsiparis,
                                                 Instant now) {
        RetentionRule.RetentionDates dates = retention.rule().datesFor(closingYear);
        ArchiveRecordEntity record = new ArchiveRecordEntity();
        record.id = UUID.randomUUID();
        record.orderId = order.id;
        record.caseId = order.caseId;
        record.correctionVersion = order.correctionVersion;
        record.title = order.title;
        record.year = order.year;
        record.period = order.period;
        record.classificationCode = command.classificationCode();
        record.fileNumber = command.fileNumber().strip();
        record.itemNumber = command.itemNumber();
        record.processingUnit = command.processingUnit().strip();
        record.description = command.description().strip();
        record.coveredFrom = command.periodCovered().from();
        record.coveredTo = command.periodCovered().to();
        record.closingYear = closingYear;
        record.quantity = command.quantity();
        record.medium = command.medium();
        record.authenticity = command.authenticity();
        record.accessClass = command.accessClass();
        record.locationFolder = command.location().folder().strip();
        record.locationBox = command.location().box().strip();
        record.locationShelf = command.location().shelf().strip();
        record.activeYears = retention.activeYears;
        record.inactiveYears = retention.inactiveYears;
        record.finalDisposition = retention.finalDisposition;
        record.dispositionNote = command.dispositionNote();
        record.inactiveFrom = dates.inactiveFrom();
        record.dispositionDue = dates.dispositionDue();
        record.content = order.content;
        record.contentHash = order.contentHash;
        record.seals = order.seals;
        record.amendments = order.amendments == null ? List.of() : order.amendments;
        record.documentNumber = order.documentNumber;
        record.documentDate = order.documentDate;
        record.verificationId = order.verificationId;
        record.pdfSha256 = order.pdfSha256;
        record.pdf = order.pdf;
        record.filedAt = now;
        record.filedByUpn = arsiparis.upn();
        record.filedByNip = arsiparis.nip();
        record.filedByName = arsiparis.name();
        record.filedActing = arsiparis.acting();
        return record;
    }

    private void registerInAgenda(ArchiveOrderEntity order, ArchiveRecordEntity record, Caller arsiparis) {
        agenda.registerOwn(agenda.document(order, "filing", SopStep.FILING.number, record.filedAt)
                .from("Arsiparis " + ArchiveOrderService.nameOf(arsiparis)).to("Archive of " + record.processingUnit)
                .numbered(record.classificationCode + "/" + record.fileNumber + "/" + record.itemNumber,
                        OfficeTime.dateOf(record.filedAt))
                .classification(record.classificationCode).subject("Filed: " + order.title)
                .remarks("Retention until " + record.dispositionDue + ", then " + record.finalDisposition));
    }

    private static void validate(FileRecord command, int closingYear, Instant now) {
        if (command.periodCovered().from().isAfter(command.periodCovered().to())) {
            throw ProblemException.invalid("periodCovered.from", "period-range");
        }
        if (closingYear > OfficeTime.yearOf(now)) {
            throw ProblemException.invalid("closingYear", "closing-year-future");
        }
        if (closingYear < command.periodCovered().to().getYear()) {
            throw ProblemException.invalid("closingYear", "closing-year-before-period");
        }
    }

    private static void requireFreeItem(ArchiveRecordEntity record) {
        if (ArchiveRecordEntity.count("classificationCode = ?1 and fileNumber = ?2 and itemNumber = ?3",
                record.classificationCode, record.fileNumber, record.itemNumber) > 0) {
            throw ProblemException.invalid("itemNumber", "item-taken", record.classificationCode, record.fileNumber,
                    record.itemNumber);
        }
    }
}
