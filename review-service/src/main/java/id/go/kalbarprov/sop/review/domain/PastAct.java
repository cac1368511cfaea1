package id.go.kalbarprov.sop.review.domain;

/**
 * An act already recorded on a review, as far as the chain's rules need it: in which round, at which step (4 for
 * the pelaksana who submitted a draft, 5–7 for reviewers), what, by whom, on which version.
 */
public record PastAct(int round, int step, ActKind kind, String upn, String nip, int version) {

    public static PastAct submission(int round, String upn, String nip, int version) {
        return new PastAct(round, 4, null, upn, nip, version);
    }
}
