package io.insurcrm.core.organisation;

/** The levels of an insurer's branch hierarchy, from the top. */
public enum BranchLevel {
    HEAD_OFFICE,
    PROVINCE,
    CITY,
    COUNTY;

    /** The level a direct child branch must have, or {@code null} below county level. */
    public BranchLevel childLevel() {
        return this == COUNTY ? null : values()[ordinal() + 1];
    }
}
