package io.insurcrm.spi;

import java.util.Map;

/**
 * Creates {@link Channel}s. One factory may back several configured channels, e.g. a webhook
 * factory behind both {@code sms-guangdong} and {@code wechat}.
 */
public interface ChannelFactory extends PluginFactory {

    /**
     * Creates a channel from its configuration. Validate everything here, so that a bad
     * configuration fails start-up rather than the first delivery; do not contact the remote
     * system (it may be down at start-up, and that is the dispatcher's business).
     *
     * @param config  the keys of {@link #configProperties()} that were given, with defaults filled in by the host
     * @param context the host's services for this channel
     * @return the channel, ready to send
     * @throws PluginConfigException if a value is missing or malformed
     */
    Channel create(Map<String, String> config, ChannelContext context);
}
