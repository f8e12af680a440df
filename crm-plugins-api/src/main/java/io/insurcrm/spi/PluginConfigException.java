package io.insurcrm.spi;

import java.util.Objects;

/**
 * A plugin component refuses its configuration. Thrown by a factory's {@code create}; the host adds
 * which component was being created and fails start-up. The message names the key and the rule it
 * breaks ({@code "must be an integer 1..65535"}), never the value: values may be secrets.
 */
public class PluginConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The offending key. */
    private final String key;

    /** The rule the value breaks. */
    private final String problem;

    /**
     * A refusal of one key.
     *
     * @param key     the configuration key at fault
     * @param problem the rule it breaks, without the value, e.g. {@code "must be an absolute http or https URL"}
     */
    public PluginConfigException(String key, String problem) {
        super("config key '" + Objects.requireNonNull(key, "key") + "' " + Objects.requireNonNull(problem, "problem"));
        this.key = key;
        this.problem = problem;
    }

    /**
     * The configuration key at fault.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The rule the value breaks, without the value.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
