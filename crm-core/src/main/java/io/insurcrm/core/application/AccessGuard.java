package io.insurcrm.core.application;

import io.insurcrm.core.access.AccessDeniedException;
import io.insurcrm.core.access.AccessPolicy;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.CustomerScopeRepository;
import io.insurcrm.core.access.Masking;
import io.insurcrm.core.access.PersonalField;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.access.Visibility;
import io.insurcrm.core.audit.AuditRecord;
import io.insurcrm.core.audit.AuditRepository;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.organisation.BranchTree;
import io.insurcrm.core.view.CustomerCard;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place where the services apply the {@link AccessPolicy}: actions, row scope, masking and
 * the audit trail. Every public service method that touches customer data calls it (one line per
 * concern), so enforcement is uniform and visible. Must be called inside the service's transaction
 * where it audits, so that the audit entry commits with the write.
 */
final class AccessGuard {
    private final AccessPolicy policy;
    private final BranchRepository branches;
    private final CustomerScopeRepository scopes;
    private final AuditRepository audit;
    private final Clock clock;

    @Inject
    AccessGuard(AccessPolicy policy, BranchRepository branches, CustomerScopeRepository scopes,
            AuditRepository audit, Clock clock) {
        this.policy = policy;
        this.branches = branches;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Throws unless the actor's role allows {@code action}. */
    void require(Actor actor, Action action) {
        Objects.requireNonNull(actor, "actor");
        if (!policy.allows(actor, action)) {
            throw new AccessDeniedException(actor.role(), action);
        }
    }

    /** The actor's row scope; the branch tree is read once per call, and only if the policy asks for it. */
    RowScope scope(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return policy.scope(actor, BranchTree.lazy(branches::findAll));
    }

    /** Whether the customer exists and lies in the scope. */
    boolean visible(RowScope scope, CustomerId id) {
        if (id == null || scope instanceof RowScope.None) {
            return false;
        }
        return !scopes.visible(List.of(id), scope).isEmpty();
    }

    /** Those of {@code ids} in scope, in one query. */
    Set<CustomerId> visible(RowScope scope, Collection<CustomerId> ids) {
        if (ids.isEmpty() || scope instanceof RowScope.None) {
            return Set.of();
        }
        return scopes.visible(Set.copyOf(ids), scope);
    }

    /** How many of the manager's customers are in scope (a count never includes a customer outside it). */
    long countAssigned(io.insurcrm.core.staff.AccountManagerId managerId, RowScope scope) {
        return scope instanceof RowScope.None ? 0 : scopes.countAssigned(managerId, scope);
    }

    /** The items whose customer is in scope, in one query. */
    <T> List<T> filter(RowScope scope, List<T> items, Function<T, CustomerId> customerOf) {
        Set<CustomerId> ok = visible(scope, items.stream().map(customerOf).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<T> out = new ArrayList<>(items.size());
        for (T item : items) {
            if (ok.contains(customerOf.apply(item))) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * Throws {@link NotFoundException} (the error for an unknown customer) unless the customer is in
     * the actor's scope.
     */
    void requireVisible(Actor actor, CustomerId id) {
        if (!visible(scope(actor), id)) {
            throw new NotFoundException("customer", id);
        }
    }

    /**
     * For a command that names a customer: throws the {@link ValidationException} an unknown
     * customer gets ({@code field}, rule {@code exists}) unless he is in the actor's scope.
     */
    void requireVisibleReference(Actor actor, CustomerId id, String field) {
        if (!visible(scope(actor), id)) {
            throw new ValidationException(field, "exists", "names no known customer");
        }
    }

    /** For company-wide jobs and reports: the action must be allowed and the actor's scope must be every customer. */
    void requireWholeCompany(Actor actor, Action action) {
        require(actor, action);
        if (!(scope(actor) instanceof RowScope.All)) {
            throw new AccessDeniedException(actor.role(), action);
        }
    }

    /** The customer as the actor may see him; a read of personal data in clear is audited. */
    CustomerCard card(Actor actor, Customer customer) {
        List<String> inClear = new ArrayList<>();
        CustomerCard card = card(actor, customer, inClear);
        recordRead(actor, customer.id(), inClear);
        return card;
    }

    /** The customer as the actor may see him; adds the names of the fields shown in clear to {@code inClear}. */
    CustomerCard card(Actor actor, Customer customer, List<String> inClear) {
        Masking.Masked m = Masking.card(customer, f -> policy.visibility(actor, f, customer.profile().kind()));
        if (!m.clearFields().isEmpty()) {
            inClear.addAll(names(m.clearFields()));
        }
        return m.card();
    }

    /**
     * The household with only the members in the actor's scope, their names as he may see them
     * (names in clear audited on {@code about}).
     */
    Household household(Actor actor, CustomerId about, Household h) {
        return household(actor, scope(actor), about, h);
    }

    /** As {@link #household(Actor, CustomerId, Household)} with the scope the caller already has. */
    Household household(Actor actor, RowScope scope, CustomerId about, Household h) {
        Household inScope = scope instanceof RowScope.All ? h
                : new Household(h.id(), h.code(), filter(scope, h.members(), Household.Member::customerId));
        List<String> inClear = new ArrayList<>(1);
        Household shown = household(actor, inScope, inClear);
        recordRead(actor, about, inClear);
        return shown;
    }

    /**
     * A household whose members are already those in the actor's scope, names as he may see them;
     * adds {@code household.NAME} to {@code inClear} if names are shown in clear.
     */
    Household household(Actor actor, Household inScope, List<String> inClear) {
        Visibility v = policy.visibility(actor, PersonalField.NAME, CustomerKind.INDIVIDUAL);
        if (v == Visibility.CLEAR && !inScope.members().isEmpty()) {
            inClear.add("household.NAME");
        }
        return Masking.household(inScope, v);
    }

    /**
     * Audits a read in clear of these fields of one customer (nothing if {@code fields} is empty):
     * one staged entry in the caller's transaction, without the chain lock (see {@link AuditRepository#stage}).
     */
    void recordRead(Actor actor, CustomerId customerId, List<String> fields) {
        if (!fields.isEmpty()) {
            audit.stage(reads(actor, customerId, fields));
        }
    }

    /** The audit records {@link #recordRead} stages, for a caller that stages them itself: none if nothing is in clear. */
    List<AuditRecord> reads(Actor actor, CustomerId customerId, List<String> fields) {
        return fields.isEmpty() ? List.of() : List.of(new AuditRecord(clock.instant(), actor.userId(),
                actor.role().name(), actor.channel(), "READ", customerId, fields));
    }

    /** Whether every personal field of this kind of customer is shown to the actor in clear. */
    boolean seesAllInClear(Actor actor, CustomerKind kind) {
        for (PersonalField f : PersonalField.values()) {
            if (policy.visibility(actor, f, kind) != Visibility.CLEAR) {
                return false;
            }
        }
        return true;
    }

    /** Appends an audit entry (in the caller's transaction). */
    void record(Actor actor, String action, CustomerId customerId, List<String> fields) {
        audit.append(List.of(new AuditRecord(clock.instant(), actor.userId(), actor.role().name(), actor.channel(),
                action, customerId, fields)));
    }

    /** Appends one entry per customer in one batch. */
    void recordAll(Actor actor, String action, Collection<CustomerId> customerIds, List<String> fields) {
        List<AuditRecord> records = new ArrayList<>(customerIds.size());
        for (CustomerId id : customerIds) {
            records.add(new AuditRecord(clock.instant(), actor.userId(), actor.role().name(), actor.channel(),
                    action, id, fields));
        }
        if (!records.isEmpty()) {
            audit.append(records);
        }
    }

    /** The names of the fields of the basic data that differ between two versions ({@code before} null: all set). */
    static List<String> changedFields(Customer before, Customer after) {
        CustomerCard a = before == null ? null : Masking.card(before, f -> Visibility.CLEAR).card();
        CustomerCard b = Masking.card(after, f -> Visibility.CLEAR).card();
        List<String> out = new ArrayList<>();
        for (RecordComponent rc : CustomerCard.class.getRecordComponents()) {
            String n = rc.getName();
            if (n.equals("id") || n.equals("version") || n.equals("createdAt") || n.equals("updatedAt")) {
                continue;
            }
            try {
                Object x = a == null ? null : rc.getAccessor().invoke(a);
                Object y = rc.getAccessor().invoke(b);
                if (!Objects.equals(x, y)) {
                    out.add(n);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static List<String> names(Collection<PersonalField> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (PersonalField f : EnumSet.copyOf(fields)) {
            out.add(f.name());
        }
        return out;
    }
}
