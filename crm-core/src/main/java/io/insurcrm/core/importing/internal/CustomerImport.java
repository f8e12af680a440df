package io.insurcrm.core.importing.internal;

import io.insurcrm.core.blacklist.BlacklistHit;
import io.insurcrm.core.blacklist.BlacklistScreen;
import io.insurcrm.core.blacklist.MatchedOn;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.Education;
import io.insurcrm.core.customer.Gender;
import io.insurcrm.core.customer.HouseholdId;
import io.insurcrm.core.customer.HouseholdMembership;
import io.insurcrm.core.customer.MaritalStatus;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.identifier.EmailAddress;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.internal.BatchOutcome.RowProblems;
import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * CUSTOMERS, keyed by {@code national_id} (individuals) or {@code organisation_code} (corporates).
 * {@code kind} may be left out: a row with only an organisation code is a corporate.
 * {@code branch_code} is required for a new customer and keeps the stored branch when blank.
 * {@code household_code} with {@code household_relationship} puts the customer into that household
 * (created if new); leaving both out leaves the membership as it is (an import never removes a
 * membership). A row whose only change is its household counts as {@code updated}.
 *
 * <p>Mobile numbers are unique: two rows of one batch with one mobile for two customers reject the
 * later row ({@code mobile}, {@code unique}) before anything is written; a clash with a stored
 * customer surfaces as the repository's DuplicateException and is isolated row by row.
 *
 * <p>New customers, and stored ones moved to another branch, are screened against the blacklist in
 * one query per batch; a hit rejects the row with rule {@code blacklisted} on the matching column
 * ({@code national_id}, {@code mobile}, or {@code name} for name + date of birth), naming the entry
 * and its reason code only.
 */
final class CustomerImport extends KindHandler {
    private static final String[] ADDRESS_PARTS = {"province", "city", "district", "line", "postcode"};
    private static final Map<MatchedOn, String> BLACKLIST_COLUMNS = Map.of(MatchedOn.NATIONAL_ID, "national_id",
            MatchedOn.MOBILE, "mobile", MatchedOn.NAME_AND_BIRTH_DATE, "name");

    CustomerImport(ImportPorts ports, ImportOptions options) {
        super(ImportKind.CUSTOMERS, ports, options);
    }

    @Override
    Map<String, Cells.Parser> parsers() {
        Map<String, Cells.Parser> p = new HashMap<>();
        for (String column : ImportKind.CUSTOMERS.columns()) {
            p.put(column, Cells.TEXT);
        }
        p.put("kind", Cells.enumOf(CustomerKind.class));
        p.put("national_id", Cells.identifier(NationalIdNumber::parse));
        p.put("organisation_code", Cells.identifier(OrganisationCode::parse));
        p.put("gender", Cells.enumOf(Gender.class));
        p.put("date_of_birth", Cells.DATE);
        p.put("marital_status", Cells.enumOf(MaritalStatus.class));
        p.put("education", Cells.enumOf(Education.class));
        p.put("mobile", Cells.identifier(MobileNumber::parse));
        p.put("email", Cells.identifier(EmailAddress::parse));
        p.put("occupation_class", Cells.INTEGER);
        p.put("household_relationship", Cells.enumOf(Relationship.class));
        return p;
    }

    @Override
    String keyOf(Map<String, Object> cells, RowProblems problems) {
        CustomerKind kind = (CustomerKind) cells.get("kind");
        NationalIdNumber nid = (NationalIdNumber) cells.get("national_id");
        OrganisationCode org = (OrganisationCode) cells.get("organisation_code");
        String householdCode = (String) cells.get("household_code");
        Relationship relationship = (Relationship) cells.get("household_relationship");
        if (householdCode != null && relationship == null) {
            problems.add("household_relationship", "required", "is required with household_code");
        }
        if (householdCode == null && relationship != null) {
            problems.add("household_code", "required", "is required with household_relationship");
        }
        if (householdCode != null && householdCode.length() > 64) {
            problems.add("household_code", "max-length", "must be at most 64 characters");
        }
        if (problems.has("kind") || problems.has("national_id") || problems.has("organisation_code")) {
            return null;
        }
        if (kind == null) {
            kind = nid == null && org != null ? CustomerKind.CORPORATE : CustomerKind.INDIVIDUAL;
        }
        if (kind == CustomerKind.CORPORATE) {
            if (org == null) {
                problems.add("organisation_code", "required", "is required for a corporate customer");
                return null;
            }
            return "O:" + org.value();
        }
        if (nid == null) {
            problems.add("national_id", "required",
                    "is required for an individual customer (a corporate needs organisation_code)");
            return null;
        }
        return "N:" + nid.value();
    }

    @Override
    String keyColumn(ParsedRow row) {
        return row.key().startsWith("O:") ? "organisation_code" : "national_id";
    }

    @Override
    String columnOf(String modelField) {
        return "branchId".equals(modelField) ? "branch_code" : super.columnOf(modelField);
    }

    private record Membership(CustomerId customerId, String code, Relationship relationship, boolean otherwiseUnchanged,
            boolean newCustomer) {
    }

    /**
     * The stored customers of these keys, by row key: one key-to-id query for both sorts of key, then full
     * rows only for the keys that exist (none for new customers, the import's common case).
     */
    private Map<String, Customer> stored(Set<NationalIdNumber> nids, Set<OrganisationCode> orgs) {
        CustomerRepository.CustomerIds keyed = ports.customers().findIdsByKeys(nids, orgs);
        Map<NationalIdNumber, CustomerId> nidIds = keyed.byNationalId();
        Map<OrganisationCode, CustomerId> orgIds = keyed.byOrganisationCode();
        if (nidIds.isEmpty() && orgIds.isEmpty()) {
            return Map.of();
        }
        Set<CustomerId> ids = new HashSet<>(nidIds.values());
        ids.addAll(orgIds.values());
        Map<CustomerId, Customer> found = ports.customers().findByIds(ids);
        Map<String, Customer> byKey = new HashMap<>();
        nidIds.forEach((nid, id) -> putFound(byKey, "N:" + nid.value(), found.get(id)));
        orgIds.forEach((org, id) -> putFound(byKey, "O:" + org.value(), found.get(id)));
        return byKey;
    }

    private static void putFound(Map<String, Customer> byKey, String key, Customer customer) {
        if (customer != null) { // gone between the two reads: treated as new
            byKey.put(key, customer);
        }
    }

    @Override
    void apply(List<ParsedRow> rows, Instant now, BatchOutcome outcome) {
        Set<NationalIdNumber> nids = new HashSet<>();
        Set<OrganisationCode> orgs = new HashSet<>();
        Set<String> branchCodes = new HashSet<>();
        for (ParsedRow row : rows) {
            // the key is "N:" + the row's parsed national_id, or "O:" + its organisation_code
            if (row.key().startsWith("N:")) {
                nids.add(row.get("national_id"));
            } else {
                orgs.add(row.get("organisation_code"));
            }
            String branch = row.get("branch_code");
            if (branch != null) {
                branchCodes.add(branch);
            }
        }
        Map<String, Customer> stored = stored(nids, orgs);
        Map<String, BranchId> branches = branchIds(branchCodes);
        LocalDate today = LocalDate.ofInstant(now, options.zone());

        Map<MobileNumber, String> mobiles = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (ParsedRow row : rows) {
            candidates.add(candidate(row, stored.get(row.key()), branches, today, mobiles));
        }
        Map<Integer, BlacklistHit> hits = screen(candidates, now);

        List<Customer> inserts = new ArrayList<>();
        List<Customer> updates = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            applyRow(candidates.get(i), hits.get(i), now, outcome, inserts, updates, memberships);
        }
        if (!inserts.isEmpty()) {
            ports.customers().insertAll(inserts);
        }
        if (!updates.isEmpty()) {
            ports.customers().updateAll(updates);
        }
        applyMemberships(memberships, outcome);
    }

    /**
     * The per-row steps of {@link #apply} are methods of their own so that the JIT compiles them once
     * they are hot (thousands of calls), instead of only through on-stack replacement of loops in a
     * method called once per batch.
     */
    private Candidate candidate(ParsedRow row, Customer existing, Map<String, BranchId> branches, LocalDate today,
            Map<MobileNumber, String> mobiles) {
        RowProblems problems = RowProblems.of(row);
        boolean corporate = row.key().startsWith("O:");

        BranchId branchId = Refs.branch(row, existing == null ? null : existing.branchId(), branches,
                "a new customer", problems);
        if (branchId != null && (!ports.inScope(branchId)
                || (existing != null && !ports.inScope(existing.branchId())))) {
            problems.add("branch_code", "scope", "is outside the branches the importing actor may write");
        }

        CustomerProfile profile = profile(row, existing == null ? null : existing.profile(),
                corporate ? CustomerKind.CORPORATE : CustomerKind.INDIVIDUAL, problems);
        if (profile != null && profile.dateOfBirth() != null && profile.dateOfBirth().isAfter(today)) {
            problems.add("date_of_birth", "past", "must not be in the future");
        }
        // only a mobile this row sets can clash within the batch; a stored one is the database's to guard
        if (profile != null && profile.mobile() != null && !problems.any()
                && (existing == null || !profile.mobile().equals(existing.profile().mobile()))) {
            String owner = mobiles.putIfAbsent(profile.mobile(), row.key());
            if (owner != null && !owner.equals(row.key())) {
                problems.add("mobile", "unique", "is already given to another customer earlier in this batch");
            }
        }
        return new Candidate(row, problems, existing, branchId, profile);
    }

    /** Writes (or keeps) one screened candidate; see {@link #candidate}. */
    private void applyRow(Candidate c, BlacklistHit hit, Instant now, BatchOutcome outcome, List<Customer> inserts,
            List<Customer> updates, List<Membership> memberships) {
        ParsedRow row = c.row();
        RowProblems problems = c.problems();
        Customer existing = c.existing();
        BranchId branchId = c.branchId();
        CustomerProfile profile = c.profile();
        if (hit != null) {
            problems.add(BLACKLIST_COLUMNS.get(hit.matchedOn()), "blacklisted", "matches blacklist entry "
                    + hit.entryId() + " (reason " + hit.reasonCode() + ")");
        }
        if (problems.rejectInto(outcome)) {
            return;
        }

        Customer next;
        boolean unchanged = false;
        if (existing == null) {
            next = new Customer(new CustomerId(ports.ids().next()), 1, profile, branchId, now, now);
            inserts.add(next);
            outcome.inserted++;
        } else if (existing.profile().equals(profile) && existing.branchId().equals(branchId)) {
            next = existing;
            unchanged = true;
        } else {
            next = existing.withProfile(profile, branchId, now);
            updates.add(next);
            outcome.updated++;
        }
        String householdCode = row.get("household_code");
        if (householdCode != null) {
            memberships.add(new Membership(next.id(), householdCode, row.get("household_relationship"), unchanged,
                    existing == null));
        } else if (unchanged) {
            outcome.unchanged++;
        }
    }

    /** A row after the merge with what is stored, before it is written. */
    private record Candidate(ParsedRow row, RowProblems problems, Customer existing, BranchId branchId,
            CustomerProfile profile) {
    }

    /**
     * Screens, in one query, the rows that bring a person in: new customers, and stored ones moved to
     * another branch. Rows with problems already are not screened.
     */
    private Map<Integer, BlacklistHit> screen(List<Candidate> candidates, Instant now) {
        if (ports.blacklist() == null) {
            return Map.of();
        }
        List<BlacklistScreen.Subject> subjects = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            boolean entering = c.existing() == null || !c.existing().branchId().equals(c.branchId());
            subjects.add(new BlacklistScreen.Subject(
                    entering && !c.problems().any() && c.profile() != null ? PersonKey.of(c.profile()) : null,
                    c.branchId()));
        }
        return ports.blacklist().checkAll(subjects, now);
    }

    private void applyMemberships(List<Membership> memberships, BatchOutcome outcome) {
        if (memberships.isEmpty()) {
            return;
        }
        Set<String> codes = new LinkedHashSet<>();
        List<CustomerId> storedIds = new ArrayList<>();
        for (Membership m : memberships) {
            codes.add(m.code());
            if (!m.newCustomer()) { // a customer inserted by this batch has no membership yet
                storedIds.add(m.customerId());
            }
        }
        Map<String, HouseholdId> households = ports.households().ensure(codes, () -> new HouseholdId(ports.ids().next()));
        Map<CustomerId, HouseholdMembership> current = storedIds.isEmpty() ? Map.of()
                : ports.households().findMemberships(storedIds);
        List<HouseholdMembership> changed = new ArrayList<>();
        List<HouseholdMembership> added = new ArrayList<>(); // of customers inserted by this batch: nothing to replace
        for (Membership m : memberships) {
            HouseholdMembership wanted = new HouseholdMembership(households.get(m.code()), m.customerId(),
                    m.relationship());
            boolean differs = !wanted.equals(current.get(m.customerId()));
            if (m.newCustomer()) {
                added.add(wanted);
            } else if (differs) {
                changed.add(wanted);
            }
            if (m.otherwiseUnchanged()) {
                if (differs) {
                    outcome.updated++;
                } else {
                    outcome.unchanged++;
                }
            }
        }
        if (!added.isEmpty()) {
            ports.households().addAll(added);
        }
        if (!changed.isEmpty()) {
            ports.households().putAll(changed);
        }
    }

    /** Merges the row over the stored profile (if any) and validates; null after adding problems. */
    private CustomerProfile profile(ParsedRow row, CustomerProfile cur, CustomerKind kind, RowProblems problems) {
        CustomerProfile.Builder b = cur != null ? cur.toBuilder() : CustomerProfile.individual(null);
        b.kind(kind);
        b.name(value(row, "name", cur, CustomerProfile::name));
        b.gender(value(row, "gender", cur, CustomerProfile::gender));
        b.dateOfBirth(value(row, "date_of_birth", cur, CustomerProfile::dateOfBirth));
        b.nativePlace(value(row, "native_place", cur, CustomerProfile::nativePlace));
        b.maritalStatus(value(row, "marital_status", cur, CustomerProfile::maritalStatus));
        b.education(value(row, "education", cur, CustomerProfile::education));
        b.nationalId(this.<NationalIdNumber>value(row, "national_id", cur, CustomerProfile::nationalId));
        b.organisationCode(this.<OrganisationCode>value(row, "organisation_code", cur,
                CustomerProfile::organisationCode));
        b.mobile(this.<MobileNumber>value(row, "mobile", cur, CustomerProfile::mobile));
        b.email(this.<EmailAddress>value(row, "email", cur, CustomerProfile::email));
        b.employer(value(row, "employer", cur, CustomerProfile::employer));
        b.department(value(row, "department", cur, CustomerProfile::department));
        b.position(value(row, "position", cur, CustomerProfile::position));
        b.occupation(value(row, "occupation", cur, CustomerProfile::occupation));
        b.occupationClass(value(row, "occupation_class", cur, CustomerProfile::occupationClass));
        b.industry(value(row, "industry", cur, CustomerProfile::industry));
        b.workAddress(address(row, "work_", cur == null ? null : cur.workAddress(), problems));
        b.homeAddress(address(row, "home_", cur == null ? null : cur.homeAddress(), problems));
        b.workPhone(value(row, "work_phone", cur, CustomerProfile::workPhone));
        b.homePhone(value(row, "home_phone", cur, CustomerProfile::homePhone));
        b.fax(value(row, "fax", cur, CustomerProfile::fax));
        b.lifeSituation(value(row, "life_situation", cur, CustomerProfile::lifeSituation));
        try {
            return b.build();
        } catch (ValidationException e) {
            problems.addAll(e, this::columnOf);
            return null;
        }
    }

    private <T> T value(ParsedRow row, String column, CustomerProfile cur, Function<CustomerProfile, T> stored) {
        return row.orElse(column, cur == null ? null : stored.apply(cur));
    }

    /** The address from the {@code prefix*} columns over the stored one; untouched if none is supplied. */
    private static Address address(ParsedRow row, String prefix, Address cur, RowProblems problems) {
        boolean any = false;
        for (String part : ADDRESS_PARTS) {
            any |= row.has(prefix + part);
        }
        if (!any) {
            return cur;
        }
        String province = row.orElse(prefix + "province", cur == null ? null : cur.province());
        String city = row.orElse(prefix + "city", cur == null ? null : cur.city());
        String district = row.orElse(prefix + "district", cur == null ? null : cur.district());
        String line = row.orElse(prefix + "line", cur == null ? null : cur.line());
        String postcode = row.orElse(prefix + "postcode", cur == null ? null : cur.postcode());
        if (province == null && city == null && district == null && line == null && postcode == null) {
            return null;
        }
        try {
            return new Address(province, city, district, line, postcode);
        } catch (ValidationException e) {
            problems.addAll(e, field -> prefix + field);
            return null;
        }
    }
}
