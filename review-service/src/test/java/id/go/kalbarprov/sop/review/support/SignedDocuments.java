package id.go.kalbarprov.sop.review.support;

import id.go.kalbarprov.sop.platform.testing.Db;
import java.util.UUID;

/** A review's signed document as stored: due (its render still to come) or made. */
public final class SignedDocuments {

    private SignedDocuments() {
    }

    /** The review's rows of a signed document still to be made. */
    public static long due(UUID reviewId) {
        return Db.count("SELECT count(*) FROM pending_signed_document WHERE review_id = ?::uuid", reviewId.toString());
    }

    /** The review's rows of a signed document made and stored. */
    public static long stored(UUID reviewId) {
        return Db.count("SELECT count(*) FROM signed_document WHERE review_id = ?::uuid", reviewId.toString());
    }
}
