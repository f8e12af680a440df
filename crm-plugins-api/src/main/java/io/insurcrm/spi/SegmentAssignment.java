package io.insurcrm.spi;

import java.util.List;
import java.util.Objects;

/**
 * A segment and a score a {@link SegmentRule} gives a customer, with its reasons: every
 * classification in InsurCRM says which facts put the customer there.
 *
 * @param segment the segment's name, e.g. {@code young-family}: lower-case letters, digits, {@code -} and {@code _}
 * @param score   0 to 100, higher meaning more of what the segment measures
 * @param reasons the facts behind the assignment, one short sentence each; at least one; no personal data
 */
public record SegmentAssignment(String segment, int score, List<String> reasons) {

    /**
     * Checks and copies.
     *
     * @param segment see the record component
     * @param score see the record component
     * @param reasons see the record component
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the segment is malformed, the score is outside 0..100 or there is no reason
     */
    public SegmentAssignment {
        Objects.requireNonNull(segment, "segment");
        if (!segment.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new IllegalArgumentException("segment must be lower-case letters, digits, '-' or '_'");
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100");
        }
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a segment assignment needs at least one reason");
        }
    }
}
