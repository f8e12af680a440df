package io.insurcrm.core.importing;

import static io.insurcrm.core.importing.Fixtures.NID_A;
import static io.insurcrm.core.importing.Fixtures.NID_B;
import static io.insurcrm.core.importing.Fixtures.ORG_A;
import static io.insurcrm.core.importing.Fixtures.ORG_B;
import static io.insurcrm.core.importing.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyAndClaimImportTest {
    private static final String POLICY_HEADER = "policy_number,customer_national_id,customer_organisation_code,"
            + "product_line,sales_channel,branch_code,licence_plate,start_date,end_date,premium,sum_insured,currency,status";
    private static final String POLICIES = lines(POLICY_HEADER,
            "P-1," + NID_A + ",,auto,agent,GD,粤b·12345,2025-01-01,2025-12-31,3200.50,500000,,",
            "P-2,," + ORG_A + ",property,broker,GD,,2025-03-01,2026-02-28,12000,,USD,expired");

    private final Fixtures f = new Fixtures().withBranches();

    @BeforeEach
    void customers() {
        ImportReport r = f.csv(ImportKind.CUSTOMERS, lines("name,national_id,organisation_code,branch_code",
                "Zhang San," + NID_A + ",,GD", "Acme,," + ORG_A + ",GD"));
        assertEquals(2, r.inserted());
    }

    @Test
    void policiesResolveTheirHolderAndBranchAndDefaultTheCurrency() {
        ImportReport report = f.csv(ImportKind.POLICIES, POLICIES);
        assertEquals(2, report.inserted(), report.rejected().toString());
        Policy p1 = f.store.policy("P-1").orElseThrow();
        assertEquals(f.store.customerByNationalId(NID_A).orElseThrow().id(), p1.holderId());
        assertEquals(ProductLine.AUTO, p1.productLine());
        assertEquals(SalesChannel.AGENT, p1.salesChannel());
        assertEquals(new LicencePlate("粤B12345"), p1.licencePlate());
        assertEquals(Money.cny("3200.50"), p1.premium());
        assertEquals(Money.cny("500000"), p1.sumInsured());
        assertEquals(PolicyStatus.IN_FORCE, p1.status());
        Policy p2 = f.store.policy("P-2").orElseThrow();
        assertEquals(Currency.getInstance("USD"), p2.premium().currency());
        assertEquals(PolicyStatus.EXPIRED, p2.status());

        ImportReport again = f.csv(ImportKind.POLICIES, POLICIES);
        assertEquals(2, again.unchanged());
        assertTrue(again.changedNothing());

        ImportReport changed = f.csv(ImportKind.POLICIES, POLICIES.replace("3200.50", "3300"));
        assertEquals(1, changed.updated());
        Policy p1v2 = f.store.policy("P-1").orElseThrow();
        assertEquals(2, p1v2.version());
        assertEquals(p1.id(), p1v2.id());
        assertEquals(Money.cny("3300"), p1v2.premium());
    }

    @Test
    void unknownReferencesAndBrokenRulesAreRowErrors() {
        ImportReport report = f.csv(ImportKind.POLICIES, lines(POLICY_HEADER,
                "P-3," + NID_B + ",,life,agent,GD,,2025-01-01,2025-12-31,100,,,",
                "P-4,," + ORG_B + ",life,agent,XX,,2025-01-01,2025-12-31,100,,,",
                "P-5," + NID_A + ",,life,agent,GD,粤B12345,2025-12-31,2025-01-01,100.123,,,",
                "P-6," + NID_A + "," + ORG_A + ",life,agent,GD,,2025-01-01,2025-12-31,-1,,,",
                "P-7,,,life,agent,GD,,2025-01-01,2025-12-31,100,,,"));
        assertEquals(0, report.inserted());
        assertEquals(List.of(
                new RowError(2, "customer_national_id", "exists", "names no known customer"),
                new RowError(3, "customer_organisation_code", "exists", "names no known customer"),
                new RowError(3, "branch_code", "exists", "names no known branch"),
                new RowError(4, "premium", "scale", "must have at most 2 decimals for CNY"),
                new RowError(4, "end_date", "date-order", "must not be before startDate"),
                new RowError(4, "licence_plate", "auto-only", "only auto policies insure a vehicle"),
                new RowError(5, "customer_organisation_code", "one-of",
                        "give customer_national_id or customer_organisation_code, not both"),
                new RowError(5, "premium", "non-negative", "must not be negative"),
                new RowError(6, "customer_national_id", "required",
                        "customer_national_id or customer_organisation_code is required for a new policy")),
                report.rejected());
        assertEquals(5, report.rejectedCount());
        assertEquals(0, f.store.policies.size());
    }

    @Test
    void claimsResolveTheirPolicyAndTakeItsHolderAndCurrency() {
        f.csv(ImportKind.POLICIES, POLICIES);
        String claims = lines("claim_number,policy_number,loss_date,reported_date,settled_date,claimed_amount,"
                        + "paid_amount,currency,status,litigation,cause",
                "C-1,P-1,2025-05-01,2025-05-02,2025-06-01,8000,7500,,paid,Y,collision",
                "C-2,P-2,2025-05-01,2025-05-03,,900,,,,0,",
                "C-3,P-9,2025-05-01,2025-05-03,,900,,,,,",
                "C-4,P-1,2025-05-01,2025-05-03,,900,,USD,,maybe,",
                "C-5,P-1,2025-05-04,2027-05-03,,900,,,,,");
        ImportReport report = f.csv(ImportKind.CLAIMS, claims);
        assertEquals(2, report.inserted());
        assertEquals(List.of(
                new RowError(4, "policy_number", "exists", "names no known policy"),
                new RowError(5, "litigation", "boolean", "must be true/false, 1/0 or Y/N"),
                new RowError(5, "currency", "currency", "must be the policy's currency"),
                new RowError(6, "reported_date", "past", "must not be in the future")), report.rejected());

        Claim c1 = f.store.claims.values().stream().filter(c -> c.claimNumber().equals("C-1")).findFirst()
                .orElseThrow();
        assertEquals(f.store.customerByNationalId(NID_A).orElseThrow().id(), c1.customerId());
        assertEquals(ClaimStatus.PAID, c1.status());
        assertEquals(Money.cny("7500"), c1.paidAmount());
        assertEquals(true, c1.litigation());
        assertEquals(LocalDate.of(2025, 6, 1), c1.settledDate());
        Claim c2 = f.store.claims.values().stream().filter(c -> c.claimNumber().equals("C-2")).findFirst()
                .orElseThrow();
        assertEquals(Currency.getInstance("USD"), c2.claimedAmount().currency(), "the policy's currency");
        assertEquals(ClaimStatus.REPORTED, c2.status());

        ImportReport again = f.csv(ImportKind.CLAIMS, claims);
        assertEquals(2, again.unchanged());
        assertEquals(0, again.updated());
        ImportReport currency = f.csv(ImportKind.CLAIMS, lines("claim_number,currency", "C-1,USD"));
        assertEquals(List.of(new RowError(2, "currency", "currency", "must be the policy's currency")),
                currency.rejected());
    }
}
