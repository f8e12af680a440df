package io.insurcrm.core.staff;

/** What a grading did to the grade. */
public enum GradingOutcome {
    INITIAL,
    KEPT,
    RAISED,
    LOWERED;

    static GradingOutcome of(Grade before, Grade after) {
        if (before == null) {
            return INITIAL;
        }
        int c = Integer.compare(before.ordinal(), after.ordinal());
        return c == 0 ? KEPT : c > 0 ? RAISED : LOWERED;
    }
}
