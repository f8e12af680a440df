package io.insurcrm.testing;

import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One row of {@code interactions.csv} ({@link io.insurcrm.core.importing.ImportKind#INTERACTIONS}).
 * {@code channel} is text so that a deliberately bad row can carry an unknown channel.
 */
public record InteractionRow(String sourceRef, String customerNationalId, String customerOrganisationCode,
        String channel, InteractionType type, Instant occurredAt, String staffId, String summary) {

    public InteractionRow(String sourceRef, String customerNationalId, String customerOrganisationCode,
            InteractionChannel channel, InteractionType type, Instant occurredAt, String staffId, String summary) {
        this(sourceRef, customerNationalId, customerOrganisationCode, channel.name(), type, occurredAt, staffId,
                summary);
    }

    /** The customer's natural key, whichever kind. */
    public String customerKey() {
        return customerNationalId != null ? customerNationalId : customerOrganisationCode;
    }

    /** The values in the order of {@code ImportKind.INTERACTIONS.columns()}. */
    public List<String> cells() {
        return Arrays.asList(sourceRef, customerNationalId, customerOrganisationCode, channel, Csv.text(type),
                Csv.text(occurredAt), staffId, summary);
    }
}
