package io.insurcrm.analytics;

import io.insurcrm.core.access.AccessDeniedException;
import io.insurcrm.core.access.AccessPolicy;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.CustomerScopeRepository;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.organisation.BranchTree;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The analytics side of core's access guard: the {@link AccessPolicy} decides the action and the row
 * scope, the store's {@link CustomerScopeRepository} evaluates the scope as SQL (one query per batch of
 * ids). Per-customer results carry customer and branch ids and figures only (no name, identifier or
 * other {@code PersonalField}), so there is nothing to mask: filtering by row scope is the whole rule.
 */
final class AnalyticsAccess {
    /** Most rows fetched while looking for {@code limit} rows in scope. */
    static final int MAX_FETCH = 100_000;

    private final AccessPolicy policy;
    private final BranchRepository branches;
    private final CustomerScopeRepository scopes;

    @Inject
    AnalyticsAccess(AccessPolicy policy, BranchRepository branches, CustomerScopeRepository scopes) {
        this.policy = policy;
        this.branches = branches;
        this.scopes = scopes;
    }

    /** Throws {@link AccessDeniedException} unless the actor's role allows {@code action}. */
    void require(Actor actor, Action action) {
        Objects.requireNonNull(actor, "actor");
        if (!policy.allows(actor, action)) {
            throw new AccessDeniedException(actor.role(), action);
        }
    }

    /** READ is required and the actor's row scope returned (the branch tree is read once). */
    RowScope readScope(Actor actor) {
        require(actor, Action.READ);
        return policy.scope(actor, new BranchTree(branches.findAll()));
    }

    /** The items whose customer lies in scope, in their order, in one query. */
    <T> List<T> filter(RowScope scope, List<T> items, Function<T, CustomerId> customerOf) {
        if (scope instanceof RowScope.All) {
            return items;
        }
        if (scope instanceof RowScope.None || items.isEmpty()) {
            return List.of();
        }
        Set<CustomerId> ok = scopes.visible(items.stream().map(customerOf).collect(Collectors.toSet()), scope);
        List<T> out = new ArrayList<>(items.size());
        for (T item : items) {
            if (ok.contains(customerOf.apply(item))) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * Up to {@code limit} items in scope from a ranked source that returns at most {@code n} rows for
     * {@code fetch.apply(n)}: fetches {@code limit}, and while the scope filtered rows out and the source
     * had more, fetches twice as many (at most {@value #MAX_FETCH}).
     */
    <T> List<T> firstInScope(RowScope scope, int limit, IntFunction<List<T>> fetch, Function<T, CustomerId> customerOf) {
        if (scope instanceof RowScope.All) {
            return fetch.apply(limit);
        }
        if (scope instanceof RowScope.None || limit <= 0) {
            return List.of();
        }
        int n = limit;
        while (true) {
            List<T> rows = fetch.apply(n);
            List<T> in = filter(scope, rows, customerOf);
            if (in.size() >= limit || rows.size() < n || n >= MAX_FETCH) {
                return in.size() > limit ? List.copyOf(in.subList(0, limit)) : in;
            }
            n = (int) Math.min((long) n * 2, MAX_FETCH);
        }
    }
}
