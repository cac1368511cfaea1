package id.go.kalbarprov.sop.review.service;

import id.go.kalbarprov.sop.platform.domain.DocumentNumber;
import id.go.kalbarprov.sop.platform.domain.OfficeTime;
import id.go.kalbarprov.sop.review.config.ReviewConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The signed correction's document number, given when the Karo signs: the configured pattern
 * ({@code sop.review.correction.number-pattern}) with the year's next running number. The year's counter row stays
 * locked until the signing transaction ends, so numbers are gap-free per year (WIB): a signature that rolls back
 * gives its number back, and two signatures never get the same one.
 */
@ApplicationScoped
public class CorrectionNumbers {

    @Inject
    EntityManager em;

    @Inject
    ReviewConfig config;

    /** A number and the document's date. */
    public record Numbered(String number, LocalDate date) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Numbered next(Instant signedAt) {
        ZonedDateTime local = signedAt.atZone(OfficeTime.WIB);
        int year = local.getYear();
        Number sequence = (Number) em.createNativeQuery("INSERT INTO correction_counter (year, last_sequence) "
                        + "VALUES (?1, 1) ON CONFLICT (year) DO UPDATE "
                        + "SET last_sequence = correction_counter.last_sequence + 1 RETURNING last_sequence")
                .setParameter(1, year).getSingleResult();
        ReviewConfig.Correction correction = config.correction();
        return new Numbered(DocumentNumber.format(correction.numberPattern(), correction.classification(),
                sequence.longValue(), correction.unitCode(), year, local.getMonthValue()), local.toLocalDate());
    }
}
