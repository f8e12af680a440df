package io.insurcrm.testing;

import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One row of {@code policies.csv} ({@link io.insurcrm.core.importing.ImportKind#POLICIES}). The holder is
 * named by its canonical key: {@code customerNationalId} (18 characters) or {@code customerOrganisationCode}.
 * Amounts are CNY with two decimals.
 */
public record PolicyRow(String policyNumber, String customerNationalId, String customerOrganisationCode,
        ProductLine productLine, String productCode, SalesChannel salesChannel, String branchCode,
        String licencePlate, LocalDate startDate, LocalDate endDate, BigDecimal premium, BigDecimal sumInsured,
        PolicyStatus status, String previousPolicyNumber) {

    /** The holder's natural key, whichever kind. */
    public String customerKey() {
        return customerNationalId != null ? customerNationalId : customerOrganisationCode;
    }

    /** The values in the order of {@code ImportKind.POLICIES.columns()}. */
    public List<String> cells() {
        return Arrays.asList(policyNumber, customerNationalId, customerOrganisationCode, Csv.text(productLine),
                productCode, Csv.text(salesChannel), branchCode, licencePlate, Csv.text(startDate),
                Csv.text(endDate), Csv.text(premium), Csv.text(sumInsured), "CNY", Csv.text(status),
                previousPolicyNumber);
    }
}
