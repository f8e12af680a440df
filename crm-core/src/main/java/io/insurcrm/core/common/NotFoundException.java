package io.insurcrm.core.common;

/** A write named an aggregate that does not exist (or that the actor may not see). Reads return empty instead. */
public final class NotFoundException extends CrmException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
