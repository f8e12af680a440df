package io.insurcrm.core.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A role an actor plays. The built-in roles are constants; insurers may add their own by name.
 */
public record Role(String name) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    public static final Role ACCOUNT_MANAGER = new Role("account_manager");
    public static final Role SERVICE_OPERATOR = new Role("service_operator");
    public static final Role HOTLINE_COLLECTOR = new Role("hotline_collector");
    public static final Role BRANCH_MANAGER = new Role("branch_manager");
    public static final Role ADMINISTRATOR = new Role("administrator");
    public static final Role EXECUTIVE = new Role("executive");
    /** Batch jobs and imports run by the host application itself. */
    public static final Role SYSTEM = new Role("system");

    public Role {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("role name must be lower-case letters, digits, _ or -");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
