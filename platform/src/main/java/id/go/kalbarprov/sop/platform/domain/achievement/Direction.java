package id.go.kalbarprov.sop.platform.domain.achievement;

/** Whether a higher (naik baik) or lower (turun baik) actual value is better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
