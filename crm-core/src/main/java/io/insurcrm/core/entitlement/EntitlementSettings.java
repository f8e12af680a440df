package io.insurcrm.core.entitlement;

import io.insurcrm.core.segment.Segment;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which value-added services each segment is entitled to. A customer without a segment is treated
 * as {@code unsegmented}.
 *
 * <p>Defaults ({@link #DEFAULTS}): KEY → fast claim survey, roadside rescue, green channel for small
 * claims, renewal reminder; QUALITY → fast claim survey, green channel, renewal reminder; STANDARD
 * and unsegmented → renewal reminder.
 */
public record EntitlementSettings(Map<Segment, Set<Entitlement>> bySegment, Set<Entitlement> unsegmented) {
    public static final EntitlementSettings DEFAULTS = new EntitlementSettings(Map.of(
            Segment.KEY, Set.of(Entitlement.FAST_CLAIM_SURVEY, Entitlement.ROADSIDE_RESCUE,
                    Entitlement.GREEN_CHANNEL_SMALL_CLAIMS, Entitlement.RENEWAL_REMINDER),
            Segment.QUALITY, Set.of(Entitlement.FAST_CLAIM_SURVEY, Entitlement.GREEN_CHANNEL_SMALL_CLAIMS,
                    Entitlement.RENEWAL_REMINDER),
            Segment.STANDARD, Set.of(Entitlement.RENEWAL_REMINDER)),
            Set.of(Entitlement.RENEWAL_REMINDER));

    public EntitlementSettings {
        bySegment = Map.copyOf(Objects.requireNonNull(bySegment, "bySegment"));
        bySegment.values().forEach(s -> Objects.requireNonNull(s, "entitlements"));
        bySegment = Map.copyOf(bySegment.entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
        unsegmented = Set.copyOf(Objects.requireNonNull(unsegmented, "unsegmented"));
    }

    /** The entitlements of a segment ({@code null}: unsegmented). */
    public Set<Entitlement> of(Segment segment) {
        return segment == null ? unsegmented : bySegment.getOrDefault(segment, Set.of());
    }
}
