package io.insurcrm.analytics.model;

/** What the cube can group by. */
public enum Dimension {
    /** The region of the branch that sold the policy. */
    REGION,
    /** The code of the branch that sold the policy. */
    BRANCH,
    /** The holder's occupation. */
    OCCUPATION,
    /** The holder's industry. */
    INDUSTRY,
    /** The holder's age on the as-of date in bands: under 25, 25-34, 35-44, 45-54, 55-64, 65+ ("UNKNOWN" without a birth date). */
    AGE_BAND,
    GENDER,
    EDUCATION,
    PRODUCT_LINE,
    SALES_CHANNEL,
    /** The year the policy started, e.g. "2025". */
    PERIOD
}
