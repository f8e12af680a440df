package io.insurcrm.core.audit;

import java.util.OptionalLong;

/**
 * The outcome of verifying the audit chain.
 *
 * @param entries     how many entries were checked
 * @param firstBroken the sequence number of the first entry whose link does not hold, if any
 */
public record AuditVerification(long entries, OptionalLong firstBroken) {

    public static AuditVerification ok(long entries) {
        return new AuditVerification(entries, OptionalLong.empty());
    }

    public static AuditVerification brokenAt(long seq) {
        return new AuditVerification(-1, OptionalLong.of(seq));
    }

    public boolean isOk() {
        return firstBroken.isEmpty();
    }
}
