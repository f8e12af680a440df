package io.insurcrm.testing;

/**
 * Receives the rows of a synthetic book as they are generated: every branch first (parents before
 * children), then customer by customer: the customer row, each of its policies followed by that
 * policy's claims (a renewal after the policy it renews), then its interactions. Implement only what
 * you need.
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
