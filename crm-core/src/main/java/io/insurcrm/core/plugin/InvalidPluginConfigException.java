package io.insurcrm.core.plugin;

import java.util.List;

/**
 * The plugin configuration is wrong. Every problem found is listed at once (an unknown key with a
 * "did you mean" hint, a missing required key, a value a plugin refused, an unknown factory), each
 * naming the component and the key, never the value.
 */
public final class InvalidPluginConfigException extends PluginException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidPluginConfigException(List<String> problems) {
        super("invalid plugin configuration (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * @return one line per problem, e.g. {@code channel 'email': unknown key 'hots' (did you mean 'host'?)}
     */
    public List<String> problems() {
        return problems;
    }
}
