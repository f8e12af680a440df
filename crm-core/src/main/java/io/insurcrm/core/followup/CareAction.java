package io.insurcrm.core.followup;

import io.insurcrm.core.interaction.InteractionChannel;
import java.util.EnumSet;
import java.util.Set;

/** A kind of care contact and the interaction channels that count as one. */
public enum CareAction {
    /** An interaction on channel VISIT. */
    VISIT(EnumSet.of(InteractionChannel.VISIT)),
    /** An interaction on channel CALL_CENTRE (outbound or inbound call). */
    CALL(EnumSet.of(InteractionChannel.CALL_CENTRE));

    private final Set<InteractionChannel> channels;

    CareAction(Set<InteractionChannel> channels) {
        this.channels = channels;
    }

    public Set<InteractionChannel> channels() {
        return channels;
    }
}
