package io.insurcrm.core.access;

import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.organisation.BranchTree;

/**
 * The confidentiality rules: for an actor, which customers (row scope), which fields in clear, and
 * which actions. The services apply it on every call; {@link DefaultAccessPolicy} holds the
 * defaults. Insurers replace it with {@code InsurCrm.builder().accessPolicy(...)} or by overriding
 * the Guice binding ({@code OptionalBinder.newOptionalBinder(binder(), AccessPolicy.class).setBinding()}).
 * Implementations must be thread-safe and fast: they are called on every service call.
 */
public interface AccessPolicy {

    /**
     * The customers this actor may see.
     *
     * @param branches the branch hierarchy, read once per service call
     */
    RowScope scope(Actor actor, BranchTree branches);

    /** How a field of a customer of this kind is shown to this actor. */
    Visibility visibility(Actor actor, PersonalField field, CustomerKind kind);

    /** Whether this actor may perform this action (on customers in his scope). */
    boolean allows(Actor actor, Action action);
}
