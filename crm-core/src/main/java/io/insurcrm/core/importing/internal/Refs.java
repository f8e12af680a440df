package io.insurcrm.core.importing.internal;

import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.importing.internal.BatchOutcome.RowProblems;
import io.insurcrm.core.organisation.BranchId;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Shared pieces of the kinds that reference a customer or carry money. */
final class Refs {
    static final String CUSTOMER_NID = "customer_national_id";
    static final String CUSTOMER_ORG = "customer_organisation_code";

    private Refs() {
    }

    /**
     * The branch a row names in {@code branch_code}, or {@code current} when the column is blank;
     * reports an unknown code, and a blank code for a new record ({@code current} null).
     */
    static BranchId branch(ParsedRow row, BranchId current, Map<String, BranchId> branches, String newWhat,
            RowProblems problems) {
        String code = row.get("branch_code");
        if (code == null) {
            if (current == null) {
                problems.add("branch_code", "required", "is required for " + newWhat);
            }
            return current;
        }
        BranchId branch = branches.get(code);
        if (branch == null) {
            problems.add("branch_code", "exists", "names no known branch");
            return current;
        }
        return branch;
    }

    /** A row names its customer by ID number or by organisation code, not both. */
    static void checkOneCustomerKey(Map<String, Object> cells, RowProblems problems) {
        if (cells.get(CUSTOMER_NID) != null && cells.get(CUSTOMER_ORG) != null) {
            problems.add(CUSTOMER_ORG, "one-of", "give " + CUSTOMER_NID + " or " + CUSTOMER_ORG + ", not both");
        }
    }

    /** The customers a batch names, resolved to their ids with one key-to-id query (both sorts of key in one). */
    static final class Customers {
        private final Map<NationalIdNumber, CustomerId> byNid;
        private final Map<OrganisationCode, CustomerId> byOrg;

        Customers(CustomerRepository repository, Collection<ParsedRow> rows) {
            Set<NationalIdNumber> nids = new HashSet<>();
            Set<OrganisationCode> orgs = new HashSet<>();
            for (ParsedRow row : rows) {
                NationalIdNumber nid = row.get(CUSTOMER_NID);
                OrganisationCode org = row.get(CUSTOMER_ORG);
                if (nid != null) {
                    nids.add(nid);
                }
                if (org != null) {
                    orgs.add(org);
                }
            }
            CustomerRepository.CustomerIds ids = repository.findIdsByKeys(nids, orgs);
            byNid = ids.byNationalId();
            byOrg = ids.byOrganisationCode();
        }

        /**
         * The customer the row names, {@code current} if it names none, or {@code null} after
         * adding a problem ({@code exists}, or {@code required} if there is no current one either).
         */
        CustomerId resolve(ParsedRow row, CustomerId current, String whatFor, RowProblems problems) {
            NationalIdNumber nid = row.get(CUSTOMER_NID);
            OrganisationCode org = row.get(CUSTOMER_ORG);
            if (nid != null) {
                return found(byNid.get(nid), CUSTOMER_NID, problems);
            }
            if (org != null) {
                return found(byOrg.get(org), CUSTOMER_ORG, problems);
            }
            if (current == null) {
                problems.add(CUSTOMER_NID, "required", CUSTOMER_NID + " or " + CUSTOMER_ORG + " is required for "
                        + whatFor);
            }
            return current;
        }

        private static CustomerId found(CustomerId customer, String column, RowProblems problems) {
            if (customer == null) {
                problems.add(column, "exists", "names no known customer");
            }
            return customer;
        }
    }

    /** Money from an amount and a currency, or null (a scale problem is reported on {@code column}). */
    static Money money(BigDecimal amount, Currency currency, String column, RowProblems problems) {
        if (amount == null) {
            return null;
        }
        try {
            return Money.of(amount, currency);
        } catch (ValidationException e) {
            problems.addAll(e, field -> column);
            return null;
        }
    }
}
