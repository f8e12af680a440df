package io.insurcrm.core.complaint;

/** What a complaint is about. */
public enum ComplaintCategory {
    CLAIM_SETTLEMENT,
    SALES_MISREPRESENTATION,
    SERVICE_ATTITUDE,
    POLICY_ADMINISTRATION,
    PREMIUM_AND_BILLING,
    RENEWAL,
    OTHER
}
