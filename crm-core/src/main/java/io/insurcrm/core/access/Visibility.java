package io.insurcrm.core.access;

/** How one personal field is shown to one actor. */
public enum Visibility {
    /** The value as stored. Reading it is audited. */
    CLEAR,
    /** A partial value, e.g. an ID number with only its first 6 and last 4 characters. */
    MASKED,
    /** Not shown at all ({@code null} in the view). */
    HIDDEN
}
