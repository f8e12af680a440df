package io.insurcrm.core.followup;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.common.Validator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.staff.AccountManagerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up task: something an account manager ({@code ownerId}) must do for a customer by a date.
 *
 * @param outcome what came of it, recorded when it is closed
 */
public record FollowUpTask(FollowUpTaskId id, long version, CustomerId customerId, AccountManagerId ownerId,
        LocalDate dueDate, String subject, TaskStatus status, String outcome, Instant createdAt,
        Instant completedAt) {
    public FollowUpTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Validator.start().require(customerId, "customerId").require(ownerId, "ownerId").require(dueDate, "dueDate")
                .requireText(subject, "subject", 200).require(status, "status").maxLength(outcome, "outcome", 2000)
                .validate();
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /**
     * The next version, closed as DONE or CANCELLED with an outcome.
     *
     * @throws ValidationException if it is not open or {@code to} is OPEN
     */
    public FollowUpTask close(TaskStatus to, String outcomeText, Instant now) {
        if (status != TaskStatus.OPEN) {
            throw new ValidationException("status", "open", "only an open task can be closed");
        }
        if (to == null || to == TaskStatus.OPEN) {
            throw new ValidationException("status", "closing", "must be DONE or CANCELLED");
        }
        return new FollowUpTask(id, version + 1, customerId, ownerId, dueDate, subject, to, outcomeText, createdAt,
                now);
    }
}
