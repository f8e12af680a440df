package io.insurcrm.core.policy;

/** How a policy was sold. */
public enum SalesChannel {
    AGENT,
    BROKER,
    BANCASSURANCE,
    BRANCH_COUNTER,
    TELEMARKETING,
    ONLINE,
    CAR_DEALER,
    GROUP
}
