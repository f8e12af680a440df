package io.insurcrm.core.importing;

import java.util.List;

/**
 * What a file holds, with its columns (CSV header names, or JSON-lines field names) and its natural
 * key. Column names are lower-case snake case; unknown columns are refused before anything is
 * written (a typo would otherwise silently drop data); absent optional columns are empty.
 * Dates are ISO {@code yyyy-MM-dd}; instants ISO-8601 ({@code 2026-01-31T09:30:00Z}, or a local
 * date-time read in the importer's zone); money is a plain decimal with an optional {@code currency}
 * column (CNY by default); enums by their constant name, any case.
 */
public enum ImportKind {
    /** Natural key {@code code}. Parents before children (rows are applied in file order). */
    BRANCHES("code", List.of("code", "name", "level", "parent_code", "region")),

    /**
     * Natural key {@code national_id} (individuals) or {@code organisation_code} (corporates).
     * {@code household_code} and {@code household_relationship} put the customer into a household.
     */
    CUSTOMERS("national_id|organisation_code", List.of("kind", "name", "national_id", "organisation_code", "gender",
            "date_of_birth", "native_place", "marital_status", "education", "mobile", "email", "employer",
            "department", "position", "occupation", "occupation_class", "industry", "work_province", "work_city",
            "work_district", "work_line", "work_postcode", "home_province", "home_city", "home_district",
            "home_line", "home_postcode", "work_phone", "home_phone", "fax", "life_situation", "branch_code",
            "household_code", "household_relationship")),

    /** Natural key {@code policy_number}; the holder by {@code customer_national_id} or {@code customer_organisation_code}. */
    POLICIES("policy_number", List.of("policy_number", "customer_national_id", "customer_organisation_code",
            "product_line", "product_code", "sales_channel", "branch_code", "licence_plate", "start_date",
            "end_date", "premium", "sum_insured", "currency", "status", "previous_policy_number")),

    /** Natural key {@code claim_number}; the policy by {@code policy_number}. */
    CLAIMS("claim_number", List.of("claim_number", "policy_number", "loss_date", "reported_date", "settled_date",
            "claimed_amount", "paid_amount", "currency", "status", "litigation", "cause")),

    /** Natural key {@code source_ref}; the customer by {@code customer_national_id} or {@code customer_organisation_code}. */
    INTERACTIONS("source_ref", List.of("source_ref", "customer_national_id", "customer_organisation_code", "channel",
            "type", "occurred_at", "staff_id", "summary"));

    private final String naturalKey;
    private final List<String> columns;

    ImportKind(String naturalKey, List<String> columns) {
        this.naturalKey = naturalKey;
        this.columns = columns;
    }

    /** The column(s) that identify a row across re-runs. */
    public String naturalKey() {
        return naturalKey;
    }

    /** Every column this kind understands. */
    public List<String> columns() {
        return columns;
    }
}
