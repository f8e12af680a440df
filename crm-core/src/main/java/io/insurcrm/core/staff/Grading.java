package io.insurcrm.core.staff;

import io.insurcrm.core.organisation.BranchLevel;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One grade decision: the initial grading of a new manager or a yearly re-certification. At most one
 * per manager and certification year (the storage enforces it).
 *
 * @param evaluation     the previous year's evaluation; {@code null} for the initial grading
 * @param previousGrade  {@code null} for the initial grading
 * @param approvingLevel the level that approves the resulting grade
 * @param approvedBy     the actor that recorded the decision
 */
public record Grading(UUID id, AccountManagerId managerId, int certificationYear, Evaluation evaluation,
        Grade previousGrade, Grade grade, GradingOutcome outcome, BranchLevel approvingLevel, String approvedBy,
        Instant recordedAt) {
    public Grading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(managerId, "managerId");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(approvingLevel, "approvingLevel");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The decision for a grade change from {@code previous} (null: initial) to {@code grade}. */
    public static Grading of(UUID id, AccountManagerId managerId, int year, Evaluation evaluation, Grade previous,
            Grade grade, String approvedBy, Instant at) {
        return new Grading(id, managerId, year, evaluation, previous, grade, GradingOutcome.of(previous, grade),
                grade.approvingLevel(), approvedBy, at);
    }
}
