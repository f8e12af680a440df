package io.insurcrm.core.common;

/**
 * A unique key is already taken, e.g. a second customer with the same national ID number. The
 * message names the field, never the value.
 */
public final class DuplicateException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final String entity;
    private final String field;

    public DuplicateException(String entity, String field) {
        super(entity + "." + field + " must be unique: another record already has this value");
        this.entity = entity;
        this.field = field;
    }

    public String entity() {
        return entity;
    }

    public String field() {
        return field;
    }
}
