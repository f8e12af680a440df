package io.insurcrm.core.complaint;

import io.insurcrm.core.common.Validator;
import io.insurcrm.core.organisation.BranchId;

/**
 * A requested step of the workflow.
 *
 * @param rootCause  required when moving to HANDLED
 * @param transferTo optional when moving to TRANSFERRED: the unit that becomes responsible
 */
public record ComplaintTransition(ComplaintState to, String note, RootCause rootCause, BranchId transferTo) {
    public ComplaintTransition {
        Validator v = Validator.start().require(to, "to").maxLength(note, "note", 1000);
        if (to == ComplaintState.HANDLED && rootCause == null) {
            v.add("rootCause", "required", "is required to mark a complaint handled");
        }
        if (transferTo != null && to != ComplaintState.TRANSFERRED) {
            v.add("transferTo", "transfer-only", "is only allowed when transferring");
        }
        v.validate();
    }

    public static ComplaintTransition to(ComplaintState state) {
        return new ComplaintTransition(state, null, null, null);
    }

    public static ComplaintTransition transferredTo(BranchId unit) {
        return new ComplaintTransition(ComplaintState.TRANSFERRED, null, null, unit);
    }

    public static ComplaintTransition handled(RootCause rootCause) {
        return new ComplaintTransition(ComplaintState.HANDLED, null, rootCause, null);
    }

    public ComplaintTransition withNote(String text) {
        return new ComplaintTransition(to, text, rootCause, transferTo);
    }
}
