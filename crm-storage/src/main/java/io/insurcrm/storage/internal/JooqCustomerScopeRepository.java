package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.ACCOUNT_MANAGER;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER_ASSIGNMENT;

import io.insurcrm.core.access.CustomerScopeRepository;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.storage.internal.jooq.tables.Customer;
import io.insurcrm.storage.internal.jooq.tables.CustomerAssignment;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Row scope as SQL on {@code customer}: a branch subtree is {@code customer.branch_id IN (...)}, own
 * customers an {@code EXISTS} on the current assignment joined to the manager's staff id.
 */
final class JooqCustomerScopeRepository implements CustomerScopeRepository {
    private final DSLContext dsl;

    @Inject
    JooqCustomerScopeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Set<CustomerId> visible(Collection<CustomerId> ids, RowScope scope) {
        if (ids.isEmpty() || scope instanceof RowScope.None) {
            return Set.of();
        }
        Condition inScope = condition(scope);
        List<CustomerId> found = Batches.inChunks(ids, chunk -> dsl.select(CUSTOMER.ID).from(CUSTOMER)
                .where(CUSTOMER.ID.in(chunk.stream().map(CustomerId::value).collect(Collectors.toList())))
                .and(inScope)
                .fetch(r -> new CustomerId(r.value1())));
        return new HashSet<>(found);
    }

    @Override
    public long countAssigned(AccountManagerId managerId, RowScope scope) {
        return dsl.selectCount().from(CUSTOMER_ASSIGNMENT).join(CUSTOMER)
                .on(CUSTOMER.ID.eq(CUSTOMER_ASSIGNMENT.CUSTOMER_ID))
                .where(CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID.eq(managerId.value()))
                .and(condition(scope))
                .fetchOne(0, long.class);
    }

    /** The scope as a condition on {@code customer}. */
    static Condition condition(RowScope scope) {
        return condition(scope, CUSTOMER);
    }

    /** The scope as a condition on {@code customer}, an alias of the customer table. */
    static Condition condition(RowScope scope, Customer customer) {
        if (scope instanceof RowScope.All) {
            return DSL.noCondition();
        }
        if (scope instanceof RowScope.BranchSubtree) {
            Set<BranchId> branches = ((RowScope.BranchSubtree) scope).branches();
            return branches.isEmpty() ? DSL.falseCondition()
                    : customer.BRANCH_ID.in(branches.stream().map(BranchId::value).collect(Collectors.toList()));
        }
        if (scope instanceof RowScope.AssignedTo) {
            CustomerAssignment a = CUSTOMER_ASSIGNMENT.as("scope_a");
            return DSL.exists(DSL.selectOne().from(a).join(ACCOUNT_MANAGER)
                    .on(ACCOUNT_MANAGER.ID.eq(a.ACCOUNT_MANAGER_ID))
                    .where(a.CUSTOMER_ID.eq(customer.ID))
                    .and(ACCOUNT_MANAGER.STAFF_ID.eq(((RowScope.AssignedTo) scope).staffId())));
        }
        if (scope instanceof RowScope.AnyOf) {
            List<Condition> parts = new ArrayList<>();
            for (RowScope part : ((RowScope.AnyOf) scope).parts()) {
                parts.add(condition(part, customer));
            }
            return parts.isEmpty() ? DSL.falseCondition() : DSL.or(parts);
        }
        return DSL.falseCondition(); // None, and any scope this store does not know: see nothing
    }
}
