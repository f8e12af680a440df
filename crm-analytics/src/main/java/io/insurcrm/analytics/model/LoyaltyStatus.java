package io.insurcrm.analytics.model;

/** Loyalty from renewal rate and complaints. */
public enum LoyaltyStatus {
    LOYAL, WARNING, LAPSED
}
