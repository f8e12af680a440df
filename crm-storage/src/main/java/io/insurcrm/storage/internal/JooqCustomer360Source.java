package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.CLAIM;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER;
import static io.insurcrm.storage.internal.jooq.Tables.INTERACTION;
import static io.insurcrm.storage.internal.jooq.Tables.POLICY;

import io.insurcrm.core.access.Customer360Source;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.claim.Claim;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * The 360° reads as fixed, hand-written SQL ({@link PlainSql}): the statements are the same text
 * on every call, so neither jOOQ rendering nor the database's parser runs per view, and rows go
 * straight into the generated records the repositories' mappers read. Column lists come from the
 * generated tables, so they follow the migrations. A scope other than {@link RowScope.All} is
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

    private static final String INTERACTIONS = "SELECT " + columns("i", INTERACTION)
            + " FROM interaction i WHERE i.customer_id = ? ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?";

    private static final io.insurcrm.storage.internal.jooq.tables.Customer C = CUSTOMER.as("c");
    private static final io.insurcrm.storage.internal.jooq.tables.Customer MC = CUSTOMER.as("mc");

    private final DSLContext dsl;

    @Inject
    JooqCustomer360Source(DSLContext dsl) {
        this.dsl = dsl;
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
            Customer customer = JooqCustomerRepository.toCustomer(read(rs, 1, CUSTOMER));
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
                UUID policyId = rs.getObject(1, UUID.class);
                if (policy == null || !policy.id().value().equals(policyId)) {
                    if (policy != null) {
                        out.add(new Customer360.PolicyWithClaims(policy, claims));
                        claims = new ArrayList<>();
                    }
                    policy = JooqPolicyRepository.toPolicy(read(rs, 1, POLICY));
                }
                if (rs.getObject(POLICY_WIDTH + 1) != null) {
                    claims.add(JooqClaimRepository.toClaim(read(rs, POLICY_WIDTH + 1, CLAIM)));
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
        return query(INTERACTIONS, List.of(customer.value(), limit), rs -> {
            List<Interaction> out = new ArrayList<>();
            while (rs.next()) {
                out.add(JooqInteractionRepository.toInteraction(read(rs, 1, INTERACTION)));
            }
            return out;
        });
    }

    private <T> T query(String sql, List<?> binds, PlainSql.Rows<T> rows) {
        return PlainSql.query(dsl, sql, binds, rows);
    }

    /**
     * The columns of {@code table} from {@code offset} (1-based) into a new record, typed as generated.
     * The record is attached to the store's configuration: a detached record would build a fresh
     * configuration (a copy of the settings) on every set.
     */
    private <R extends TableRecord<R>> R read(ResultSet rs, int offset, Table<R> table) throws SQLException {
        R r = dsl.newRecord(table);
        Field<?>[] fields = table.fields();
        for (int i = 0; i < fields.length; i++) {
            set(r, fields[i], rs, offset + i);
        }
        return r;
    }

    private static <T> void set(Record r, Field<T> field, ResultSet rs, int column) throws SQLException {
        r.set(field, rs.getObject(column, field.getType()));
    }

    private static String columns(String alias, Table<?> table) {
        return Stream.of(table.fields()).map(f -> alias + "." + f.getName()).collect(Collectors.joining(", "));
    }
}
