package id.go.kalbarprov.sop.archive.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kalbarprov.sop.archive.client.ReviewKeyring;
import id.go.kalbarprov.sop.archive.persistence.ArchiveOrderEntity;
import id.go.kalbarprov.sop.archive.persistence.ArchiveRecordEntity;
import id.go.kalbarprov.sop.platform.event.CorrectionSigned;
import id.go.kalbarprov.sop.platform.seal.CorrectionVerification;
import id.go.kalbarprov.sop.platform.seal.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The seals and sealed amendments an order or record keeps, each verified again on reading against review-service's
 * keyring: {@code verified} is true or false, or absent when the keyring cannot be read now.
 */
@ApplicationScoped
public class SealChecks {

    @Inject
    ReviewKeyring keys;

    @Inject
    ObjectMapper json;

    /** The kept seals and amendments with {@code verified} on each, and whether all verify (null: unknown). */
    public record Checked(List<Map<String, Object>> seals, List<Map<String, Object>> amendments,
                          Boolean allVerified) {
    }

    public Checked of(ArchiveOrderEntity order) {
        return check(order.reviewId, order.seals, order.amendments, order.documentNumber, order.documentDate);
    }

    public Checked of(ArchiveRecordEntity record) {
        UUID reviewId = record.seals == null || record.seals.isEmpty() ? null
                : UUID.fromString(String.valueOf(record.seals.get(0).get("reviewId")));
        return check(reviewId, record.seals, record.amendments, record.documentNumber, record.documentDate);
    }

    private Checked check(UUID reviewId, List<Map<String, Object>> seals, List<Map<String, Object>> amendments,
                          String documentNumber, LocalDate documentDate) {
        List<Map<String, Object>> sealsIn = seals == null ? List.of() : seals;
        List<Map<String, Object>> amendmentsIn = amendments == null ? List.of() : amendments;
        Optional<Keyring> keyring = keys.ifAvailable();
        ObjectMapper reader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Map<String, Object>> checkedSeals = new ArrayList<>();
        List<Map<String, Object>> checkedAmendments = new ArrayList<>();
        boolean all = !sealsIn.isEmpty();
        for (Map<String, Object> seal : sealsIn) {
            Boolean verified = keyring.map(ring -> verified(() -> CorrectionVerification.verify(
                    reader.convertValue(seal, CorrectionSigned.Seal.class), documentNumber, documentDate, ring)
                    .valid())).orElse(null);
            checkedSeals.add(with(seal, verified));
            all &= Boolean.TRUE.equals(verified);
        }
        for (Map<String, Object> amendment : amendmentsIn) {
            Boolean verified = keyring.map(ring -> verified(() -> reviewId != null && CorrectionVerification.verify(
                    reviewId, reader.convertValue(amendment, CorrectionSigned.Amendment.class), ring).valid()))
                    .orElse(null);
            checkedAmendments.add(with(amendment, verified));
            all &= Boolean.TRUE.equals(verified);
        }
        return new Checked(checkedSeals, checkedAmendments, keyring.isEmpty() ? null : all);
    }

    /** A kept seal that no longer reads as one (altered in the database) does not verify. */
    private static boolean verified(java.util.function.BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static Map<String, Object> with(Map<String, Object> kept, Boolean verified) {
        Map<String, Object> shown = new LinkedHashMap<>(kept);
        shown.put("verified", verified);
        return shown;
    }
}
