package id.go.kalbarprov.sop.archive.domain;

import id.go.kalbarprov.sop.platform.domain.IllegalTransitionException;

/**
 * A retention rule proposal (usulan JRA): {@code PENDING} until a Kasubbag TU other than the proposer decides it,
 * then {@code APPROVED} (the rule applies from that moment) or {@code REJECTED} (with a reason); both are final.
 */
public enum ProposalState {
    PENDING, APPROVED, REJECTED;

    /** What a decision leads to; a decided proposal is never decided again. */
    public ProposalState decide(ProposalDecision decision) {
        if (this != PENDING) {
            throw new IllegalTransitionException(this, decision);
        }
        return decision == ProposalDecision.APPROVE ? APPROVED : REJECTED;
    }

    /** The decisions on a proposal. */
    public enum ProposalDecision {
        APPROVE, REJECT
    }
}
