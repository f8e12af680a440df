package io.insurcrm.analytics.model;

/** Value tier from premium scale, premium growth and profit contribution. A is the top. */
public enum ValueTier {
    A, B, C
}
