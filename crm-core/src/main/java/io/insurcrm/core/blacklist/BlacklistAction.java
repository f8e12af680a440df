package io.insurcrm.core.blacklist;

/** What happened to an entry (audit history). */
public enum BlacklistAction {
    ADDED,
    REVOKED
}
