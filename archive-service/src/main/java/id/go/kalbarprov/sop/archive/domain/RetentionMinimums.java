package id.go.kalbarprov.sop.archive.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The minimum retention of each classification (active + inactive years) below which a rule may not destroy its
 * records. A minimum applies to its code and every sub-code ({@code 000.8.6} covers {@code 000.8.6.3}), the nearest
 * one wins; a code with no minimum on itself or above it needs {@link #DEFAULT_MINIMUM_YEARS} (a record is never
 * destroyed in the year it closed). Rules that keep records permanently or have them reviewed are not limited.
 */
public final class RetentionMinimums {

    /** For a classification without a known minimum: at least one whole year before destruction. */
    public static final int DEFAULT_MINIMUM_YEARS = 1;

    private final Map<String, Integer> yearsByCode;

    public RetentionMinimums(Map<String, Integer> yearsByCode) {
        this.yearsByCode = Map.copyOf(yearsByCode);
    }

    /** The minimum for a code: its own, else its nearest parent's, else the default (with no code). */
    public Minimum minimumFor(String classificationCode) {
        String code = classificationCode;
        while (code != null) {
            Integer years = yearsByCode.get(code);
            if (years != null) {
                return new Minimum(years, code);
            }
            int dot = code.lastIndexOf('.');
            code = dot < 0 ? null : code.substring(0, dot);
        }
        return new Minimum(DEFAULT_MINIMUM_YEARS, null);
    }

    /** Why {@code rule} may not stand under {@code classificationCode}, or empty when it may. */
    public Optional<Shortfall> check(String classificationCode, RetentionRule rule) {
        if (rule.finalDisposition() != FinalDisposition.DESTROY) {
            return Optional.empty();
        }
        Minimum minimum = minimumFor(classificationCode);
        int years = rule.activeYears() + rule.inactiveYears();
        return years >= minimum.years() ? Optional.empty() : Optional.of(new Shortfall(years, minimum));
    }

    /** A minimum and the code it is set on ({@code null}: the default for codes without a known minimum). */
    public record Minimum(int years, String setOn) {

        public boolean isDefault() {
            return setOn == null;
        }
    }

    /** A destroying rule that keeps records {@code years} where {@code minimum} is required. */
    public record Shortfall(int years, Minimum minimum) {
    }
}
