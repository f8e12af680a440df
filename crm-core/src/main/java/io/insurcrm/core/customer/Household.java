package io.insurcrm.core.customer;

import io.insurcrm.core.common.Validator;
import java.util.List;
import java.util.Objects;

/**
 * A family: customers linked by their relationship to the head. A customer belongs to at most one
 * household.
 *
 * @param code the natural key (e.g. the core system's family number), unique
 */
public record Household(HouseholdId id, String code, List<Member> members) {
    public Household {
        Objects.requireNonNull(id, "id");
        Validator.start().requireText(code, "code", 64).validate();
        members = List.copyOf(members);
    }

    /**
     * One member with the display name of the member customer (masked by the access policy where
     * the view is built).
     */
    public record Member(CustomerId customerId, String name, Relationship relationship) {
        public Member {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(relationship, "relationship");
        }

        @Override
        public String toString() {
            return "Member[" + customerId + " " + relationship + "]";
        }
    }
}
