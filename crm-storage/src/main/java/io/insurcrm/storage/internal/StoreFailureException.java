package io.insurcrm.storage.internal;

import io.insurcrm.core.common.CrmException;

/**
 * A database error that is not the caller's fault (connection lost, timeout, unexpected constraint).
 * It names the SQLSTATE and the statement (with {@code ?} placeholders) but never carries the
 * driver's message or cause, which may quote values (personal data); the original stack trace is
 * kept so the failing call site is still visible.
 */
final class StoreFailureException extends CrmException {
    private static final long serialVersionUID = 1L;

    StoreFailureException(String message, StackTraceElement[] stackTrace) {
        super(message);
        setStackTrace(stackTrace);
    }
}
