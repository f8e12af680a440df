package io.insurcrm.core.blacklist;

/** Which identifier matched a blacklist entry. */
public enum MatchedOn {
    NATIONAL_ID,
    MOBILE,
    NAME_AND_BIRTH_DATE
}
