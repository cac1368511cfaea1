package id.go.kalbarprov.sop.archive.service;

import id.go.kalbarprov.sop.archive.domain.ProposalState;
import id.go.kalbarprov.sop.archive.domain.ProposalState.ProposalDecision;
import id.go.kalbarprov.sop.archive.domain.RetentionMinimums;
import id.go.kalbarprov.sop.archive.domain.RetentionRule;
import id.go.kalbarprov.sop.archive.persistence.RetentionMinimumEntity;
import id.go.kalbarprov.sop.archive.persistence.RetentionProposalEntity;
import id.go.kalbarprov.sop.archive.persistence.RetentionRuleEntity;
import id.go.kalbarprov.sop.archive.problem.ArchiveProblem;
import id.go.kalbarprov.sop.archive.service.command.ProposeRetentionRule;
import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;
import id.go.kalbarprov.sop.platform.problem.CommonProblem;
import id.go.kalbarprov.sop.platform.problem.ProblemException;
import id.go.kalbarprov.sop.platform.problem.ProblemTexts;
import id.go.kalbarprov.sop.platform.problem.Violation;
import id.go.kalbarprov.sop.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Retention rules need two people: the arsiparis proposes a new line of the schedule or a change to one, and a
 * Kasubbag TU other than the proposer approves or rejects it. Only an approval touches the schedule, from that
 * moment on; a destroying rule must keep its records at least the minimum of their classification, checked when
 * proposed and again when approved.
 */
@ApplicationScoped
public class RetentionProposals {

    @Transactional
    public RetentionProposalEntity propose(ProposeRetentionRule command, Caller arsiparis) {
        String code = command.classificationCode();
        RetentionRuleEntity current = RetentionRuleEntity.findById(code);
        if (command.baseVersion() == null && current != null) {
            throw new ProblemException(CommonProblem.CONFLICT, "classification-exists", code)
                    .with("currentVersion", current.version);
        }
        if (command.baseVersion() != null) {
            if (current == null) {
                throw ProblemException.notFound("Retention rule", code);
            }
            if (current.version != command.baseVersion()) {
                throw stale(code, command.baseVersion(), current.version);
            }
        }
        RetentionProposalEntity proposal = new RetentionProposalEntity();
        proposal.id = UUID.randomUUID();
        proposal.classificationCode = code;
        proposal.baseVersion = command.baseVersion();
        proposal.state = ProposalState.PENDING;
        proposal.title = command.title().strip();
        proposal.activeYears = command.activeYears();
        proposal.inactiveYears = command.inactiveYears();
        proposal.finalDisposition = command.finalDisposition();
        proposal.note = blankToNull(command.note());
        if (current != null) {
            proposal.beforeTitle = current.title;
            proposal.beforeActiveYears = current.activeYears;
            proposal.beforeInactiveYears = current.inactiveYears;
            proposal.beforeFinalDisposition = current.finalDisposition;
            proposal.beforeNote = current.note;
        }
        requireMinimum(code, proposal.rule());
        proposal.reason = command.reason().strip();
        proposal.proposedByUpn = arsiparis.upn();
        proposal.proposedByNip = arsiparis.nip();
        proposal.proposedByName = arsiparis.name();
        proposal.proposedActing = arsiparis.acting();
        proposal.proposedAt = now();
        proposal.persist();
        return proposal;
    }

    /** Applies the proposal to the schedule: a new line, or the next version of the line it changes. */
    @Transactional
    public RetentionProposalEntity approve(UUID id, String note, Caller kasubbag) {
        RetentionProposalEntity proposal = forDecision(id, ProposalDecision.APPROVE, kasubbag);
        String code = proposal.classificationCode;
        RetentionRuleEntity.lockCode(code);
        RetentionRuleEntity rule = RetentionRuleEntity.findById(code, LockModeType.PESSIMISTIC_WRITE);
        Integer currentVersion = rule == null ? null : rule.version;
        if (!Objects.equals(currentVersion, proposal.baseVersion)) {
            throw stale(code, proposal.baseVersion, currentVersion);
        }
        requireMinimum(code, proposal.rule());
        Instant now = now();
        if (rule == null) {
            if (RetentionRuleEntity.count() >= RetentionSchedule.MAX_RULES) {
                throw ProblemException.rule("retention-schedule-full", RetentionSchedule.MAX_RULES);
            }
            rule = new RetentionRuleEntity();
            rule.classificationCode = code;
            rule.createdAt = now;
            rule.createdBy = proposal.proposedByUpn;
            rule.version = 1;
        } else {
            rule.version = rule.version + 1;
        }
        rule.title = proposal.title;
        rule.activeYears = proposal.activeYears;
        rule.inactiveYears = proposal.inactiveYears;
        rule.finalDisposition = proposal.finalDisposition;
        rule.note = proposal.note;
        rule.approvedAt = now;
        rule.approvedBy = kasubbag.upn();
        rule.proposalId = proposal.id;
        rule.persist();
        decide(proposal, ProposalState.APPROVED, blankToNull(note), kasubbag, now);
        proposal.resultingVersion = rule.version;
        return proposal;
    }

    @Transactional
    public RetentionProposalEntity reject(UUID id, String reason, Caller kasubbag) {
        RetentionProposalEntity proposal = forDecision(id, ProposalDecision.REJECT, kasubbag);
        decide(proposal, ProposalState.REJECTED, reason.strip(), kasubbag, now());
        return proposal;
    }

    public RetentionProposalEntity find(UUID id) {
        RetentionProposalEntity found = RetentionProposalEntity.findById(id);
        if (found == null) {
            throw ProblemException.notFound("Retention rule proposal", id);
        }
        return found;
    }

    /**
     * Proposals, oldest first, by state and classification code: for one code this is the history of its line —
     * every proposal with what it would change, who proposed it, who approved or rejected it and when.
     */
    public ProposalPage list(ProposalState state, String classificationCode, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        }
        if (classificationCode != null) {
            where.add("classificationCode = :code");
            params.and("code", classificationCode);
        }
        Sort order = Sort.ascending("proposedAt", "id");
        var found = where.isEmpty()
                ? RetentionProposalEntity.<RetentionProposalEntity>findAll(order)
                : RetentionProposalEntity.<RetentionProposalEntity>find(String.join(" and ", where), order, params);
        found.page(Page.of(page, size));
        return new ProposalPage(found.list(), found.count());
    }

    public record ProposalPage(List<RetentionProposalEntity> items, long total) {
    }

    private static RetentionProposalEntity forDecision(UUID id, ProposalDecision decision, Caller kasubbag) {
        RetentionProposalEntity proposal = RetentionProposalEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw ProblemException.notFound("Retention rule proposal", id);
        }
        try {
            proposal.state.decide(decision);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(CommonProblem.ILLEGAL_TRANSITION, "proposal-decided", proposal.state, decision)
                    .with("currentState", proposal.state.name()).with("action", decision.name());
        }
        if (kasubbag.is(proposal.proposedByUpn, proposal.proposedByNip)) {
            throw new ProblemException(ArchiveProblem.OWN_PROPOSAL, "own-proposal");
        }
        return proposal;
    }

    private static void decide(RetentionProposalEntity proposal, ProposalState state, String reason, Caller by,
                               Instant at) {
        proposal.state = state;
        proposal.decisionReason = reason;
        proposal.decidedByUpn = by.upn();
        proposal.decidedByNip = by.nip();
        proposal.decidedByName = by.name();
        proposal.decidedActing = by.acting();
        proposal.decidedAt = at;
    }

    /** 400 naming the retention fields when a destroying rule keeps records less than its minimum. */
    private static void requireMinimum(String code, RetentionRule rule) {
        RetentionMinimums minimums = RetentionMinimumEntity.rules();
        minimums.check(code, rule).ifPresent(shortfall -> {
            RetentionMinimums.Minimum minimum = shortfall.minimum();
            String key = minimum.isDefault() ? "retention-below-default-minimum" : "retention-below-minimum";
            Object[] args = {shortfall.years(), minimum.years(), code, minimum.setOn()};
            String message = ProblemTexts.english(key, args);
            throw new ProblemException(ArchiveProblem.RETENTION_BELOW_MINIMUM,
                    List.of(new Violation("activeYears", message), new Violation("inactiveYears", message)), key, args)
                    .with("minimumYears", minimum.years());
        });
    }

    private static ProblemException stale(String code, Integer proposedOn, Integer current) {
        return new ProblemException(ArchiveProblem.STALE_PROPOSAL, "stale-proposal", code,
                proposedOn == null ? "-" : proposedOn, current == null ? "-" : current)
                .with("currentVersion", current);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
