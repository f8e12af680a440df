package io.insurcrm.core.entitlement;

import java.util.Objects;
import java.util.regex.Pattern;

/** A value-added service a customer may be entitled to, by code; insurers may define their own. */
public record Entitlement(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public static final Entitlement FAST_CLAIM_SURVEY = new Entitlement("FAST_CLAIM_SURVEY");
    public static final Entitlement ROADSIDE_RESCUE = new Entitlement("ROADSIDE_RESCUE");
    public static final Entitlement GREEN_CHANNEL_SMALL_CLAIMS = new Entitlement("GREEN_CHANNEL_SMALL_CLAIMS");
    public static final Entitlement RENEWAL_REMINDER = new Entitlement("RENEWAL_REMINDER");

    public Entitlement {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("entitlement code must be upper-case letters, digits or _");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
