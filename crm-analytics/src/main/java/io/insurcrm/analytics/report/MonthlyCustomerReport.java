package io.insurcrm.analytics.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The customer information of one branch (the customers' branch) for a month.
 *
 * @param customers         customers of the branch
 * @param newCustomers      customers whose first policy started in the month
 * @param customersInForce  customers with a policy in force on the month's last day
 * @param policiesWritten   policies of those customers that started in the month
 * @param premiumWritten    their premium
 * @param claimsReported    claims reported in the month
 * @param claimsPaid        paid amounts of claims settled in the month
 * @param complaints        complaints in the month (today: COMPLAINT contacts)
 */
public record MonthlyCustomerReport(YearMonth month, String branchCode, long customers, long newCustomers,
        long customersInForce, long policiesWritten, BigDecimal premiumWritten, long claimsReported,
        BigDecimal claimsPaid, long complaints) {
}
