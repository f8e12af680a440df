package io.insurcrm.core.common;

/**
 * The store failed for a reason that is not the caller's fault (connection lost, timeout, an
 * unexpected database error). The message names the SQLSTATE and the statement with {@code ?}
 * placeholders, never the driver's message or bound values, which may quote personal data.
 * Nothing of the failed operation was written; retrying may succeed.
 */
public final class StoreException extends CrmException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }
}
