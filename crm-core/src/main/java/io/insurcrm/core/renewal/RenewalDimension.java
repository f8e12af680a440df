package io.insurcrm.core.renewal;

/** What renewal rates are grouped by. */
public enum RenewalDimension {
    /** The policy's branch id. */
    BRANCH,
    /** The holder's current responsible account manager id ("none" if unassigned). */
    MANAGER,
    /** The product line name. */
    PRODUCT_LINE
}
