package io.insurcrm.core.access;

import io.insurcrm.core.common.CrmException;

/**
 * The actor's role does not allow this action at all. Never raised for a customer outside the
 * actor's scope: such a customer looks missing instead, so nothing leaks about its existence.
 */
public final class AccessDeniedException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final Action action;

    public AccessDeniedException(Role role, Action action) {
        super("role " + role + " may not " + action);
        this.action = action;
    }

    public Action action() {
        return action;
    }
}
