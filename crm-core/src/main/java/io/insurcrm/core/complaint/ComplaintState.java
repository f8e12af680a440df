package io.insurcrm.core.complaint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The complaint workflow (投诉处理流程). The main line is
 * RECEIVED → CONFIRMED → REGISTERED → TRANSFERRED → COORDINATED → HANDLED → FEEDBACK_GIVEN → ARCHIVED,
 * one step at a time (no skipping). Besides:
 * <ul>
 * <li>REJECTED (not a valid complaint) from RECEIVED or CONFIRMED only: once registered it is a case;</li>
 * <li>WITHDRAWN (the customer takes it back) from any state before HANDLED;</li>
 * <li>two steps back: TRANSFERRED → REGISTERED (the receiving unit returns a wrongly routed case) and
 *     FEEDBACK_GIVEN → COORDINATED (the customer is not satisfied with the answer: handle again).</li>
 * </ul>
 * ARCHIVED, REJECTED and WITHDRAWN are final.
 */
public enum ComplaintState {
    RECEIVED,
    CONFIRMED,
    REGISTERED,
    TRANSFERRED,
    COORDINATED,
    HANDLED,
    FEEDBACK_GIVEN,
    ARCHIVED,
    REJECTED,
    WITHDRAWN;

    private static final Map<ComplaintState, Set<ComplaintState>> NEXT = transitions();

    private static Map<ComplaintState, Set<ComplaintState>> transitions() {
        Map<ComplaintState, Set<ComplaintState>> t = new EnumMap<>(ComplaintState.class);
        t.put(RECEIVED, EnumSet.of(CONFIRMED, REJECTED, WITHDRAWN));
        t.put(CONFIRMED, EnumSet.of(REGISTERED, REJECTED, WITHDRAWN));
        t.put(REGISTERED, EnumSet.of(TRANSFERRED, WITHDRAWN));
        t.put(TRANSFERRED, EnumSet.of(COORDINATED, REGISTERED, WITHDRAWN));
        t.put(COORDINATED, EnumSet.of(HANDLED, WITHDRAWN));
        t.put(HANDLED, EnumSet.of(FEEDBACK_GIVEN));
        t.put(FEEDBACK_GIVEN, EnumSet.of(ARCHIVED, COORDINATED));
        t.put(ARCHIVED, EnumSet.noneOf(ComplaintState.class));
        t.put(REJECTED, EnumSet.noneOf(ComplaintState.class));
        t.put(WITHDRAWN, EnumSet.noneOf(ComplaintState.class));
        t.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(t);
    }

    /** The states this one may move to. */
    public Set<ComplaintState> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(ComplaintState target) {
        return NEXT.get(this).contains(target);
    }

    /** No way out: archived, rejected or withdrawn. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
