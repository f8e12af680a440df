package io.insurcrm.core.renewal;

/**
 * Where an expiring policy stands. RENEWED and LAPSED are facts derived from the book; the other
 * three are the follow-up outcome an account manager records:
 * <ul>
 * <li>RENEWED: a later policy names it as its previous policy ({@code previous_policy_number});</li>
 * <li>LAPSED: not renewed, and its end date has passed (as of today);</li>
 * <li>WILL_RENEW / WILL_NOT_RENEW / UNDECIDED: as recorded; UNDECIDED if nothing is recorded.</li>
 * </ul>
 */
public enum RenewalStatus {
    WILL_RENEW,
    WILL_NOT_RENEW,
    UNDECIDED,
    RENEWED,
    LAPSED;

    /** Whether an account manager may record it (the others are derived). */
    public boolean isRecordable() {
        return this == WILL_RENEW || this == WILL_NOT_RENEW || this == UNDECIDED;
    }
}
