package io.insurcrm.core.common;

/**
 * An optimistic-locking conflict: the aggregate was changed by someone else since it was read.
 * Nothing was written; re-read and retry.
 */
public final class ConflictException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final String entity;
    private final String id;
    private final long expectedVersion;

    public ConflictException(String entity, Object id, long expectedVersion) {
        super(entity + " " + id + " was changed concurrently: expected version " + expectedVersion
                + " is no longer current; re-read and retry");
        this.entity = entity;
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
