package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.CLAIM;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER;
import static io.insurcrm.storage.internal.jooq.Tables.INTERACTION;
import static io.insurcrm.storage.internal.jooq.Tables.POLICY;

import io.insurcrm.core.access.Customer360Source;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.audit.AuditRecord;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimId;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.Education;
import io.insurcrm.core.customer.Gender;
import io.insurcrm.core.customer.MaritalStatus;
import io.insurcrm.core.identifier.EmailAddress;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionId;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.customer.HouseholdId;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.view.CustomerLookup;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * The 360° reads as fixed, hand-written SQL ({@link PlainSql}): the statements are the same text
 * on every call, so neither jOOQ rendering nor the database's parser runs per view, and rows are
 * mapped by column position straight to the model, without jOOQ records. Column lists and positions
 * come from the generated tables, so they follow the migrations. A scope other than {@link RowScope.All} is
 * rendered by jOOQ ({@link JooqCustomerScopeRepository#condition(RowScope,
 * io.insurcrm.storage.internal.jooq.tables.Customer)}) into the same statement.
 */
final class JooqCustomer360Source implements Customer360Source {
    /** The customer (alias c), his household and its members (m, their names from mc); one row per member. */
    private static final String SUBJECT_SELECT = "SELECT " + columns("c", CUSTOMER)
            + ", h.id, h.code, m.customer_id, mc.name, m.relationship";
    private static final String SUBJECT_FROM = " FROM customer c"
            + " LEFT JOIN household_member s ON s.customer_id = c.id"
            + " LEFT JOIN household h ON h.id = s.household_id"
            + " LEFT JOIN household_member m ON m.household_id = h.id"
            + " LEFT JOIN customer mc ON mc.id = m.customer_id WHERE ";
    private static final int CUSTOMER_WIDTH = CUSTOMER.fields().length;

    private static final String POLICIES_WITH_CLAIMS = "SELECT " + columns("p", POLICY) + ", " + columns("cl", CLAIM)
            + " FROM policy p LEFT JOIN claim cl ON cl.policy_id = p.id AND cl.customer_id = p.holder_id"
            + " WHERE p.holder_id = ? ORDER BY p.start_date DESC, p.id DESC, cl.loss_date DESC, cl.id DESC";
    private static final int POLICY_WIDTH = POLICY.fields().length;
    private static final int P_ID = at(1, POLICY, POLICY.ID);

    private static final String INTERACTIONS = "SELECT " + columns("i", INTERACTION)
            + " FROM interaction i WHERE i.customer_id = ? ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?";

    private static final io.insurcrm.storage.internal.jooq.tables.Customer C = CUSTOMER.as("c");
    private static final io.insurcrm.storage.internal.jooq.tables.Customer MC = CUSTOMER.as("mc");

    /** PostgreSQL: the staging insert of the audit records as a data-modifying WITH of the interactions query. */
    private static final String STAGE_WITH = "WITH staged AS (INSERT INTO " + JooqAuditRepository.STAGING_COLUMNS
            + " VALUES ";

    private final DSLContext dsl;
    private final JooqAuditRepository audit;
    private final boolean postgres;

    @Inject
    JooqCustomer360Source(DSLContext dsl, JooqAuditRepository audit) {
        this.dsl = dsl;
        this.audit = audit;
        this.postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    @Override
    public Optional<Subject> find(CustomerLookup lookup, RowScope scope) {
        if (scope instanceof RowScope.None) {
            return Optional.empty();
        }
        boolean all = scope instanceof RowScope.All;
        List<Object> binds = new ArrayList<>(4);
        StringBuilder sql = new StringBuilder(SUBJECT_SELECT.length() + SUBJECT_FROM.length() + 200)
                .append(SUBJECT_SELECT);
        if (!all) { // members outside the scope are read but flagged, then left out
            Condition member = JooqCustomerScopeRepository.condition(scope, MC);
            sql.append(", CASE WHEN ").append(dsl.render(member)).append(" THEN 1 ELSE 0 END");
            binds.addAll(dsl.extractBindValues(member));
        }
        sql.append(SUBJECT_FROM).append(key(lookup, binds));
        if (!all) {
            Condition customer = JooqCustomerScopeRepository.condition(scope, C);
            sql.append(" AND ").append(dsl.render(customer));
            binds.addAll(dsl.extractBindValues(customer));
        }
        return query(sql.toString(), binds, rs -> {
            if (!rs.next()) {
                return Optional.empty();
            }
            Customer customer = customer(rs);
            int h = CUSTOMER_WIDTH + 1;
            UUID householdId = rs.getObject(h, UUID.class);
            if (householdId == null) {
                return Optional.of(new Subject(customer, Optional.empty()));
            }
            String code = rs.getString(h + 1);
            List<Household.Member> members = new ArrayList<>(4);
            do {
                UUID member = rs.getObject(h + 2, UUID.class);
                if (member != null && (all || rs.getInt(h + 5) == 1)) {
                    members.add(new Household.Member(new CustomerId(member), rs.getString(h + 3),
                            Relationship.valueOf(rs.getString(h + 4))));
                }
            } while (rs.next());
            members.sort(JooqHouseholdRepository.MEMBER_ORDER);
            return Optional.of(new Subject(customer,
                    Optional.of(new Household(new HouseholdId(householdId), code, members))));
        });
    }

    /** The WHERE condition on {@code c} for the lookup; adds its bind value. */
    private static String key(CustomerLookup lookup, List<Object> binds) {
        if (lookup instanceof CustomerLookup.ById byId) {
            binds.add(byId.id().value());
            return "c.id = ?";
        } else if (lookup instanceof CustomerLookup.ByNationalId byNid) {
            binds.add(byNid.nationalId().value());
            return "c.national_id = ?";
        } else if (lookup instanceof CustomerLookup.ByMobile byMobile) {
            binds.add(byMobile.mobile().value());
            return "c.mobile = ?";
        } else if (lookup instanceof CustomerLookup.ByLicencePlate byPlate) {
            // the holder of the newest policy on the vehicle, as PolicyRepository.findHolderByLicencePlate
            binds.add(byPlate.plate().value());
            return "c.id = (SELECT p.holder_id FROM policy p WHERE p.licence_plate = ?"
                    + " ORDER BY p.start_date DESC, p.id DESC LIMIT 1)";
        } else if (lookup instanceof CustomerLookup.ByPolicyNumber byNumber) {
            binds.add(byNumber.policyNumber());
            return "c.id = (SELECT p.holder_id FROM policy p WHERE p.policy_number = ?)";
        }
        throw new IllegalArgumentException("unknown lookup " + lookup.getClass().getSimpleName());
    }

    @Override
    public List<Customer360.PolicyWithClaims> policiesWithClaims(CustomerId holder) {
        return query(POLICIES_WITH_CLAIMS, List.of(holder.value()), rs -> {
            List<Customer360.PolicyWithClaims> out = new ArrayList<>();
            Policy policy = null;
            List<Claim> claims = new ArrayList<>();
            while (rs.next()) {
                UUID policyId = rs.getObject(P_ID, UUID.class);
                if (policy == null || !policy.id().value().equals(policyId)) {
                    if (policy != null) {
                        out.add(new Customer360.PolicyWithClaims(policy, claims));
                        claims = new ArrayList<>();
                    }
                    policy = policy(rs, policyId);
                }
                UUID claimId = rs.getObject(CL_ID, UUID.class);
                if (claimId != null) {
                    claims.add(claim(rs, claimId));
                }
            }
            if (policy != null) {
                out.add(new Customer360.PolicyWithClaims(policy, claims));
            }
            return out;
        });
    }

    @Override
    public List<Interaction> recentInteractions(CustomerId customer, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return query(INTERACTIONS, List.of(customer.value(), limit), JooqCustomer360Source::interactions);
    }

    private static List<Interaction> interactions(ResultSet rs) throws SQLException {
        List<Interaction> out = new ArrayList<>();
        while (rs.next()) {
            out.add(interaction(rs));
        }
        return out;
    }

    /**
     * On PostgreSQL, one statement reads the interactions and inserts the staged records (a WITH
     * clause's insert runs whether or not the query reads it), saving a round trip per view read in
     * clear; elsewhere, two statements on the embedded database.
     */
    @Override
    public List<Interaction> recentInteractions(CustomerId customer, int limit, List<AuditRecord> reads) {
        if (reads.isEmpty() || !postgres || limit <= 0) {
            List<Interaction> recent = recentInteractions(customer, limit);
            audit.stage(reads);
            return recent;
        }
        StringBuilder sql = new StringBuilder(STAGE_WITH.length() + INTERACTIONS.length() + 40 * reads.size())
                .append(STAGE_WITH);
        List<Object> binds = new ArrayList<>(8 * reads.size() + 2);
        for (AuditRecord r : reads) {
            sql.append(binds.isEmpty() ? "" : ", ").append(JooqAuditRepository.STAGING_VALUES);
            binds.addAll(Arrays.asList(audit.stagingRow(r)));
        }
        sql.append(") ").append(INTERACTIONS);
        binds.add(customer.value());
        binds.add(limit);
        List<Interaction> recent = query(sql.toString(), binds, JooqCustomer360Source::interactions);
        audit.staged(reads.size());
        return recent;
    }

    private <T> T query(String sql, List<?> binds, PlainSql.Rows<T> rows) {
        return PlainSql.query(dsl, sql, binds, rows);
    }

    /*
     * Rows are mapped by column position straight to the model, with no jOOQ record in between (filling
     * records cost field lookups, changed flags and key checks per value on every view). The positions
     * come from the generated tables, as the column lists do, so both follow the migrations; the
     * conversions are the repositories' mappers' (Columns), and the model constructors validate as ever.
     */

    private static final int C_ID = at(1, CUSTOMER, CUSTOMER.ID);

    private static final int C_KIND = at(1, CUSTOMER, CUSTOMER.KIND),
            C_NAME = at(1, CUSTOMER, CUSTOMER.NAME),
            C_GENDER = at(1, CUSTOMER, CUSTOMER.GENDER),
            C_DATE_OF_BIRTH = at(1, CUSTOMER, CUSTOMER.DATE_OF_BIRTH),
            C_NATIVE_PLACE = at(1, CUSTOMER, CUSTOMER.NATIVE_PLACE),
            C_MARITAL_STATUS = at(1, CUSTOMER, CUSTOMER.MARITAL_STATUS),
            C_EDUCATION = at(1, CUSTOMER, CUSTOMER.EDUCATION),
            C_NATIONAL_ID = at(1, CUSTOMER, CUSTOMER.NATIONAL_ID),
            C_ORGANISATION_CODE = at(1, CUSTOMER, CUSTOMER.ORGANISATION_CODE),
            C_MOBILE = at(1, CUSTOMER, CUSTOMER.MOBILE),
            C_EMAIL = at(1, CUSTOMER, CUSTOMER.EMAIL),
            C_EMPLOYER = at(1, CUSTOMER, CUSTOMER.EMPLOYER),
            C_DEPARTMENT = at(1, CUSTOMER, CUSTOMER.DEPARTMENT),
            C_JOB_POSITION = at(1, CUSTOMER, CUSTOMER.JOB_POSITION),
            C_OCCUPATION = at(1, CUSTOMER, CUSTOMER.OCCUPATION),
            C_OCCUPATION_CLASS = at(1, CUSTOMER, CUSTOMER.OCCUPATION_CLASS),
            C_INDUSTRY = at(1, CUSTOMER, CUSTOMER.INDUSTRY),
            C_WORK_PROVINCE = at(1, CUSTOMER, CUSTOMER.WORK_PROVINCE),
            C_WORK_CITY = at(1, CUSTOMER, CUSTOMER.WORK_CITY),
            C_WORK_DISTRICT = at(1, CUSTOMER, CUSTOMER.WORK_DISTRICT),
            C_WORK_ADDRESS_LINE = at(1, CUSTOMER, CUSTOMER.WORK_ADDRESS_LINE),
            C_WORK_POSTCODE = at(1, CUSTOMER, CUSTOMER.WORK_POSTCODE),
            C_HOME_PROVINCE = at(1, CUSTOMER, CUSTOMER.HOME_PROVINCE),
            C_HOME_CITY = at(1, CUSTOMER, CUSTOMER.HOME_CITY),
            C_HOME_DISTRICT = at(1, CUSTOMER, CUSTOMER.HOME_DISTRICT),
            C_HOME_ADDRESS_LINE = at(1, CUSTOMER, CUSTOMER.HOME_ADDRESS_LINE),
            C_HOME_POSTCODE = at(1, CUSTOMER, CUSTOMER.HOME_POSTCODE),
            C_WORK_PHONE = at(1, CUSTOMER, CUSTOMER.WORK_PHONE),
            C_HOME_PHONE = at(1, CUSTOMER, CUSTOMER.HOME_PHONE),
            C_FAX = at(1, CUSTOMER, CUSTOMER.FAX),
            C_LIFE_SITUATION = at(1, CUSTOMER, CUSTOMER.LIFE_SITUATION),
            C_VERSION = at(1, CUSTOMER, CUSTOMER.VERSION),
            C_BRANCH_ID = at(1, CUSTOMER, CUSTOMER.BRANCH_ID),
            C_CREATED_AT = at(1, CUSTOMER, CUSTOMER.CREATED_AT),
            C_UPDATED_AT = at(1, CUSTOMER, CUSTOMER.UPDATED_AT);

    private static Customer customer(ResultSet rs) throws SQLException {
        CustomerProfile profile = new CustomerProfile(
                CustomerKind.valueOf(rs.getString(C_KIND)),
                rs.getString(C_NAME),
                Columns.enumOf(Gender.class, rs.getString(C_GENDER)),
                rs.getObject(C_DATE_OF_BIRTH, LocalDate.class),
                rs.getString(C_NATIVE_PLACE),
                Columns.enumOf(MaritalStatus.class, rs.getString(C_MARITAL_STATUS)),
                Columns.enumOf(Education.class, rs.getString(C_EDUCATION)),
                Columns.map(rs.getString(C_NATIONAL_ID), NationalIdNumber::new),
                Columns.map(rs.getString(C_ORGANISATION_CODE), OrganisationCode::new),
                Columns.map(rs.getString(C_MOBILE), MobileNumber::new),
                Columns.map(rs.getString(C_EMAIL), EmailAddress::new),
                rs.getString(C_EMPLOYER),
                rs.getString(C_DEPARTMENT),
                rs.getString(C_JOB_POSITION),
                rs.getString(C_OCCUPATION),
                rs.getObject(C_OCCUPATION_CLASS, Integer.class),
                rs.getString(C_INDUSTRY),
                JooqCustomerRepository.address(rs.getString(C_WORK_PROVINCE),
                        rs.getString(C_WORK_CITY), rs.getString(C_WORK_DISTRICT),
                        rs.getString(C_WORK_ADDRESS_LINE), rs.getString(C_WORK_POSTCODE)),
                JooqCustomerRepository.address(rs.getString(C_HOME_PROVINCE),
                        rs.getString(C_HOME_CITY), rs.getString(C_HOME_DISTRICT),
                        rs.getString(C_HOME_ADDRESS_LINE), rs.getString(C_HOME_POSTCODE)),
                rs.getString(C_WORK_PHONE),
                rs.getString(C_HOME_PHONE),
                rs.getString(C_FAX),
                rs.getString(C_LIFE_SITUATION));
        return new Customer(new CustomerId(rs.getObject(C_ID, UUID.class)), rs.getLong(C_VERSION), profile,
                new BranchId(rs.getObject(C_BRANCH_ID, UUID.class)),
                instant(rs, C_CREATED_AT), instant(rs, C_UPDATED_AT));
    }

    private static final int P_CURRENCY = at(1, POLICY, POLICY.CURRENCY),
            P_VERSION = at(1, POLICY, POLICY.VERSION),
            P_POLICY_NUMBER = at(1, POLICY, POLICY.POLICY_NUMBER),
            P_HOLDER_ID = at(1, POLICY, POLICY.HOLDER_ID),
            P_PRODUCT_LINE = at(1, POLICY, POLICY.PRODUCT_LINE),
            P_PRODUCT_CODE = at(1, POLICY, POLICY.PRODUCT_CODE),
            P_SALES_CHANNEL = at(1, POLICY, POLICY.SALES_CHANNEL),
            P_BRANCH_ID = at(1, POLICY, POLICY.BRANCH_ID),
            P_LICENCE_PLATE = at(1, POLICY, POLICY.LICENCE_PLATE),
            P_START_DATE = at(1, POLICY, POLICY.START_DATE),
            P_END_DATE = at(1, POLICY, POLICY.END_DATE),
            P_PREMIUM = at(1, POLICY, POLICY.PREMIUM),
            P_SUM_INSURED = at(1, POLICY, POLICY.SUM_INSURED),
            P_STATUS = at(1, POLICY, POLICY.STATUS),
            P_PREVIOUS_POLICY_NUMBER = at(1, POLICY, POLICY.PREVIOUS_POLICY_NUMBER),
            P_CREATED_AT = at(1, POLICY, POLICY.CREATED_AT),
            P_UPDATED_AT = at(1, POLICY, POLICY.UPDATED_AT);

    private static Policy policy(ResultSet rs, UUID id) throws SQLException {
        String currency = rs.getString(P_CURRENCY);
        return new Policy(new PolicyId(id), rs.getLong(P_VERSION), rs.getString(P_POLICY_NUMBER),
                new CustomerId(rs.getObject(P_HOLDER_ID, UUID.class)),
                ProductLine.valueOf(rs.getString(P_PRODUCT_LINE)), rs.getString(P_PRODUCT_CODE),
                SalesChannel.valueOf(rs.getString(P_SALES_CHANNEL)),
                new BranchId(rs.getObject(P_BRANCH_ID, UUID.class)),
                Columns.map(rs.getString(P_LICENCE_PLATE), LicencePlate::new),
                rs.getObject(P_START_DATE, LocalDate.class), rs.getObject(P_END_DATE, LocalDate.class),
                Columns.money(rs.getBigDecimal(P_PREMIUM), currency),
                Columns.money(rs.getBigDecimal(P_SUM_INSURED), currency),
                PolicyStatus.valueOf(rs.getString(P_STATUS)), rs.getString(P_PREVIOUS_POLICY_NUMBER),
                instant(rs, P_CREATED_AT), instant(rs, P_UPDATED_AT));
    }

    private static final int CL = POLICY_WIDTH + 1;
    private static final int CL_ID = at(CL, CLAIM, CLAIM.ID);

    private static final int CL_CURRENCY = at(CL, CLAIM, CLAIM.CURRENCY),
            CL_VERSION = at(CL, CLAIM, CLAIM.VERSION),
            CL_CLAIM_NUMBER = at(CL, CLAIM, CLAIM.CLAIM_NUMBER),
            CL_POLICY_ID = at(CL, CLAIM, CLAIM.POLICY_ID),
            CL_CUSTOMER_ID = at(CL, CLAIM, CLAIM.CUSTOMER_ID),
            CL_LOSS_DATE = at(CL, CLAIM, CLAIM.LOSS_DATE),
            CL_REPORTED_DATE = at(CL, CLAIM, CLAIM.REPORTED_DATE),
            CL_SETTLED_DATE = at(CL, CLAIM, CLAIM.SETTLED_DATE),
            CL_CLAIMED_AMOUNT = at(CL, CLAIM, CLAIM.CLAIMED_AMOUNT),
            CL_PAID_AMOUNT = at(CL, CLAIM, CLAIM.PAID_AMOUNT),
            CL_STATUS = at(CL, CLAIM, CLAIM.STATUS),
            CL_LITIGATION = at(CL, CLAIM, CLAIM.LITIGATION),
            CL_CAUSE = at(CL, CLAIM, CLAIM.CAUSE),
            CL_CREATED_AT = at(CL, CLAIM, CLAIM.CREATED_AT),
            CL_UPDATED_AT = at(CL, CLAIM, CLAIM.UPDATED_AT);

    private static Claim claim(ResultSet rs, UUID id) throws SQLException {
        String currency = rs.getString(CL_CURRENCY);
        return new Claim(new ClaimId(id), rs.getLong(CL_VERSION), rs.getString(CL_CLAIM_NUMBER),
                new PolicyId(rs.getObject(CL_POLICY_ID, UUID.class)),
                new CustomerId(rs.getObject(CL_CUSTOMER_ID, UUID.class)),
                rs.getObject(CL_LOSS_DATE, LocalDate.class),
                rs.getObject(CL_REPORTED_DATE, LocalDate.class),
                rs.getObject(CL_SETTLED_DATE, LocalDate.class),
                Columns.money(rs.getBigDecimal(CL_CLAIMED_AMOUNT), currency),
                Columns.money(rs.getBigDecimal(CL_PAID_AMOUNT), currency),
                ClaimStatus.valueOf(rs.getString(CL_STATUS)), rs.getBoolean(CL_LITIGATION),
                rs.getString(CL_CAUSE), instant(rs, CL_CREATED_AT),
                instant(rs, CL_UPDATED_AT));
    }

    private static final int I_ID = at(1, INTERACTION, INTERACTION.ID),
            I_CUSTOMER_ID = at(1, INTERACTION, INTERACTION.CUSTOMER_ID),
            I_CHANNEL = at(1, INTERACTION, INTERACTION.CHANNEL),
            I_INTERACTION_TYPE = at(1, INTERACTION, INTERACTION.INTERACTION_TYPE),
            I_OCCURRED_AT = at(1, INTERACTION, INTERACTION.OCCURRED_AT),
            I_STAFF_ID = at(1, INTERACTION, INTERACTION.STAFF_ID),
            I_SUMMARY = at(1, INTERACTION, INTERACTION.SUMMARY),
            I_SOURCE_REF = at(1, INTERACTION, INTERACTION.SOURCE_REF),
            I_RECORDED_AT = at(1, INTERACTION, INTERACTION.RECORDED_AT);

    private static Interaction interaction(ResultSet rs) throws SQLException {
        return new Interaction(new InteractionId(rs.getObject(I_ID, UUID.class)),
                new CustomerId(rs.getObject(I_CUSTOMER_ID, UUID.class)),
                InteractionChannel.valueOf(rs.getString(I_CHANNEL)),
                InteractionType.valueOf(rs.getString(I_INTERACTION_TYPE)),
                instant(rs, I_OCCURRED_AT), rs.getString(I_STAFF_ID), rs.getString(I_SUMMARY),
                rs.getString(I_SOURCE_REF), instant(rs, I_RECORDED_AT));
    }

    /** The 1-based position of {@code field} in a row where the columns of {@code table} start at {@code offset}. */
    private static int at(int offset, Table<?> table, Field<?> field) {
        return offset + table.indexOf(field);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return Columns.instant(rs.getObject(column, OffsetDateTime.class));
    }

    private static String columns(String alias, Table<?> table) {
        return Stream.of(table.fields()).map(f -> alias + "." + f.getName()).collect(Collectors.joining(", "));
    }
}
