package io.insurcrm.core.staff;

/**
 * The previous year's evaluation that a yearly re-certification starts from: excellent raises the
 * grade by one, competent keeps it, unsatisfactory lowers it by one (bounded by chief and trainee).
 */
public enum Evaluation {
    EXCELLENT,
    COMPETENT,
    UNSATISFACTORY;

    /** The grade a manager of grade {@code current} gets for this evaluation. */
    public Grade apply(Grade current) {
        switch (this) {
            case EXCELLENT:
                return current.raised();
            case UNSATISFACTORY:
                return current.lowered();
            default:
                return current;
        }
    }
}
