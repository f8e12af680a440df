package io.insurcrm.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One recent claim of a customer, as alert and segment rules see it. Amounts are in
 * {@link CustomerFacts#currency()}.
 *
 * @param claimRef        an opaque reference to the claim (its claim number)
 * @param policyRef       an opaque reference to the policy claimed on (its policy number)
 * @param policyStartDate the first day of that policy's cover
 * @param lossDate        when the loss happened
 * @param reportedDate    when the claim was reported, i.e. filed
 * @param paidAmount      paid so far; zero if nothing was paid
 */
public record ClaimFact(String claimRef, String policyRef, LocalDate policyStartDate, LocalDate lossDate,
        LocalDate reportedDate, BigDecimal paidAmount) {

    /**
     * Checks the components.
     *
     * @param claimRef see the record component
     * @param policyRef see the record component
     * @param policyStartDate see the record component
     * @param lossDate see the record component
     * @param reportedDate see the record component
     * @param paidAmount see the record component
     * @throws NullPointerException if a component is null
     */
    public ClaimFact {
        Objects.requireNonNull(claimRef, "claimRef");
        Objects.requireNonNull(policyRef, "policyRef");
        Objects.requireNonNull(policyStartDate, "policyStartDate");
        Objects.requireNonNull(lossDate, "lossDate");
        Objects.requireNonNull(reportedDate, "reportedDate");
        Objects.requireNonNull(paidAmount, "paidAmount");
    }

    /**
     * Days from the policy's start to the filing of the claim (negative if filed before the start).
     *
     * @return the number of days
     */
    public long daysFromPolicyStartToReport() {
        return ChronoUnit.DAYS.between(policyStartDate, reportedDate);
    }
}
