package io.insurcrm.core.importing.internal;

import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimId;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.internal.BatchOutcome.RowProblems;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CLAIMS, keyed by {@code claim_number}; the policy by {@code policy_number} (required for a new
 * claim). The claim's customer is the policy's holder. Amounts are in {@code currency}, which
 * defaults to the policy's currency and must equal it; {@code status} defaults to REPORTED and
 * {@code litigation} to false. A reported date in the future is refused, as in the claim service.
 */
final class ClaimImport extends KindHandler {

    ClaimImport(ImportPorts ports, ImportOptions options) {
        super(ImportKind.CLAIMS, ports, options);
    }

    @Override
    Map<String, Cells.Parser> parsers() {
        Map<String, Cells.Parser> p = new HashMap<>();
        p.put("claim_number", Cells.TEXT);
        p.put("policy_number", Cells.TEXT);
        p.put("loss_date", Cells.DATE);
        p.put("reported_date", Cells.DATE);
        p.put("settled_date", Cells.DATE);
        p.put("claimed_amount", Cells.DECIMAL);
        p.put("paid_amount", Cells.DECIMAL);
        p.put("currency", Cells.CURRENCY);
        p.put("status", Cells.enumOf(ClaimStatus.class));
        p.put("litigation", Cells.BOOLEAN);
        p.put("cause", Cells.TEXT);
        return p;
    }

    @Override
    String keyOf(Map<String, Object> cells, RowProblems problems) {
        return requireKeyText(cells, "claim_number", 40, problems);
    }

    @Override
    String columnOf(String modelField) {
        if ("policyId".equals(modelField) || "customerId".equals(modelField)) {
            return "policy_number";
        }
        return super.columnOf(modelField);
    }

    @Override
    void apply(List<ParsedRow> rows, Instant now, BatchOutcome outcome) {
        List<String> numbers = new ArrayList<>(rows.size());
        Set<String> policyNumbers = new HashSet<>();
        for (ParsedRow row : rows) {
            numbers.add(row.key());
            String pn = row.get("policy_number");
            if (pn != null) {
                policyNumbers.add(pn);
            }
        }
        Set<String> known = ports.claims().findExistingNumbers(numbers);
        Map<String, Claim> stored = known.isEmpty() ? Map.of() : ports.claims().findByNumbers(known);
        // only what a claim takes from its policy: id, holder, currency
        Map<String, PolicyRepository.ClaimTarget> policies = policyNumbers.isEmpty() ? Map.of()
                : ports.policies().findClaimTargets(policyNumbers);
        LocalDate today = LocalDate.ofInstant(now, options.zone());

        List<Claim> inserts = new ArrayList<>();
        List<Claim> updates = new ArrayList<>();
        for (ParsedRow row : rows) {
            applyRow(row, stored.get(row.key()), policies, today, now, outcome, inserts, updates);
        }
        if (!inserts.isEmpty()) {
            ports.claims().insertAll(inserts);
        }
        if (!updates.isEmpty()) {
            ports.claims().updateAll(updates);
        }
    }

    /**
     * One row of {@link #apply}, in its own method so that the JIT compiles the per-row work once it
     * is hot (thousands of calls), instead of only through on-stack replacement of a loop in a method
     * called once per batch.
     */
    private void applyRow(ParsedRow row, Claim existing, Map<String, PolicyRepository.ClaimTarget> policies,
            LocalDate today, Instant now, BatchOutcome outcome, List<Claim> inserts, List<Claim> updates) {
        RowProblems problems = RowProblems.of(row);
        PolicyId policyId = existing == null ? null : existing.policyId();
        CustomerId customerId = existing == null ? null : existing.customerId();
        // a stored claim is in its policy's currency (the claim service and this importer keep it so)
        Currency policyCurrency = existing == null ? null : existing.claimedAmount().currency();
        String policyNumber = row.get("policy_number");
        if (policyNumber != null) {
            PolicyRepository.ClaimTarget policy = policies.get(policyNumber);
            if (policy == null) {
                problems.add("policy_number", "exists", "names no known policy");
            } else {
                policyId = policy.id();
                customerId = policy.holderId();
                policyCurrency = policy.currency();
            }
        } else if (policyId == null) {
            problems.add("policy_number", "required", "is required for a new claim");
        }
        Currency currency = row.orKeep("currency", policyCurrency != null ? policyCurrency : Money.CNY);
        if (policyCurrency != null && !currency.equals(policyCurrency)) {
            problems.add("currency", "currency", "must be the policy's currency");
        }
        BigDecimal claimed = row.orElse("claimed_amount", existing == null ? null : existing.claimedAmount().amount());
        BigDecimal paid = row.orElse("paid_amount",
                existing == null || existing.paidAmount() == null ? null : existing.paidAmount().amount());
        Money claimedAmount = Refs.money(claimed, currency, "claimed_amount", problems);
        Money paidAmount = Refs.money(paid, currency, "paid_amount", problems);
        ClaimStatus status = row.orKeep("status", existing == null ? ClaimStatus.REPORTED : existing.status());
        boolean litigation = row.<Boolean>orKeep("litigation", existing != null && existing.litigation());
        LocalDate reported = row.orElse("reported_date", existing == null ? null : existing.reportedDate());
        if (reported != null && reported.isAfter(today)) {
            problems.add("reported_date", "past", "must not be in the future");
        }
        NewClaim terms = null;
        try {
            terms = new NewClaim(row.key(), policyId,
                    row.orElse("loss_date", existing == null ? null : existing.lossDate()),
                    reported,
                    row.orElse("settled_date", existing == null ? null : existing.settledDate()),
                    claimedAmount, paidAmount, status, litigation,
                    row.orElse("cause", existing == null ? null : existing.cause()));
        } catch (ValidationException e) {
            problems.addAll(e, this::columnOf);
        }
        if (problems.rejectInto(outcome)) {
            return;
        }
        if (existing == null) {
            inserts.add(Claim.file(new ClaimId(ports.ids().next()), customerId, terms, now));
            outcome.inserted++;
        } else if (existing.terms().equals(terms) && existing.customerId().equals(customerId)) {
            outcome.unchanged++;
        } else {
            updates.add(new Claim(existing.id(), existing.version() + 1, terms.claimNumber(), terms.policyId(),
                    customerId, terms.lossDate(), terms.reportedDate(), terms.settledDate(), terms.claimedAmount(),
                    terms.paidAmount(), terms.status(), terms.litigation(), terms.cause(), existing.createdAt(),
                    now));
            outcome.updated++;
        }
    }
}
