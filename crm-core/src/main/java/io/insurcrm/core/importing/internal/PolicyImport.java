package io.insurcrm.core.importing.internal;

import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.RowError;
import io.insurcrm.core.importing.internal.BatchOutcome.RowProblems;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * POLICIES, keyed by {@code policy_number}; the holder by {@code customer_national_id} or
 * {@code customer_organisation_code}, the branch by {@code branch_code} (both required for a new
 * policy, kept when blank). {@code currency} defaults to CNY (to the stored currency for an
 * existing policy) and applies to premium and sum insured; {@code status} defaults to IN_FORCE.
 */
final class PolicyImport extends KindHandler {

    PolicyImport(ImportPorts ports, ImportOptions options) {
        super(ImportKind.POLICIES, ports, options);
    }

    @Override
    Map<String, Cells.Parser> parsers() {
        Map<String, Cells.Parser> p = new HashMap<>();
        p.put("policy_number", Cells.TEXT);
        p.put(Refs.CUSTOMER_NID, Cells.identifier(NationalIdNumber::parse));
        p.put(Refs.CUSTOMER_ORG, Cells.identifier(OrganisationCode::parse));
        p.put("product_line", Cells.enumOf(ProductLine.class));
        p.put("product_code", Cells.TEXT);
        p.put("sales_channel", Cells.enumOf(SalesChannel.class));
        p.put("branch_code", Cells.TEXT);
        p.put("licence_plate", Cells.identifier(LicencePlate::parse));
        p.put("start_date", Cells.DATE);
        p.put("end_date", Cells.DATE);
        p.put("premium", Cells.DECIMAL);
        p.put("sum_insured", Cells.DECIMAL);
        p.put("currency", Cells.CURRENCY);
        p.put("status", Cells.enumOf(PolicyStatus.class));
        p.put("previous_policy_number", Cells.TEXT);
        return p;
    }

    @Override
    String keyOf(Map<String, Object> cells, RowProblems problems) {
        Refs.checkOneCustomerKey(cells, problems);
        return requireKeyText(cells, "policy_number", 40, problems);
    }

    @Override
    String columnOf(String modelField) {
        switch (modelField) {
            case "holderId":
                return Refs.CUSTOMER_NID;
            case "branchId":
                return "branch_code";
            default:
                return super.columnOf(modelField);
        }
    }

    /**
     * Every row is first applied as a new policy; those valid as such go to
     * {@link io.insurcrm.core.policy.PolicyRepository#insertNew}, which inserts those whose number is
     * new and names the others (on PostgreSQL in one statement, without a separate probe of the
     * numbers). The stored ones, and the rows not valid as new policies, are then read in full in one
     * statement and applied again against what is stored ({@code unchanged}, {@code updated} or
     * rejected); a row not valid as a new policy whose number is not stored is rejected with the
     * problems it had as one. Counts, errors and writes are those of applying each row once against
     * what is stored, in file order.
     */
    @Override
    void apply(List<ParsedRow> rows, Instant now, BatchOutcome outcome) {
        Set<String> branchCodes = new HashSet<>();
        for (ParsedRow row : rows) {
            String branch = row.get("branch_code");
            if (branch != null) {
                branchCodes.add(branch);
            }
        }
        Refs.Customers customers = new Refs.Customers(ports.customers(), rows);
        Map<String, BranchId> branches = branchIds(branchCodes);

        BatchOutcome asNew = new BatchOutcome();
        List<Policy> inserts = new ArrayList<>(rows.size());
        Map<String, List<RowError>> notNew = new HashMap<>();
        for (ParsedRow row : rows) {
            int errors = asNew.errors.size();
            long rejected = asNew.rejectedRows;
            applyRow(row, null, customers, branches, now, asNew, inserts, null);
            if (asNew.rejectedRows > rejected) {
                notNew.put(row.key(), new ArrayList<>(asNew.errors.subList(errors, asNew.errors.size())));
            }
        }
        Set<String> stored = inserts.isEmpty() ? Set.of() : ports.policies().insertNew(inserts);
        outcome.inserted += inserts.size() - stored.size();
        if (stored.isEmpty() && notNew.isEmpty()) {
            return;
        }
        Set<String> numbers = new HashSet<>(stored);
        numbers.addAll(notNew.keySet());
        Map<String, Policy> existing = ports.policies().findByNumbers(numbers);
        List<Policy> updates = new ArrayList<>();
        for (ParsedRow row : rows) {
            if (!numbers.contains(row.key())) {
                continue; // inserted
            }
            Policy current = existing.get(row.key());
            if (current != null) {
                applyRow(row, current, customers, branches, now, outcome, null, updates);
            } else if (notNew.containsKey(row.key())) {
                outcome.reject(notNew.get(row.key()));
            } else {
                // policies are never deleted: a number the insert found stored is there
                throw new IllegalStateException("policy number reported stored is not found");
            }
        }
        if (!updates.isEmpty()) {
            ports.policies().updateAll(updates);
        }
    }

    /**
     * One row of {@link #apply}, in its own method so that the JIT compiles the per-row work once it
     * is hot (thousands of calls), instead of only through on-stack replacement of a loop in a method
     * called once per batch.
     */
    private void applyRow(ParsedRow row, Policy existing, Refs.Customers customers, Map<String, BranchId> branches,
            Instant now, BatchOutcome outcome, List<Policy> inserts, List<Policy> updates) {
        RowProblems problems = RowProblems.of(row);
        CustomerId holder = customers.resolve(row, existing == null ? null : existing.holderId(), "a new policy",
                problems);
        BranchId branchId = Refs.branch(row, existing == null ? null : existing.branchId(), branches,
                "a new policy", problems);
        Currency currency = row.orKeep("currency", existing == null ? Money.CNY : existing.premium().currency());
        BigDecimal premiumAmount = row.orElse("premium", existing == null ? null : existing.premium().amount());
        BigDecimal sumAmount = row.orElse("sum_insured",
                existing == null || existing.sumInsured() == null ? null : existing.sumInsured().amount());
        Money premium = Refs.money(premiumAmount, currency, "premium", problems);
        Money sumInsured = Refs.money(sumAmount, currency, "sum_insured", problems);
        PolicyStatus status = row.orKeep("status", existing == null ? PolicyStatus.IN_FORCE : existing.status());
        NewPolicy terms = null;
        try {
            terms = new NewPolicy(row.key(), holder,
                    row.orElse("product_line", existing == null ? null : existing.productLine()),
                    row.orElse("product_code", existing == null ? null : existing.productCode()),
                    row.orElse("sales_channel", existing == null ? null : existing.salesChannel()),
                    branchId,
                    row.orElse("licence_plate", existing == null ? null : existing.licencePlate()),
                    row.orElse("start_date", existing == null ? null : existing.startDate()),
                    row.orElse("end_date", existing == null ? null : existing.endDate()),
                    premium, sumInsured,
                    row.orElse("previous_policy_number", existing == null ? null : existing.previousPolicyNumber()));
        } catch (ValidationException e) {
            // a holder missing because the organisation code named nobody is already reported there
            problems.addAll(e, field -> "holderId".equals(field) && problems.has(Refs.CUSTOMER_ORG)
                    ? Refs.CUSTOMER_ORG : columnOf(field));
        }
        if (problems.rejectInto(outcome)) {
            return;
        }
        if (existing == null) {
            inserts.add(Policy.issue(new PolicyId(ports.ids().next()), terms, status, now));
            outcome.inserted++;
        } else if (existing.terms().equals(terms) && existing.status() == status) {
            outcome.unchanged++;
        } else {
            updates.add(existing.withTerms(terms, status, now));
            outcome.updated++;
        }
    }
}
