package io.insurcrm.core.staff;

import io.insurcrm.core.organisation.BranchLevel;

/** The five grades of account managers (客户经理等级), highest first. */
public enum Grade {
    CHIEF,
    SENIOR,
    INTERMEDIATE,
    JUNIOR,
    TRAINEE;

    /** Chief and senior grades are approved at province level, the others at city level. */
    public BranchLevel approvingLevel() {
        return this == CHIEF || this == SENIOR ? BranchLevel.PROVINCE : BranchLevel.CITY;
    }

    /** One grade up (a chief stays chief). */
    public Grade raised() {
        return this == CHIEF ? CHIEF : values()[ordinal() - 1];
    }

    /** One grade down (a trainee stays trainee). */
    public Grade lowered() {
        return this == TRAINEE ? TRAINEE : values()[ordinal() + 1];
    }
}
