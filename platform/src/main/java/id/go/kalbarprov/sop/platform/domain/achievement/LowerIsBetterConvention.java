package id.go.kalbarprov.sop.platform.domain.achievement;

/** The two conventions in use for an indicator where lower is better (turun baik). */
public enum LowerIsBetterConvention {
    /** target / actual × 100; an actual of 0 gives 100; a negative actual is not computable ({@code NEGATIVE_ACTUAL}). */
    INVERSE_RATIO,
    /**
     * (2 × target − actual) / target × 100, as in PermenPAN-RB 6/2022; defined for every actual, a negative one
     * included (target 2, actual −1 gives 250).
     */
    TWICE_TARGET_MINUS_ACTUAL
}
