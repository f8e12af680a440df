package io.insurcrm.core.policy;

import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.Validator;
import java.time.LocalDate;
import java.util.Objects;

/** One premium instalment of a policy: due and, once paid, paid. */
public record PremiumPayment(PaymentId id, PolicyId policyId, LocalDate dueDate, LocalDate paidDate, Money amount) {
    public PremiumPayment {
        Objects.requireNonNull(id, "id");
        Validator.start()
                .require(policyId, "policyId")
                .require(dueDate, "dueDate")
                .require(amount, "amount")
                .nonNegative(amount, "amount")
                .validate();
    }
}
