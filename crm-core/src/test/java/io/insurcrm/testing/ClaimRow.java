package io.insurcrm.testing;

import io.insurcrm.core.claim.ClaimStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One row of {@code claims.csv} ({@link io.insurcrm.core.importing.ImportKind#CLAIMS}); amounts in CNY. */
public record ClaimRow(String claimNumber, String policyNumber, LocalDate lossDate, LocalDate reportedDate,
        LocalDate settledDate, BigDecimal claimedAmount, BigDecimal paidAmount, ClaimStatus status, boolean litigation,
        String cause) {

    /** The values in the order of {@code ImportKind.CLAIMS.columns()}. */
    public List<String> cells() {
        return Arrays.asList(claimNumber, policyNumber, Csv.text(lossDate), Csv.text(reportedDate),
                Csv.text(settledDate), Csv.text(claimedAmount), Csv.text(paidAmount), "CNY", Csv.text(status),
                Boolean.toString(litigation), cause);
    }
}
