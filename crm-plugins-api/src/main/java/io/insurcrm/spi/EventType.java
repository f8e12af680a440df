package io.insurcrm.spi;

/** What happened in the CRM. New constants may be added in a minor SPI version: a listener ignores types it does not know. */
public enum EventType {
    /** A customer was created; the subject is the customer. */
    CUSTOMER_CREATED,
    /** A customer's basic data changed. */
    CUSTOMER_UPDATED,
    /** A duplicate was merged into this customer; the subject is the merged-away customer's reference. */
    CUSTOMER_MERGED,
    /** A policy was issued; the subject is the policy. */
    POLICY_ISSUED,
    /** A policy was renewed; the subject is the new policy. */
    POLICY_RENEWED,
    /** A policy lapsed; the subject is the policy. */
    POLICY_LAPSED,
    /** A claim was filed; the subject is the claim. */
    CLAIM_FILED,
    /** A claim was paid; the subject is the claim. */
    CLAIM_PAID,
    /** A complaint moved to another state of its workflow; the subject is the complaint. */
    COMPLAINT_STATE_CHANGED,
    /** An overdue complaint was escalated up the branch hierarchy; the subject is the complaint. */
    COMPLAINT_ESCALATED,
    /** A customer moved to another segment or value tier. */
    SEGMENT_CHANGED,
    /** An alert rule raised an alert about a customer; the subject is the alert. */
    ALERT_RAISED
}
