package io.insurcrm.testing;

/**
 * Receives the rows of a synthetic book as they are generated: every branch first (parents before
 * children), then customer by customer the customer row followed by its policies (a renewal after
 * the policy it renews), their claims and its interactions. Implement only what you need.
 */
public interface BookSink {
    default void branch(BranchRow row) {
    }

    default void customer(CustomerRow row) {
    }

    default void policy(PolicyRow row) {
    }

    default void claim(ClaimRow row) {
    }

    default void interaction(InteractionRow row) {
    }
}
