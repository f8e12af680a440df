package io.insurcrm.core.common;

/**
 * Root of every error InsurCRM raises on purpose. Messages never carry personal data: they name
 * fields, rules and ids, never values such as ID numbers, mobiles or names.
 */
public abstract class CrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected CrmException(String message) {
        super(message);
    }

    protected CrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
