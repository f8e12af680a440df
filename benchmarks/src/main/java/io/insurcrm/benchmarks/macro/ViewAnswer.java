package io.insurcrm.benchmarks.macro;

import io.insurcrm.core.view.CustomerCard;
import io.insurcrm.core.view.Customer360;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What both sides of the 360° phase must agree on for one lookup: whose view it is (by natural key)
 * and its size and totals.
 *
 * @param customerKey ID number or organisation code; null if nothing was found
 */
record ViewAnswer(String customerKey, int policies, int policiesInForce, int claims, String premiumWritten,
        String claimsPaid, int interactions, int householdMembers) {

    static final ViewAnswer NOT_FOUND = new ViewAnswer(null, 0, 0, 0, "0", "0", 0, 0);

    static ViewAnswer of(Optional<Customer360> found) {
        if (found.isEmpty()) {
            return NOT_FOUND;
        }
        Customer360 v = found.get();
        CustomerCard c = v.customer(); // the benchmark's actor has full clearance: identifiers come in clear
        String key = c.nationalId() != null ? c.nationalId() : c.organisationCode();
        Customer360.Totals t = v.totals();
        return new ViewAnswer(key, t.policiesTotal(), t.policiesInForce(), t.claimsTotal(),
                amount(t.premiumWritten().amount()), amount(t.claimsPaid().amount()), v.interactions().size(),
                v.household().map(h -> h.members().size()).orElse(0));
    }

    static String amount(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
